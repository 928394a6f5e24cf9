// The first page: the taxi crowd on the venue map, driven by the sim in a Web Worker, with indicators
// and real commands; offline-clean (no request leaves the origin, no console errors).
import { expect, test, type Page } from '@playwright/test';
import { watchPage, waitForReady } from './pageWatch';

type Rgb = [number, number, number];

/** Counts canvas pixels of exactly these colours (canvas renderer; rect centres are not anti-aliased). */
async function countPixels(page: Page, colours: Rgb[]): Promise<number> {
  return page.evaluate((cs) => {
    const canvas = document.querySelector('#venue canvas') as HTMLCanvasElement;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (cs.some(([r, g, b]) => data[i] === r && data[i + 1] === g && data[i + 2] === b)) n++;
    }
    return n;
  }, colours);
}

// The portrayal colours of src/scenes/portrayal.ts.
const CROWD: Rgb[] = [[0x8b, 0x9b, 0xb0], [0x3d, 0x6f, 0xb8], [0xf2, 0x9e, 0x1f], [0xd7, 0x26, 0x3d]];
const LIAISON: Rgb[] = [[0x16, 0xa3, 0x7b]];

test('the taxi crowd runs in a worker, draws, and shows its indicators in Chinese', async ({ page, baseURL }) => {
  const watch = watchPage(page);
  await page.goto('/?view=venue');
  await waitForReady(page);

  await expect(page).toHaveTitle('沙盘 · 群体性事件处置训练');
  await expect(page.getByRole('heading', { name: '态势指标' })).toBeVisible();
  const tension = page.locator('[data-indicator="tension"] .value');
  const legitimacy = page.locator('[data-indicator="legitimacy"] .value');
  await expect(tension).toHaveText(/^\d+$/);
  await expect(legitimacy).toHaveText(/^[01]\.\d\d$/);
  await expect(page.locator('[data-indicator="crowdSize"] .value')).toHaveText(/^\d+ 人$/);
  await expect(page.locator('[data-indicator="rumorPrevalence"] dt')).toHaveText('舆情（谣言传播）');
  await expect(page.locator('[data-indicator="safetyRisk"] .value')).toHaveText(/^\d+$/);

  // The scene clock advances on its own (10 s of scene time per tick).
  const tick = page.locator('.clock-bar .tick');
  await expect(tick).not.toHaveText('第 0 步', { timeout: 5_000 });
  await expect(page.locator('.clock')).toHaveText(/^09:\d\d:\d\d$/);

  // The crowd is drawn: several hundred agents of 0.6–1.8 m at ~6 px/m (an empty map has none of these colours).
  await expect.poll(() => countPixels(page, CROWD)).toBeGreaterThan(2_000);
  expect(await page.evaluate(() => window.__shapan?.renderer)).toBe('canvas');

  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests(new URL(baseURL!).origin)).toEqual([]);
  expect(watch.requests.some((u) => /simWorker.*\.js$/.test(u)), 'the sim worker is its own bundled file').toBe(true);
});

test('部署联络警力 deploys 20 liaison officers that appear on the map', async ({ page, baseURL }) => {
  const watch = watchPage(page);
  await page.goto('/?view=venue');
  await waitForReady(page);
  const officers = page.locator('[data-indicator="officers"] .value');
  await expect(officers).toHaveText('0');
  expect(await countPixels(page, LIAISON)).toBe(0);

  await page.getByRole('button', { name: '部署联络警力' }).click();
  await expect(page.locator('.log li').first()).toContainText('部署联络警力：20 名警力出动');
  await expect(officers).toHaveText('20', { timeout: 10_000 });
  await expect.poll(() => countPixels(page, LIAISON)).toBeGreaterThan(50);

  await page.getByRole('button', { name: '发布信息' }).click();
  await expect(page.locator('.log li').first()).toContainText('发布信息');

  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests(new URL(baseURL!).origin)).toEqual([]);
});

test('pause stops the scene clock and speed buttons switch', async ({ page }) => {
  await page.goto('/?view=venue&speed=4');
  await waitForReady(page);
  await expect(page.getByRole('button', { name: '4×' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: '暂停' }).click();
  const tick = page.locator('.clock-bar .tick');
  await page.waitForTimeout(300); // a step already sent to the worker still lands
  const frozen = await tick.textContent();
  await page.waitForTimeout(1_000);
  await expect(tick).toHaveText(frozen!);
  await page.getByRole('button', { name: '继续' }).click();
  await expect(tick).not.toHaveText(frozen!, { timeout: 5_000 });
});

test('a bad URL parameter gives a clear message, not a blank page', async ({ page }) => {
  await page.goto('/?view=venue&preset=taxy');
  await expect(page.getByRole('alert')).toContainText('网址参数 preset 无效');
});

test('the WebGL renderer also runs the page', async ({ page }) => {
  const watch = watchPage(page);
  await page.goto('/?view=venue&renderer=webgl&agents=300');
  await waitForReady(page);
  expect(await page.evaluate(() => window.__shapan?.renderer)).toBe('webgl');
  await expect(page.locator('[data-indicator="crowdSize"] .value')).toHaveText(/^\d+ 人$/);
  expect(watch.errors).toEqual([]);
});
