// Records what a page does that the deployment rules care about: console errors (page and workers),
// uncaught exceptions, and every request, so tests can assert that nothing leaves the page's origin.
import type { Page } from '@playwright/test';

export interface PageWatch {
  errors: string[];
  requests: string[];
  /** Requests whose URL is neither on `origin` nor an inline data:/blob: URL. */
  foreignRequests(origin: string): string[];
}

export function watchPage(page: Page): PageWatch {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('worker', (w) => w.on('console', (m) => { if (m.type() === 'error') errors.push(`worker: ${m.text()}`); }));
  page.context().on('request', (r) => requests.push(r.url()));
  page.context().on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  return {
    errors,
    requests,
    foreignRequests: (origin) => requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(data|blob):/.test(u)),
  };
}

/** Waits until main.ts has wired everything and exposed its test hook. */
export async function waitForReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__shapan?.ready === true, undefined, { timeout: 30_000 });
}
