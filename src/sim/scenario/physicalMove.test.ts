import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { MOVE_EPS, NOT_BLOCKED, blockedX, blockedY, sweepX, sweepY } from './physicalMove';
import { MASK_CELL, buildVenue } from './venue';
import { VENUES } from './venueSpecs';

const venue = buildVenue(VENUES.housing, new Rng(1, 0));

/** Whether some point of the axis-parallel segment is blocked (sampled every 1 cm, ends included). */
function segmentBlocked(x0: number, y0: number, x1: number, y1: number): boolean {
  const n = Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)) * 100);
  for (let k = 0; k <= n; k++) {
    const t = n === 0 ? 0 : k / n;
    if (venue.isBlocked(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)) return true;
  }
  return false;
}

describe('moves clipped against the obstacle mask', () => {
  it('blockedX/blockedY report the first wall or edge cell on the walk, else NOT_BLOCKED', () => {
    // Housing's fence runs along y = 50…51 m (mask rows 100 and 101); column 60 is x = 30 m.
    expect(blockedY(venue, 60, 96, 99)).toBe(NOT_BLOCKED);
    expect(blockedY(venue, 60, 96, 96)).toBe(NOT_BLOCKED);
    expect(blockedY(venue, 60, 96, 104)).toBe(100);
    expect(blockedY(venue, 60, 106, 98)).toBe(101);
    expect(blockedX(venue, 10, 2, -3)).toBe(-1);
    expect(blockedX(venue, 10, venue.mw - 3, venue.mw + 2)).toBe(venue.mw);
  });

  it('property: a sweep from a free point stops short of the first obstacle and is exact when the way is free', () => {
    fc.assert(fc.property(
      fc.double({ min: 0.01, max: venue.width - 0.01, noNaN: true }), fc.double({ min: 0.01, max: venue.height - 0.01, noNaN: true }),
      fc.double({ min: -1.6, max: 1.6, noNaN: true }), fc.boolean(),
      (x, y, d, alongX) => {
        if (venue.isBlocked(x, y)) return true;
        const want = (alongX ? x : y) + d;
        const got = alongX ? sweepX(venue, x, y, want) : sweepY(venue, x, y, want);
        const [ex, ey] = alongX ? [got, y] : [x, got];
        // Never into a wall or beyond the venue, never past the wanted point, never backwards (but for
        // the stopping gap, when the start is already that close to the wall).
        if (segmentBlocked(x, y, ex, ey)) return false;
        const from = alongX ? x : y;
        if (d >= 0 ? got < from - MOVE_EPS || got > want : got > from + MOVE_EPS || got < want) return false;
        // Stopped short only in front of an obstacle or the edge, at most one mask cell before it.
        if (got !== want) {
          const past = got + (d >= 0 ? 1 : -1) * (MOVE_EPS + MASK_CELL / 2);
          return alongX ? venue.isBlocked(past, y) : venue.isBlocked(x, past);
        }
        return true;
      }), { numRuns: 2000 });
  });
});
