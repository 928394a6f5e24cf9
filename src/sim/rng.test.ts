// The seeded streams: reproducible, independent per stream, and statistically sane.

import { describe, expect, it } from 'vitest';
import { Rng, createStreams } from './rng';

describe('Rng', () => {
  it('gives the same sequence for the same seed and stream, and different ones otherwise', () => {
    const a = new Rng(42, 1);
    const b = new Rng(42, 1);
    const seqA = Array.from({ length: 20 }, () => a.nextU32());
    expect(Array.from({ length: 20 }, () => b.nextU32())).toEqual(seqA);
    const c = new Rng(42, 2);
    expect(Array.from({ length: 20 }, () => c.nextU32())).not.toEqual(seqA);
    const d = new Rng(43, 1);
    expect(Array.from({ length: 20 }, () => d.nextU32())).not.toEqual(seqA);
  });

  it('round-trips its state through words/setWords', () => {
    const a = new Rng(7, 0);
    for (let i = 0; i < 10; i++) a.nextU32();
    const w = new Uint32Array(4);
    a.words(w, 0);
    const b = new Rng(999, 3);
    b.setWords(w, 0);
    expect(Array.from({ length: 10 }, () => b.nextU32())).toEqual(Array.from({ length: 10 }, () => a.nextU32()));
  });

  it('draws uniforms in [0, 1) with mean ≈ ½ and Irwin–Hall normals with the asked mean and sd', () => {
    const [r] = createStreams(5);
    let s = 0;
    let s2 = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const u = r!.uniform();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      s += u;
    }
    expect(s / n).toBeCloseTo(0.5, 2);
    s = 0;
    for (let i = 0; i < n; i++) { const z = r!.normal(2, 0.5); s += z; s2 += z * z; }
    const mean = s / n;
    expect(mean).toBeCloseTo(2, 1);
    expect(Math.sqrt(s2 / n - mean * mean)).toBeCloseTo(0.5, 1);
  });
});
