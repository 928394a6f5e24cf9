// Unit, model (stylized-fact) and scenario tests run in Node; browser tests are Playwright's (tests/e2e).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // Stylized-fact tests run many seeded simulations; give them room.
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
