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
  /** Result buffer of the last query (indices), valid until the next query. */
  readonly found: Int32Array;
  foundCount = 0;

  constructor(width: number, height: number, capacity: number) {
    this.w = Math.ceil(width);
    this.h = Math.ceil(height);
    this.head = new Int32Array(this.w * this.h);
    this.next = new Int32Array(capacity);
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

  /** Collects citizens in the axis-aligned square of half-width `half` around (x, y). */
  querySquare(c: Citizens, x: number, y: number, half: number): number {
    const x0 = Math.max(0, Math.floor(x - half));
    const x1 = Math.min(this.w - 1, Math.floor(x + half));
    const y0 = Math.max(0, Math.floor(y - half));
    const y1 = Math.min(this.h - 1, Math.floor(y + half));
    let n = 0;
    for (let cy = y0; cy <= y1; cy++) {
      for (let cx = x0; cx <= x1; cx++) {
        for (let i = this.head[cy * this.w + cx] as number; i >= 0; i = this.next[i] as number) {
          if ((c.state[i] as number) <= ST_VIOLENT) this.found[n++] = i;
        }
      }
    }
    this.foundCount = n;
    return n;
  }
}
