// Playwright drives the built app (`vite preview`) in a system Chromium: one worker (2-core machine),
// quiet flags so the browser makes no network calls of its own (stack-notes.md "Browser tests").
import { defineConfig } from '@playwright/test';
import { findChromium, INSTALL_HINT } from './scripts/findChromium.mjs';
import { PREVIEW_PORT } from './vite.config';

// scripts/e2e.mjs passes CHROMIUM_PATH; a direct `npx playwright test` looks for a browser itself.
const browser = await findChromium();
if (!browser) throw new Error(INSTALL_HINT);

const baseURL = `http://127.0.0.1:${PREVIEW_PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: 'list',
  use: {
    baseURL,
    viewport: { width: 1366, height: 768 },
    launchOptions: {
      executablePath: browser.path,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--autoplay-policy=no-user-gesture-required',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --configLoader runner --host 127.0.0.1 --port ${PREVIEW_PORT} --strictPort`,
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
