// SF2 (crowd-model.md §8.2, Epstein Figs 9–10): a sudden legitimacy drop produces a bigger outburst than a
// larger drop made in small increments.

import { describe, expect, it } from 'vitest';
import { runActiveSeries } from './activeSeries';
import type { LegitimacyPoint } from './epsteinParams';
import { max } from './seriesStats';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
/** Arm S: L = 0.9, then 0.7 from tick 80. */
const SUDDEN: LegitimacyPoint[] = [[0, 0.9], [79, 0.9], [80, 0.7]];
/** Arm G: L = 0.9 − 0.35·(t − 80)/300 on [80, 380], then 0.55. */
const GRADUAL: LegitimacyPoint[] = [[0, 0.9], [80, 0.9], [380, 0.55]];

describe('SF2 sudden vs gradual legitimacy drop (400 ticks, peak over [80, 400))', () => {
  it('peak(S) > peak(G), paired, in ≥ 8 of 10 seeds', () => {
    let wins = 0;
    const rows: string[] = [];
    for (const seed of SEEDS) {
      const s = max(runActiveSeries({ seed, ticks: 400, params: { legitimacy: SUDDEN } }).slice(80, 400));
      const g = max(runActiveSeries({ seed, ticks: 400, params: { legitimacy: GRADUAL } }).slice(80, 400));
      if (s > g) wins++;
      rows.push(`seed ${seed}: peak S ${s} vs G ${g}`);
    }
    console.log(`SF2\n${rows.join('\n')}\nS > G in ${wins}/10`);
    expect(wins).toBeGreaterThanOrEqual(8);
  });
});
