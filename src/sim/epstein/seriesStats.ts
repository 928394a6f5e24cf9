// Statistics of an active-count series used by the Epstein stylized-fact tests (crowd-model.md §8.2 SF1–SF3):
// window mean, median, maximum, Pearson kurtosis and burst count. Pure functions on plain arrays.

/** The values of `series` at indices [a, b). */
export function windowOf(series: readonly number[], a: number, b: number): number[] {
  return series.slice(a, b);
}

export function mean(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return xs.length > 0 ? s / xs.length : 0;
}

/** Median (the mean of the two middle values for an even count). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = Float64Array.from(xs).sort();
  const h = s.length >> 1;
  return s.length % 2 === 1 ? (s[h] as number) : ((s[h - 1] as number) + (s[h] as number)) / 2;
}

export function max(xs: readonly number[]): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  return m;
}

/** Pearson kurtosis m4 / m2² (3 for a normal distribution; not the excess). 0 for a constant series. */
export function kurtosis(xs: readonly number[]): number {
  const mu = mean(xs);
  let m2 = 0;
  let m4 = 0;
  for (const x of xs) {
    const d2 = (x - mu) * (x - mu);
    m2 += d2;
    m4 += d2 * d2;
  }
  m2 /= xs.length;
  m4 /= xs.length;
  return m2 > 0 ? m4 / (m2 * m2) : 0;
}

/** Bursts: crossings to ≥ `high` after the series was below `low` (SF1: high 50, low 25). */
export function countBursts(xs: readonly number[], high: number, low: number): number {
  let armed = false;
  let bursts = 0;
  for (const x of xs) {
    if (x < low) armed = true;
    else if (x >= high && armed) {
      bursts++;
      armed = false;
    }
  }
  return bursts;
}
