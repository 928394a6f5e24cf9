// CitizenGrid's batch queries give exactly what one plain query per point gives: coverSquares (riot
// officers' view squares) and markWithin (liaison officers' 15 m reach).
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
    // Millimetre positions spread evenly (fast-check's doubles cluster at special values), some off the grid.
    const coord = (max: number) => fc.integer({ min: -12000, max: (max + 12) * 1000 }).map((v) => v / 1000);
    const citizen = fc.record({ x: coord(W), y: coord(H), state: fc.constantFrom(0, 1, 2, 3, 4) });
    const point = fc.record({ x: coord(W), y: coord(H) });
    const half = fc.integer({ min: 0, max: 9000 }).map((v) => v / 1000);
    fc.assert(fc.property(fc.array(citizen, { minLength: 20, maxLength: 100 }), fc.array(point, { maxLength: 12 }), half, (cs, ps, half) => {
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

  it('markWithin marks the citizens a radius query finds, over overlapping circles and a second series', () => {
    // A small, crowded grid, people and officers also outside it (clamped into the border cells).
    const w = 12;
    const h = 10;
    // Millimetre positions spread evenly (fast-check's doubles cluster at special values).
    const coord = (max: number) => fc.integer({ min: -3000, max: (max + 3) * 1000 }).map((v) => v / 1000);
    const citizen = fc.record({ x: coord(w), y: coord(h), state: fc.constantFrom(0, 1, 2, 4) });
    const point = fc.record({ x: coord(w), y: coord(h) });
    const series = fc.array(point, { minLength: 1, maxLength: 6 });
    const radius = fc.integer({ min: 0, max: 8000 }).map((v) => v / 1000);
    fc.assert(fc.property(fc.array(citizen, { minLength: 100, maxLength: 300 }), series, series, radius, (cs, first, second, radius) => {
      const c = new Citizens(300);
      cs.forEach((p, i) => { c.x[i] = p.x; c.y[i] = p.y; c.state[i] = p.state; });
      c.used = cs.length;
      const grid = new CitizenGrid(w, h, 300);
      grid.rebuild(c);
      // Each series starts from a fresh stamp, as each tick does; the second must not inherit the first's cells.
      for (const points of [first, second]) {
        const got = new Uint8Array(300);
        const want = new Uint8Array(300);
        const stamp = grid.newStamp();
        for (const p of points) {
          grid.markWithin(c, p.x, p.y, radius, got, stamp);
          const n = grid.query(c, p.x, p.y, radius);
          for (let k = 0; k < n; k++) want[grid.found[k] as number] = 1;
        }
        expect(Array.from(got)).toEqual(Array.from(want));
      }
    }), { numRuns: 400 });
  });
});
