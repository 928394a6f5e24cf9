// The checker's playthroughs on worker threads (an esbuild bundle of the worker) find what one thread finds.
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { buildScenario } from './scenarioBuild';
import { playRandomly } from './scenarioPlaythroughs';

const tempBundles = () => readdirSync(tmpdir()).filter((d) => d.startsWith('shapan-worker-')).sort();

describe('playRandomly', () => {
  it('gives the same endings, scores and knots on two threads as on one, reports progress, and leaves no bundle behind', async () => {
    const bundle = buildScenario('tests/fixtures/scenarios/mini').bundle!;
    const before = tempBundles();
    const clock = () => 0;
    const heardOne: number[] = [];
    const heardTwo: number[] = [];
    const one = await playRandomly(bundle, 120, 'aggregate', clock, 1, (n) => heardOne.push(n));
    const two = await playRandomly(bundle, 120, 'aggregate', clock, 2, (n) => heardTwo.push(n));
    // Progress counts up as playthroughs end, on one thread and summed over two.
    for (const heard of [heardOne, heardTwo]) {
      expect(heard.length).toBeGreaterThan(100);
      expect(heard.every((n, k) => k === 0 || n >= heard[k - 1]!)).toBe(true);
      expect(Math.max(...heard)).toBeGreaterThanOrEqual(118);
      expect(Math.max(...heard)).toBeLessThanOrEqual(120);
    }
    expect(one.workers).toBe(1);
    expect(two.workers).toBe(2);
    expect(two.runs).toBe(120);
    expect(two.endings).toEqual(one.endings);
    expect([...two.totals].sort((a, b) => a - b)).toEqual([...one.totals].sort((a, b) => a - b));
    expect(two.bands).toEqual(one.bands);
    expect([...two.knots].sort()).toEqual([...one.knots].sort());
    expect(two.errors).toEqual([]);
    expect(tempBundles()).toEqual(before);
  }, 30_000);
});
