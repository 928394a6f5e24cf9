// SF1 (crowd-model.md §8.2): Epstein's punctuated outbursts with NetLogo's floor rounding, and the
// companion showing that the paper's plain C/A (rounding "none") loses them.

import { describe, expect, it } from 'vitest';
import { runActiveSeries } from './activeSeries';
import { countBursts, kurtosis, max, median } from './seriesStats';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('SF1 punctuated outbursts (epstein defaults, 1,000 ticks, window [100, 1000))', () => {
  it('median ≤ 5 % of max, kurtosis > 3 and ≥ 2 bursts hold together in ≥ 8 of 10 seeds', () => {
    let passing = 0;
    const rows: string[] = [];
    for (const seed of SEEDS) {
      const w = runActiveSeries({ seed, ticks: 1000 }).slice(100, 1000);
      const med = median(w);
      const mx = max(w);
      const kurt = kurtosis(w);
      const bursts = countBursts(w, 50, 25);
      const ok = med <= 0.05 * mx && kurt > 3 && bursts >= 2;
      if (ok) passing++;
      rows.push(`seed ${seed}: median ${med} max ${mx} kurtosis ${kurt.toFixed(2)} bursts ${bursts} ${ok ? 'ok' : 'FAIL'}`);
    }
    console.log(`SF1 floor\n${rows.join('\n')}\npassing ${passing}/10`);
    expect(passing).toBeGreaterThanOrEqual(8);
  });

  it('companion: with rounding "none" the median over seeds of max actives is < 50', () => {
    const maxima = SEEDS.map((seed) => max(runActiveSeries({ seed, ticks: 1000, params: { rounding: 'none' } }).slice(100, 1000)));
    console.log(`SF1 companion (none): max actives per seed ${maxima.join(', ')}; median ${median(maxima)}`);
    expect(median(maxima)).toBeLessThan(50);
  });
});
