// The trainee's drill through the visible UI of the built app: yueqing-taxi from the picker to the
// debrief in practice and in assessment (whose result file `npm run score` verifies), resuming after a
// reload, and the English switch — with no console errors and no request leaving the origin.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './pageWatch';

/** Real ms per scene tick in these tests: a whole scene plays in seconds. */
const FAST = '?tickMs=4';

async function openPicker(page: Page, query = FAST): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.locator('[data-screen="picker"]')).toBeVisible({ timeout: 30_000 });
}

async function fillTrainee(page: Page, name: string, unit: string): Promise<void> {
  await page.getByLabel('学员姓名').fill(name);
  await page.getByLabel('所在单位').fill(unit);
  await page.getByLabel('所在单位').blur();
}

/** Chooses the first option whenever one is offered, until the debrief opens. */
async function playFirstOptions(page: Page, maxChoices = 120): Promise<number> {
  let made = 0;
  for (let i = 0; i < 4000 && made < maxChoices; i++) {
    if ((await page.evaluate(() => window.__drill?.screen())) === 'debrief') return made;
    const first = page.locator('.choices .choice').first();
    if (await first.isVisible().catch(() => false)) {
      await first.click({ timeout: 2000 }).then(() => made++).catch(() => undefined);
    } else await page.waitForTimeout(40);
  }
  return made;
}

test.describe.configure({ timeout: 240_000 });

test('practice: a new user plays yueqing-taxi from the picker to the debrief', async ({ page, baseURL }) => {
  const watch = watchPage(page);
  await openPicker(page);
  await expect(page.getByRole('heading', { name: '乐清出租车集体停运' })).toBeVisible();
  await page.getByRole('button', { name: /开始演练/ }).first().click();
  await expect(page.locator('[data-screen="drill"]')).toBeVisible();
  // The briefing (phase 1) shows the first report and what can be called.
  await expect(page.getByRole('heading', { name: '接警与研判' })).toBeVisible();
  // A choice by keyboard, then by clicking.
  await expect(page.locator('.choices .choice').first()).toBeVisible();
  await page.keyboard.press('1');
  await expect(page.locator('.dialogue .own').first()).toBeVisible();
  // A panel command: deploy liaison officers, logged in the decision log.
  const made = await playFirstOptions(page, 4);
  expect(made).toBe(4);
  await page.getByRole('button', { name: '部署', exact: true }).click();
  await expect(page.locator('.decision-list li').first()).toBeVisible();
  await playFirstOptions(page);
  await expect(page.locator('[data-screen="debrief"], .debrief').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.debrief canvas').first()).toBeVisible();
  await expect(page.getByText(/优秀|良好|合格|不合格/).first()).toBeVisible();
  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests(baseURL!)).toEqual([]);
});

test('assessment: the result file the debrief saves is verified by npm run score', async ({ page, baseURL }) => {
  const watch = watchPage(page);
  await openPicker(page, `${FAST}&seed=5`);
  await page.getByLabel(/考核模式/).check();
  await fillTrainee(page, '张伟', '城关派出所');
  await page.getByRole('button', { name: /开始演练/ }).first().click();
  await expect(page.locator('[data-screen="drill"]')).toBeVisible();
  // Assessment: no pause and no speed buttons.
  await expect(page.getByRole('button', { name: '暂停' })).toHaveCount(0);
  await playFirstOptions(page);
  const save = page.getByRole('button', { name: /保存成绩文件/ });
  await expect(save).toBeVisible({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'shapan-e2e-')), 'result.json');
  await download.saveAs(file);
  const out = execFileSync(path.resolve('node_modules/.bin/tsx'), ['src/cli/score.ts', file], { encoding: 'utf8' });
  expect(out).toMatch(/^verified: yueqing-taxi .*张伟, 城关派出所/);
  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests(baseURL!)).toEqual([]);
});

test('a reload mid-drill resumes at the same tick in the same state', async ({ page }) => {
  const watch = watchPage(page);
  await openPicker(page, `?tickMs=20&seed=9`);
  await page.getByRole('button', { name: /开始演练/ }).first().click();
  await expect(page.locator('.choices .choice').first()).toBeVisible();
  await playFirstOptions(page, 6);
  await page.getByRole('button', { name: '暂停' }).click();
  await page.waitForTimeout(300);
  const before = await page.evaluate(() => ({ tick: window.__drill!.tick(), inputs: window.__drill!.inputs(), values: window.__drill!.values() }));
  expect(before.tick).toBeGreaterThan(0);
  await page.reload();
  await expect(page.locator('[data-screen="picker"]')).toBeVisible();
  await page.getByRole('button', { name: /继续演练/ }).click();
  await expect(page.locator('[data-screen="drill"]')).toBeVisible();
  const after = await page.evaluate(() => ({ tick: window.__drill!.tick(), inputs: window.__drill!.inputs(), values: window.__drill!.values() }));
  expect(after).toEqual(before);
  expect(watch.errors).toEqual([]);
});

test('the English switch translates every screen and is remembered', async ({ page }) => {
  await openPicker(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: /Start/ }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: /Start/ }).first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: /Start/ }).first().click();
  await expect(page.getByRole('heading', { name: 'First report and assessment' })).toBeVisible();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { name: '接警与研判' })).toBeVisible();
});

test('?agents sets a practice crowd; a cordon deployed from the panel is drawn as a line on the map', async ({ page }, info) => {
  const watch = watchPage(page);
  await openPicker(page, '?tickMs=20&seed=5&agents=150');
  await page.getByRole('button', { name: /开始演练/ }).first().click();
  await expect(page.locator('.choices .choice').first()).toBeVisible();
  await playFirstOptions(page, 4);
  // The scenario's crowd is 600; inflow can add a share, never back up to 600.
  const slots = await page.evaluate(() => window.__drill!.crowdSlots());
  expect(slots).toBeGreaterThan(100);
  expect(slots).toBeLessThan(300);
  await page.getByRole('button', { name: '暂停' }).click();
  const deploy = page.getByRole('form', { name: '部署' });
  await deploy.getByLabel('警力类别').selectOption({ label: '警戒线警力' });
  await deploy.getByLabel('人数').fill('20');
  await deploy.getByLabel('区域').selectOption({ label: '市政府大门' });
  await deploy.getByRole('button', { name: '部署' }).click();
  await page.getByRole('button', { name: '继续' }).click();
  await expect.poll(() => page.evaluate(() => window.__drill!.cordonSegments()), { timeout: 20_000 }).toBeGreaterThan(1);
  // The map opens after the briefing (phase 1).
  for (let i = 0; i < 200 && Number(await page.locator('.drill').getAttribute('data-phase')) < 2; i++) {
    const first = page.locator('.choices .choice').first();
    if (await first.isVisible().catch(() => false)) await first.click({ timeout: 2000 }).catch(() => undefined);
    else await page.waitForTimeout(40);
  }
  await page.locator('.venue-host canvas').screenshot({ path: info.outputPath('cordon.png') });
  expect(watch.errors).toEqual([]);
});

test('a bad ?agents value is a clear message, not a broken drill', async ({ page }) => {
  await openPicker(page, '?agents=5');
  await page.getByRole('button', { name: /开始演练/ }).first().click();
  await expect(page.getByText('网址参数 agents 无效：“5”（可用：50 … 20000）')).toBeVisible();
});
