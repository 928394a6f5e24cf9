// Seeded random streams for the crowd model: sfc32 seeded by splitmix32 (crowd-model.md §3.3).
// Integer-only core so every JavaScript engine draws the same numbers; never the engine's own random source.

/** Stream ids: each model layer draws only from its own stream. */
export const Stream = { population: 0, social: 1, police: 2, info: 3, physical: 4 } as const;
export type StreamId = (typeof Stream)[keyof typeof Stream];

const TWO_POW_32 = 4294967296;

/** One sfc32 generator; its four 32-bit words are the state that is hashed and snapshotted. */
export class Rng {
  a = 0;
  b = 0;
  c = 0;
  d = 0;

  constructor(seed: number, streamIndex: number) {
    // splitmix32 from (s + k·0x9E3779B9) mod 2^32; first four outputs seed sfc32, then discard 12.
    let s = (seed + Math.imul(streamIndex, 0x9e3779b9)) >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.nextU32();
  }

  /** Next raw 32-bit unsigned output of sfc32. */
  nextU32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  uniform(): number {
    return this.nextU32() / TWO_POW_32;
  }

  /** Uniform in [lo, hi). */
  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.uniform();
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.uniform() * n);
  }

  /** Bernoulli(p). */
  chance(p: number): boolean {
    return this.uniform() < p;
  }

  /** Normal N(mu, sigma) by Irwin–Hall (12 uniforms), clamped to [lo, hi]; no Box–Muller (needs log/cos). */
  normal(mu: number, sigma: number, lo = -Infinity, hi = Infinity): number {
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += this.uniform();
    const v = mu + sigma * (sum - 6);
    return v < lo ? lo : v > hi ? hi : v;
  }

  /** The four state words, for hashing and snapshots. */
  words(into: Uint32Array, offset: number): void {
    into[offset] = this.a >>> 0;
    into[offset + 1] = this.b >>> 0;
    into[offset + 2] = this.c >>> 0;
    into[offset + 3] = this.d >>> 0;
  }

  /** Restores the state written by `words`. */
  setWords(from: ArrayLike<number>, offset: number): void {
    this.a = (from[offset] ?? 0) | 0;
    this.b = (from[offset + 1] ?? 0) | 0;
    this.c = (from[offset + 2] ?? 0) | 0;
    this.d = (from[offset + 3] ?? 0) | 0;
  }
}

/** The five streams of a scenario run, seeded from one master seed. */
export function createStreams(seed: number): Rng[] {
  const out: Rng[] = [];
  for (let k = 0; k < 5; k++) out.push(new Rng(seed >>> 0, k));
  return out;
}
