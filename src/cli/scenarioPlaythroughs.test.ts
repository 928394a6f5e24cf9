// The checker's playthroughs on worker threads (an esbuild bundle of the worker) find what one thread finds.
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { buildScenario } from './scenarioBuild';
import { playRandomly } from './scenarioPlaythroughs';

const tempBundles = () => readdirSync(tmpdir()).filter((d) => d.startsWith('shapan-worker-')).sort();

describe('playRandomly', () => {
  it('gives the same endings, scores and knots on two threads as on one, and leaves no bundle behind', async () => {
    const bundle = buildScenario('tests/fixtures/scenarios/mini').bundle!;
    const before = tempBundles();
    const clock = () => 0;
    const one = await playRandomly(bundle, 120, 'aggregate', clock, 1);
    const two = await playRandomly(bundle, 120, 'aggregate', clock, 2);
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
