// crowd-model.md SF12(e): the same run inside a Web Worker in Chromium gives the Node hash.
// Node computes with runScript (the CLI's function); the page's worker runs the same script.
import { expect, test } from '@playwright/test';
import { runScript } from '../../src/sim';
import type { ActionItem } from '../../src/sim';
import { waitForReady } from './pageWatch';

const TAXI_SCRIPT: ActionItem[] = [
  { tick: 0, command: 'deploy', args: { posture: 'liaison', count: 20, zone: 'square' } },
  { tick: 20, command: 'release', args: { channel: 'official', transparency: 0.8, counterRumor: true } },
  { tick: 40, command: 'speak', args: { tone: 'empathetic' } },
  { tick: 60, command: 'deploy', args: { posture: 'riot', count: 30, zone: 'square' } },
  { tick: 90, command: 'meetRepresentatives', args: {} },
  { tick: 110, command: 'commit', args: { credible: true, remedy: 0.6 } },
];

const RUNS = [
  { setup: { preset: 'taxi' as const, seed: 7 }, ticks: 150, actions: TAXI_SCRIPT },
  { setup: { preset: 'taxi' as const, seed: 8, agents: 300 }, ticks: 60, actions: [] },
  { setup: { preset: 'epstein' as const, seed: 3 }, ticks: 60, actions: [] },
];

test('a run in the browser worker gives the Node hash (SF12e)', async ({ page }) => {
  await page.goto('/?view=venue&paused=1');
  await waitForReady(page);
  const hashes = new Set<string>();
  for (const run of RUNS) {
    const node = runScript({ ...run.setup, ticks: run.ticks, actions: run.actions }).hash;
    const browser = await page.evaluate((r) => window.__shapan!.runHash(r.setup, r.ticks, r.actions), run);
    expect(browser, `${run.setup.preset} seed ${run.setup.seed}`).toBe(node);
    hashes.add(node);
  }
  expect(hashes.size, 'different runs give different hashes').toBe(RUNS.length);
});

test("the page's own sim, driven by its button, matches Node tick for tick", async ({ page }) => {
  await page.goto('/?view=venue&seed=11&paused=1');
  await waitForReady(page);
  // The button's command is queued at the current boundary, tick 0.
  await page.getByRole('button', { name: '部署联络警力' }).click();
  await expect(page.locator('.log li').first()).toContainText('部署联络警力');
  const tick = await page.evaluate(() => window.__shapan!.step(40));
  expect(tick).toBe(40);
  const browser = await page.evaluate(() => window.__shapan!.hash());
  const node = runScript({
    preset: 'taxi', seed: 11, ticks: 40,
    actions: [{ tick: 0, command: 'deploy', args: { posture: 'liaison', count: 20, zone: 'square' } }],
  }).hash;
  expect(browser).toBe(node);
});
