// SF3 (crowd-model.md §8.2): (a) more cops give fewer actives; (b-i) withdrawing cops step by step
// from a quiet, heavily policed world eventually triggers a large outburst (de Tocqueville).

import { describe, expect, it } from 'vitest';
import { runActiveSeries } from './activeSeries';
import { max, mean, median } from './seriesStats';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('SF3 deterrence and withdrawal (epstein)', () => {
  it('(a) median mean actives over [100, 500) is non-increasing in cop density; .08 < 0.1 × .02', () => {
    const densities = [0.02, 0.04, 0.06, 0.08];
    const medians = densities.map((copDensity) => {
      const means = SEEDS.map((seed) => mean(runActiveSeries({ seed, ticks: 500, params: { copDensity } }).slice(100, 500)));
      console.log(`SF3a copDensity ${copDensity}: per-seed means ${means.map((m) => m.toFixed(1)).join(', ')}; median ${median(means).toFixed(2)}`);
      return median(means);
    });
    for (let k = 1; k < medians.length; k++) expect(medians[k]).toBeLessThanOrEqual(medians[k - 1] as number);
    expect(medians[3]).toBeLessThan(0.1 * (medians[0] as number));
  });

  it('(b-i) withdraw 2 cops every 10 ticks from 100: median max over [300, 600) ≥ 10 × median mean over [20, 100) + 50', () => {
    const before: number[] = [];
    const after: number[] = [];
    for (const seed of SEEDS) {
      const series = runActiveSeries({
        seed, ticks: 600, params: { copDensity: 0.08, legitimacy: 0.8 },
        commandAt: (t, sim) => (t >= 100 && t % 10 === 0 && sim.copCount > 10
          ? { command: 'withdraw', args: { count: 2 } } : undefined),
      });
      before.push(mean(series.slice(20, 100)));
      after.push(max(series.slice(300, 600)));
    }
    console.log(`SF3b-i mean actives [20, 100): ${before.map((m) => m.toFixed(2)).join(', ')}; median ${median(before)}`);
    console.log(`SF3b-i max actives [300, 600): ${after.join(', ')}; median ${median(after)}`);
    expect(median(after)).toBeGreaterThanOrEqual(10 * median(before) + 50);
  });
});
