// CitizenGrid.coverSquares counts, per citizen, the view squares holding its cell exactly as one
// square query per point would (the riot officers' posture effect depends on it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CitizenGrid } from './citizenGrid';
import { Citizens } from './citizens';

const W = 40;
const H = 30;

/** The straightforward count: for each point, every present citizen in the square's cells, capped. */
function naiveCover(c: Citizens, xs: Float64Array, ys: Float64Array, n: number, half: number, cap: number): Uint8Array {
  const out = new Uint8Array(c.capacity);
  const cellOf = (v: number, max: number) => Math.min(max - 1, Math.max(0, Math.floor(v)));
  for (let j = 0; j < n; j++) {
    const x0 = Math.max(0, Math.floor((xs[j] as number) - half));
    const x1 = Math.min(W - 1, Math.floor((xs[j] as number) + half));
    const y0 = Math.max(0, Math.floor((ys[j] as number) - half));
    const y1 = Math.min(H - 1, Math.floor((ys[j] as number) + half));
    for (let i = 0; i < c.used; i++) {
      if ((c.state[i] as number) > 2) continue;
      const cx = cellOf(c.x[i] as number, W);
      const cy = cellOf(c.y[i] as number, H);
      if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1 && (out[i] as number) < cap) out[i] = (out[i] as number) + 1;
    }
  }
  return out;
}

describe('CitizenGrid.coverSquares', () => {
  it('gives every citizen the capped number of squares holding its cell, as square-by-square queries do', () => {
    const coord = (max: number) => fc.double({ min: -2, max: max + 2, noNaN: true });
    const citizen = fc.record({ x: coord(W), y: coord(H), state: fc.constantFrom(0, 1, 2, 3, 4) });
    const point = fc.record({ x: coord(W), y: coord(H) });
    fc.assert(fc.property(fc.array(citizen, { maxLength: 80 }), fc.array(point, { maxLength: 12 }), fc.double({ min: 0, max: 9, noNaN: true }), (cs, ps, half) => {
      const c = new Citizens(100);
      cs.forEach((p, i) => { c.x[i] = p.x; c.y[i] = p.y; c.state[i] = p.state; });
      c.used = cs.length;
      const grid = new CitizenGrid(W, H, 100);
      grid.rebuild(c);
      const xs = new Float64Array(ps.map((p) => p.x));
      const ys = new Float64Array(ps.map((p) => p.y));
      const idx = Int32Array.from(ps.keys());
      const out = new Uint8Array(100);
      grid.coverSquares(c, xs, ys, idx, ps.length, half, out, 3);
      expect(Array.from(out)).toEqual(Array.from(naiveCover(c, xs, ys, ps.length, half, 3)));
    }), { numRuns: 400 });
  });
});
