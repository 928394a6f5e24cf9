// Granovetter's (1978) threshold model (crowd-model.md §2.2, SF9): each actor joins once the number of
// others acting reaches its threshold; r(t + 1) = F(r(t)) is iterated to its fixed point. Allowed ops only.

import { expDet } from './detMath';

/**
 * Final number of actors. Thresholds are counts of others acting: actor i acts at step t + 1 iff
 * θ_i ≤ r(t), where r(0) = 0. The map is monotone, so the iteration ends at the first fixed point.
 */
export function thresholdCascade(thresholds: ArrayLike<number>): number {
  // Typed-array sort is numeric and total (NaN sorts last and never acts).
  const sorted = Float64Array.from(thresholds).sort();
  let r = 0;
  let joined = 0;
  for (;;) {
    while (joined < sorted.length && (sorted[joined] as number) <= r) joined++;
    if (joined === r) return r;
    r = joined;
  }
}

const INV_SQRT_2PI = 0.3989422804014327;

/**
 * Standard normal CDF Φ(x) by Marsaglia's series Φ(x) = ½ + φ(x)·Σ x^(2n+1)/(1·3·…·(2n+1)); every term has
 * the sign of x, so there is no cancellation. Accurate to ~1e-15 on |x| ≤ 8; clamped outside.
 */
export function normalCdf(x: number): number {
  if (x < -8) return 0;
  if (x > 8) return 1;
  let term = x;
  let sum = x;
  const x2 = x * x;
  for (let n = 3; n < 400; n += 2) {
    term = (term * x2) / n;
    const next = sum + term;
    if (next === sum) break;
    sum = next;
  }
  return 0.5 + INV_SQRT_2PI * expDet(-x2 / 2) * sum;
}

/** Φ⁻¹(p) for p in (0, 1) by bisection on normalCdf over [−8, 8] (deterministic: + − × ÷ and expDet only). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must lie in (0, 1), got ${p}`);
  let lo = -8;
  let hi = 8;
  for (let k = 0; k < 200; k++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** SF9's quantile thresholds: θ_i = n·(meanShare + σ·Φ⁻¹((i + ½)/n)), i = 0 … n − 1. */
export function normalQuantileThresholds(n: number, meanShare: number, sigma: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = n * (meanShare + sigma * normalQuantile((i + 0.5) / n));
  return out;
}
