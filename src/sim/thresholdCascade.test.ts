// SF9 (crowd-model.md §8.2): Granovetter's fragility, and the deterministic normal quantiles it uses.

import { describe, expect, it } from 'vitest';
import { normalCdf, normalQuantile, normalQuantileThresholds, thresholdCascade } from './thresholdCascade';

const uniformThresholds = (): number[] => Array.from({ length: 100 }, (_, i) => i);

describe('SF9 Granovetter fragility (thresholds are counts of others acting)', () => {
  it('thresholds 0, 1, …, 99 give a full riot of 100', () => {
    expect(thresholdCascade(uniformThresholds())).toBe(100);
  });

  it('the same with threshold 1 replaced by 2 gives a riot of 1', () => {
    const t = uniformThresholds();
    t[1] = 2;
    expect(thresholdCascade(t)).toBe(1);
  });

  it('normal quantile thresholds, mean 0.25: σ = 0.10 → final ≤ 5; σ = 0.15 → final = 100', () => {
    const at = (sigma: number): number => thresholdCascade(normalQuantileThresholds(100, 0.25, sigma));
    const finals = [0.1, 0.12, 0.13, 0.15].map((s) => `σ ${s}: ${at(s)}`);
    console.log(`SF9 quantile thresholds: ${finals.join('; ')}`);
    expect(at(0.1)).toBeLessThanOrEqual(5);
    expect(at(0.15)).toBe(100);
  });
});

describe('thresholdCascade', () => {
  it('is 0 when nobody acts unconditionally, whatever the order of the input', () => {
    expect(thresholdCascade([3, 1, 2])).toBe(0);
    expect(thresholdCascade([2, 0, 1, 5])).toBe(3);
    expect(thresholdCascade([])).toBe(0);
  });

  it('does not modify its input', () => {
    const t = [5, 0, 1];
    thresholdCascade(t);
    expect(t).toEqual([5, 0, 1]);
  });
});

describe('deterministic normal CDF and quantile', () => {
  it('match known values of Φ and Φ⁻¹', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1)).toBeCloseTo(0.8413447460685429, 13);
    expect(normalCdf(-1.959963984540054)).toBeCloseTo(0.025, 13);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 10);
    expect(normalQuantile(0.005)).toBeCloseTo(-2.5758293035489004, 10);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
  });

  it('is antisymmetric and increasing over the quantiles SF9 uses', () => {
    let last = -Infinity;
    for (let i = 0; i < 100; i++) {
      const z = normalQuantile((i + 0.5) / 100);
      expect(z).toBeGreaterThan(last);
      expect(z + normalQuantile((99 - i + 0.5) / 100)).toBeCloseTo(0, 10);
      last = z;
    }
  });
});
