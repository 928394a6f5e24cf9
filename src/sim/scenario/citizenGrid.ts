// Spatial hash of present citizens on 1 m cells (Int32Array head/next, rebuilt in O(N)) for
// officer-local queries: posture radius, arrests, force, witnesses (crowd-model.md §9.2).

import { CitizenState } from '../types';
import type { Citizens } from './citizens';

// Module-local aliases: hot loops read plain bindings, not module-export getters.
const { VIOLENT: ST_VIOLENT } = CitizenState;

export class CitizenGrid {
  readonly w: number;
  readonly h: number;
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  /** Difference array of coverSquares ((w + 1) × (h + 1)) and the scratch cell rectangle of a square. */
  private readonly cover: Int32Array;
  private readonly rect = new Int32Array(4);
  /** markWithin's cells wholly taken, by stamp; the last stamp handed out. */
  private readonly taken: Int32Array;
  private stamps = 0;
  /** Result buffer of the last query (indices), valid until the next query. */
  readonly found: Int32Array;
  foundCount = 0;

  constructor(width: number, height: number, capacity: number) {
    this.w = Math.ceil(width);
    this.h = Math.ceil(height);
    this.head = new Int32Array(this.w * this.h);
    this.next = new Int32Array(capacity);
    this.cover = new Int32Array((this.w + 1) * (this.h + 1));
    this.taken = new Int32Array(this.w * this.h);
    this.found = new Int32Array(capacity);
  }

  rebuild(c: Citizens): void {
    this.head.fill(-1);
    // Insert in reverse so each cell's list runs in increasing index order (deterministic draws).
    for (let i = c.used - 1; i >= 0; i--) {
      if ((c.state[i] as number) > ST_VIOLENT) continue;
      const cell = this.cell(c.x[i] as number, c.y[i] as number);
      this.next[i] = this.head[cell] as number;
      this.head[cell] = i;
    }
  }

  private cell(x: number, y: number): number {
    let cx = Math.floor(x);
    let cy = Math.floor(y);
    if (cx < 0) cx = 0; else if (cx >= this.w) cx = this.w - 1;
    if (cy < 0) cy = 0; else if (cy >= this.h) cy = this.h - 1;
    return cy * this.w + cx;
  }

  /** Collects citizens within `radius` of (x, y) into `found` (in cell order, then index order). */
  query(c: Citizens, x: number, y: number, radius: number): number {
    const r2 = radius * radius;
    const x0 = Math.max(0, Math.floor(x - radius));
    const x1 = Math.min(this.w - 1, Math.floor(x + radius));
    const y0 = Math.max(0, Math.floor(y - radius));
    const y1 = Math.min(this.h - 1, Math.floor(y + radius));
    let n = 0;
    for (let cy = y0; cy <= y1; cy++) {
      for (let cx = x0; cx <= x1; cx++) {
        for (let i = this.head[cy * this.w + cx] as number; i >= 0; i = this.next[i] as number) {
          const dx = (c.x[i] as number) - x;
          const dy = (c.y[i] as number) - y;
          if (dx * dx + dy * dy <= r2 && (c.state[i] as number) <= ST_VIOLENT) this.found[n++] = i;
        }
      }
    }
    this.foundCount = n;
    return n;
  }

  /**
   * A stamp for a new series of markWithin calls: never one this grid handed out before, so a restored
   * earlier state cannot meet cells stamped in a later tick.
   */
  newStamp(): number {
    return ++this.stamps;
  }

  /**
   * Sets `out[i] = 1` for every present citizen within `radius` of (x, y): the citizens `query` finds.
   * Cells wholly inside the circle (with a margin far above rounding) are taken without a distance test
   * per citizen, and cells already taken by an earlier call with the same `stamp` are skipped, so many
   * overlapping circles (liaison officers' 15 m reach) cost about one pass over the cells they cover.
   */
  markWithin(c: Citizens, x: number, y: number, radius: number, out: Uint8Array, stamp: number): void {
    const r2 = radius * radius;
    const inner2 = r2 - 1e-6;
    const x0 = Math.max(0, Math.floor(x - radius));
    const x1 = Math.min(this.w - 1, Math.floor(x + radius));
    const y0 = Math.max(0, Math.floor(y - radius));
    const y1 = Math.min(this.h - 1, Math.floor(y + radius));
    const taken = this.taken;
    for (let cy = y0; cy <= y1; cy++) {
      // Border rows and columns also hold citizens clamped in from outside the grid: test each one.
      const edgeRow = cy === 0 || cy === this.h - 1;
      const fy = Math.max(Math.abs(cy - y), Math.abs(cy + 1 - y));
      for (let cx = x0; cx <= x1; cx++) {
        const cell = cy * this.w + cx;
        if (taken[cell] === stamp) continue;
        const fx = Math.max(Math.abs(cx - x), Math.abs(cx + 1 - x));
        const whole = !edgeRow && cx !== 0 && cx !== this.w - 1 && fx * fx + fy * fy <= inner2;
        for (let i = this.head[cell] as number; i >= 0; i = this.next[i] as number) {
          if ((c.state[i] as number) > ST_VIOLENT) continue;
          if (whole) { out[i] = 1; continue; }
          const dx = (c.x[i] as number) - x;
          const dy = (c.y[i] as number) - y;
          if (dx * dx + dy * dy <= r2) out[i] = 1;
        }
        if (whole) taken[cell] = stamp;
      }
    }
  }

  /** The cells of the square of half-width `half` around (x, y), clipped to the grid, into `rect`
   * (x0, y0, x1, y1); false when the square lies off the grid. */
  private squareCells(x: number, y: number, half: number): boolean {
    const r = this.rect;
    r[0] = Math.max(0, Math.floor(x - half));
    r[1] = Math.max(0, Math.floor(y - half));
    r[2] = Math.min(this.w - 1, Math.floor(x + half));
    r[3] = Math.min(this.h - 1, Math.floor(y + half));
    return (r[2] as number) >= (r[0] as number) && (r[3] as number) >= (r[1] as number);
  }

  /**
   * Writes into `out` for every present citizen how many of the axis-aligned squares of half-width
   * `half` around the listed points hold its cell, capped at `cap` (0 outside all of them; entries of
   * other citizens are left alone). The squares cover whole cells, so the counts come from a difference
   * array over the squares' bounding box: each covered cell is read once, not once per square.
   */
  coverSquares(c: Citizens, xs: Float64Array, ys: Float64Array, points: Int32Array, n: number, half: number, out: Uint8Array, cap: number): void {
    const W = this.w + 1;
    const d = this.cover;
    let bx0 = this.w;
    let by0 = this.h;
    let bx1 = -1;
    let by1 = -1;
    const r = this.rect;
    for (let k = 0; k < n; k++) {
      const j = points[k] as number;
      if (!this.squareCells(xs[j] as number, ys[j] as number, half)) continue;
      if ((r[0] as number) < bx0) bx0 = r[0] as number;
      if ((r[1] as number) < by0) by0 = r[1] as number;
      if ((r[2] as number) > bx1) bx1 = r[2] as number;
      if ((r[3] as number) > by1) by1 = r[3] as number;
    }
    if (bx1 < 0) return;
    for (let y = by0; y <= by1 + 1; y++) d.fill(0, y * W + bx0, y * W + bx1 + 2);
    for (let k = 0; k < n; k++) {
      const j = points[k] as number;
      if (!this.squareCells(xs[j] as number, ys[j] as number, half)) continue;
      const x0 = r[0] as number;
      const y0 = r[1] as number;
      const x1 = r[2] as number;
      const y1 = r[3] as number;
      d[y0 * W + x0] = (d[y0 * W + x0] as number) + 1;
      d[y0 * W + x1 + 1] = (d[y0 * W + x1 + 1] as number) - 1;
      d[(y1 + 1) * W + x0] = (d[(y1 + 1) * W + x0] as number) - 1;
      d[(y1 + 1) * W + x1 + 1] = (d[(y1 + 1) * W + x1 + 1] as number) + 1;
    }
    // Prefix sums inside the box turn the corner marks into per-cell counts.
    for (let y = by0; y <= by1; y++) for (let x = bx0 + 1; x <= bx1; x++) d[y * W + x] = (d[y * W + x] as number) + (d[y * W + x - 1] as number);
    for (let y = by0 + 1; y <= by1; y++) for (let x = bx0; x <= bx1; x++) d[y * W + x] = (d[y * W + x] as number) + (d[(y - 1) * W + x] as number);
    for (let y = by0; y <= by1; y++) {
      for (let x = bx0; x <= bx1; x++) {
        const k = d[y * W + x] as number;
        if (k <= 0) continue;
        const v = k < cap ? k : cap;
        for (let i = this.head[y * this.w + x] as number; i >= 0; i = this.next[i] as number) {
          if ((c.state[i] as number) <= ST_VIOLENT) out[i] = v;
        }
      }
    }
  }
}
