// Vite (8, bundling with rolldown) for the app: everything bundled and served from the page's own
// origin, relative asset paths so the built folder runs from any static server path, ES-module workers,
// and a Content-Security-Policy meta tag that allows nothing but 'self'.
// The scripts load this file with `--configLoader runner`: it imports the scenario plugin, which reaches
// our TypeScript engine (extensionless imports), and the default bundling loader warns about every one.
import { defineConfig, type Plugin } from 'vite';
import { shapanScenarios } from './src/cli/viteScenarios';

/** Port of `vite preview`, used by Playwright (playwright.config.ts). */
export const PREVIEW_PORT = 4173;

/**
 * The policy of the built app. Phaser needs no eval; it draws default textures from data: URIs
 * (img-src data:) and sets canvas styles through the CSSOM, which style-src does not govern.
 */
const BUILD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The dev server injects CSS as <style> elements and talks to the page over a WebSocket (HMR). */
const DEV_CSP = BUILD_CSP
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  .replace("connect-src 'self'", "connect-src 'self' ws: wss:");

function contentSecurityPolicy(): Plugin {
  let csp = BUILD_CSP;
  return {
    name: 'shapan-csp',
    configResolved(config) {
      csp = config.command === 'serve' ? DEV_CSP : BUILD_CSP;
    },
    transformIndexHtml() {
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: csp }, injectTo: 'head-prepend' }];
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [contentSecurityPolicy(), shapanScenarios()],
  worker: { format: 'es' },
  build: {
    // Old Chromium forks on the police network (deployment.md §2): lower the syntax, keep ES modules.
    target: ['es2020', 'chrome80'],
    // Fonts and images stay files: a data: URI would need a looser font-src.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // Phaser is large and changes rarely: its own chunk caches separately from the app.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: PREVIEW_PORT, strictPort: true },
});
