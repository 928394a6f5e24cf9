// The statistics behind SF1–SF3 on hand-computed series.

import { describe, expect, it } from 'vitest';
import { countBursts, kurtosis, max, mean, median } from './seriesStats';

describe('seriesStats', () => {
  it('mean, median (odd and even), max', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(max([3, 9, 2])).toBe(9);
  });

  it('Pearson kurtosis m4/m2²', () => {
    // mean 2.5, m2 = 18.75, m4 = 820.3125
    expect(kurtosis([0, 0, 0, 10])).toBeCloseTo(820.3125 / 351.5625, 12);
    expect(kurtosis([1, -1, 1, -1])).toBe(1);
    expect(kurtosis([2, 2, 2])).toBe(0);
  });

  it('counts a burst only after the series fell below the low mark', () => {
    expect(countBursts([0, 60, 30, 60, 10, 60, 55, 20], 50, 25)).toBe(2);
    expect(countBursts([60, 70, 40, 55], 50, 25)).toBe(0);
  });
});
