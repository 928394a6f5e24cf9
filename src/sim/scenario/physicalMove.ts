// Exact clipping of moves against the 0.5 m obstacle mask (crowd-model.md §4.6 point 4). Moves are
// made one axis at a time, so a sweep visits at most a few mask cells and walkers slide along walls.

import { MASK_CELL, type Venue } from './venue';

const EPS = 1e-4;
const INV = 1 / MASK_CELL;

/** Where a move along x from (x, y) to x1 stops: before the first obstacle or the venue edge. */
export function sweepX(v: Venue, x: number, y: number, x1: number): number {
  const my = Math.floor(y * INV);
  if (my < 0 || my >= v.mh) return x;
  const row = my * v.mw;
  const m0 = Math.floor(x * INV);
  const m1 = Math.floor(x1 * INV);
  if (x1 > x) {
    for (let m = m0 + 1; m <= m1; m++) {
      if (m >= v.mw || v.obstacle[row + m] === 1) return m * MASK_CELL - EPS;
    }
  } else {
    for (let m = m0 - 1; m >= m1; m--) {
      if (m < 0 || v.obstacle[row + m] === 1) return (m + 1) * MASK_CELL + EPS;
    }
  }
  return x1;
}

/** Where a move along y from (x, y) to y1 stops. */
export function sweepY(v: Venue, x: number, y: number, y1: number): number {
  const mx = Math.floor(x * INV);
  if (mx < 0 || mx >= v.mw) return y;
  const m0 = Math.floor(y * INV);
  const m1 = Math.floor(y1 * INV);
  if (y1 > y) {
    for (let m = m0 + 1; m <= m1; m++) {
      if (m >= v.mh || v.obstacle[m * v.mw + mx] === 1) return m * MASK_CELL - EPS;
    }
  } else {
    for (let m = m0 - 1; m >= m1; m--) {
      if (m < 0 || v.obstacle[m * v.mw + mx] === 1) return (m + 1) * MASK_CELL + EPS;
    }
  }
  return y1;
}

/** Whether the straight segment a → b stays clear of obstacles (sampled every 0.25 m, start excluded). */
export function lineOfSight(v: Venue, ax: number, ay: number, bx: number, by: number): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  const n = Math.ceil(Math.sqrt(dx * dx + dy * dy) * 4);
  for (let k = 1; k <= n; k++) {
    if (v.isBlocked(ax + (dx * k) / n, ay + (dy * k) / n)) return false;
  }
  return true;
}

/** Keeps a point inside the venue rectangle. */
export function clampX(v: Venue, x: number): number {
  return x < EPS ? EPS : x > v.width - EPS ? v.width - EPS : x;
}
export function clampY(v: Venue, y: number): number {
  return y < EPS ? EPS : y > v.height - EPS ? v.height - EPS : y;
}
