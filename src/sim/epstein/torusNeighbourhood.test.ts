// Neighbourhood tables of the epstein torus: NetLogo's `in-radius` (own cell included, distinct cells).

import { describe, expect, it } from 'vitest';
import { buildTorusNeighbourhood } from './torusNeighbourhood';

describe('buildTorusNeighbourhood', () => {
  it('has 149 cells for vision 7 (dx² + dy² ≤ 49), own cell first, with wrap-around', () => {
    const h = buildTorusNeighbourhood(40, 40, 7);
    expect(h.size).toBe(149);
    expect(h.cells[0]).toBe(0);
    const hood0 = new Set(h.cells.subarray(0, h.size));
    expect(hood0.has(39)).toBe(true); // (−1, 0) wraps to x = 39
    expect(hood0.has(7 * 40)).toBe(true); // (0, 7)
    expect(hood0.has(8 * 40)).toBe(false);
    expect(hood0.has(5 * 40 + 5)).toBe(false); // 25 + 25 > 49
  });

  it('is symmetric: q is in the neighbourhood of c iff c is in that of q', () => {
    const h = buildTorusNeighbourhood(20, 15, 3.5);
    const sets = Array.from({ length: 300 }, (_, c) => new Set(h.cells.subarray(c * h.size, (c + 1) * h.size)));
    for (let c = 0; c < 300; c++) for (const q of sets[c] as Set<number>) expect((sets[q] as Set<number>).has(c)).toBe(true);
  });

  it('lists each cell once on a torus smaller than the vision disc', () => {
    const h = buildTorusNeighbourhood(4, 4, 7);
    expect(h.size).toBe(16);
    expect(new Set(h.cells.subarray(5 * 16, 6 * 16)).size).toBe(16);
    expect(buildTorusNeighbourhood(40, 40, 1).size).toBe(5);
  });
});
