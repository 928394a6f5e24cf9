// Finds a Chromium for the browser tests: $CHROMIUM_PATH, then a system Chromium or Chrome, then
// Playwright's own download. Shared by scripts/e2e.mjs and playwright.config.ts.
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

/**
 * @returns {Promise<{ path: string, source: string } | null>} the browser to use, or null if none is found.
 * @throws if CHROMIUM_PATH is set but does not point at an executable (a typo should not fall through silently).
 */
export async function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file`);
    return { path: fromEnv, source: 'CHROMIUM_PATH' };
  }
  for (const name of SYSTEM_NAMES) {
    const fixed = `/usr/bin/${name}`;
    if (isExecutable(fixed)) return { path: fixed, source: 'system' };
    const found = onPath(name);
    if (found) return { path: found, source: 'system (PATH)' };
  }
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    if (path && existsSync(path)) return { path, source: 'Playwright download' };
  } catch {
    // playwright-core missing or no browser registered: nothing more to try.
  }
  return null;
}

export const INSTALL_HINT = [
  'No Chromium found for the browser tests. Install one of:',
  '  Debian/Ubuntu:   apt-get install -y chromium fonts-noto-cjk',
  '  with network:    npx playwright install chromium',
  'or point CHROMIUM_PATH at a Chromium or Chrome executable.',
].join('\n');
