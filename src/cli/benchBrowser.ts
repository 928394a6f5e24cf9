// Browser half of `npm run bench`: frames per second of the venue view with 2,000 and 5,000 agents
// (canvas renderer), load time to the scenario picker, and the app's JavaScript size gzipped — all on
// the built app served by `vite preview`, in headless Chromium.

import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { findChromium, INSTALL_HINT } from '../../scripts/findChromium.mjs';
import { median } from '../sim/epstein/seriesStats';

const PORT = 4191;
const BASE = `http://127.0.0.1:${PORT}`;
const FLAGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface BrowserFigures {
  fps: Record<string, number>;
  loadMs: number;
  jsGzipKB: number;
}

/** Total gzip size (KB) of the built JavaScript, fonts excluded (they are not JavaScript). */
export function jsGzipKB(dist: string): number {
  let bytes = 0;
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.js')) bytes += gzipSync(readFileSync(p), { level: 9 }).length;
    }
  };
  walk(dist);
  return Math.round(bytes / 1024);
}

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(BASE);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer on ${BASE}`);
}

async function fpsAt(browser: Browser, agents: number): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${BASE}/?view=venue&renderer=canvas&agents=${agents}`);
  await page.waitForFunction(() => window.__shapan?.ready === true, undefined, { timeout: 60_000 });
  await page.waitForTimeout(2000); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(500);
    samples.push(await page.evaluate(() => window.__shapan!.fps()));
  }
  await page.close();
  return Math.round(median(samples) * 10) / 10;
}

async function loadMs(browser: Browser): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(BASE);
    await page.waitForSelector('[data-screen="picker"]', { timeout: 30_000 });
    times.push(Date.now() - t0);
    await context.close();
  }
  return median(times);
}

/** Measures the built app in `dist` (it must be built). */
export async function measureBrowser(root: string): Promise<BrowserFigures> {
  const found = await findChromium();
  if (!found) throw new Error(INSTALL_HINT);
  const server: ChildProcess = spawn(path.join(root, 'node_modules/.bin/vite'), ['preview', '--configLoader', 'runner', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: root, stdio: 'ignore' });
  try {
    await waitForServer();
    const browser = await chromium.launch({ executablePath: found.path, args: FLAGS });
    try {
      const fps: Record<string, number> = {};
      for (const n of [2000, 5000]) fps[String(n)] = await fpsAt(browser, n);
      return { fps, loadMs: await loadMs(browser), jsGzipKB: jsGzipKB(path.join(root, 'dist')) };
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}
