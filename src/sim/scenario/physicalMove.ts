// Exact clipping of moves against the 0.5 m obstacle mask (crowd-model.md §4.6 point 4). Moves are
// made one axis at a time, so a sweep visits at most a few mask cells and walkers slide along walls.

import { MASK_CELL, type Venue } from './venue';

/** Clipped movers stop this far short of an obstacle or the venue edge (m). */
export const MOVE_EPS = 1e-4;
const EPS = MOVE_EPS;
const INV = 1 / MASK_CELL;
/** `blockedX`/`blockedY` result when the walk meets nothing (no mask index is ever this low). */
export const NOT_BLOCKED = -0x3fffffff;

/**
 * First mask column met walking along mask row `my` from column m0 (excluded) to m1 (included) that is
 * outside the mask or an obstacle, or NOT_BLOCKED. Integers only: hot callers pass no boxed numbers.
 */
export function blockedX(v: Venue, my: number, m0: number, m1: number): number {
  const row = my * v.mw;
  const obstacle = v.obstacle;
  if (m1 > m0) {
    for (let m = m0 + 1; m <= m1; m++) if (m >= v.mw || obstacle[row + m] === 1) return m;
  } else {
    for (let m = m0 - 1; m >= m1; m--) if (m < 0 || obstacle[row + m] === 1) return m;
  }
  return NOT_BLOCKED;
}

/** The same down mask column `mx`, from row m0 (excluded) to row m1 (included). */
export function blockedY(v: Venue, mx: number, m0: number, m1: number): number {
  const mw = v.mw;
  const obstacle = v.obstacle;
  if (m1 > m0) {
    for (let m = m0 + 1; m <= m1; m++) if (m >= v.mh || obstacle[m * mw + mx] === 1) return m;
  } else {
    for (let m = m0 - 1; m >= m1; m--) if (m < 0 || obstacle[m * mw + mx] === 1) return m;
  }
  return NOT_BLOCKED;
}

/**
 * Where a move along x from (x, y) to x1 stops: before the first obstacle or the venue edge. The stop
 * rule's reference, pinned by the property test: the citizen and officer loops (physicalSteer,
 * physicalOfficers) write it out around blockedX/blockedY, because there a call V8 does not inline
 * boxes its floating-point arguments. A change to the rule goes into all three.
 */
export function sweepX(v: Venue, x: number, y: number, x1: number): number {
  const my = Math.floor(y * INV);
  if (my < 0 || my >= v.mh) return x;
  const m = blockedX(v, my, Math.floor(x * INV), Math.floor(x1 * INV));
  if (m === NOT_BLOCKED) return x1;
  return x1 > x ? m * MASK_CELL - EPS : (m + 1) * MASK_CELL + EPS;
}

/** Where a move along y from (x, y) to y1 stops. */
export function sweepY(v: Venue, x: number, y: number, y1: number): number {
  const mx = Math.floor(x * INV);
  if (mx < 0 || mx >= v.mw) return y;
  const m = blockedY(v, mx, Math.floor(y * INV), Math.floor(y1 * INV));
  if (m === NOT_BLOCKED) return y1;
  return y1 > y ? m * MASK_CELL - EPS : (m + 1) * MASK_CELL + EPS;
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
