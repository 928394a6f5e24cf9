// Phase D (crowd-model.md §4.4): integer summed-area tables on the 2 m social grid, so every vision
// window sum costs four look-ups. Built once per tick from current positions; read by phase E.

import { CitizenState } from '../types';
import type { World } from './world';
import { POSTURE_WEIGHT10 } from '../posture';

// Module-local aliases: hot loops read plain bindings, not module-export getters.
const { QUIET: ST_QUIET, VIOLENT: ST_VIOLENT } = CitizenState;

export const SOCIAL_CELL = 2;

const LAYERS = 6;
export const Layer = { present: 0, active: 1, selfPolicers: 2, eps: 3, epsE: 4, police: 5 } as const;

export class Perception {
  readonly gw: number;
  readonly gh: number;
  /** Cell sums (LAYERS × gw × gh) and summed-area tables (LAYERS × (gw+1) × (gh+1)). */
  private readonly cells: Int32Array;
  readonly sat: Float64Array;
  readonly cellOf: Int32Array;
  /** Entries of one layer's summed-area table, and the scratch corners of the last window. */
  private readonly layerSize: number;
  private readonly corner = new Int32Array(4);

  constructor(width: number, height: number, capacity: number) {
    this.gw = Math.ceil(width / SOCIAL_CELL);
    this.gh = Math.ceil(height / SOCIAL_CELL);
    this.cells = new Int32Array(LAYERS * this.gw * this.gh);
    this.sat = new Float64Array(LAYERS * (this.gw + 1) * (this.gh + 1));
    this.cellOf = new Int32Array(capacity);
    this.layerSize = (this.gw + 1) * (this.gh + 1);
  }

  /** The social-grid cell of a point (clamped to the venue). */
  cellAt(x: number, y: number): number {
    return this.cellIndex(x, y);
  }

  private cellIndex(x: number, y: number): number {
    let cx = Math.floor(x / SOCIAL_CELL);
    let cy = Math.floor(y / SOCIAL_CELL);
    if (cx < 0) cx = 0; else if (cx >= this.gw) cx = this.gw - 1;
    if (cy < 0) cy = 0; else if (cy >= this.gh) cy = this.gh - 1;
    return cy * this.gw + cx;
  }

  /** Rebuilds every table from the world's current state. */
  build(w: World): void {
    const c = w.c;
    const o = w.o;
    const n = this.gw * this.gh;
    this.cells.fill(0);
    for (let i = 0; i < c.used; i++) {
      const s = c.state[i] as number;
      if (s > ST_VIOLENT) { this.cellOf[i] = -1; continue; }
      const cell = this.cellIndex(c.x[i] as number, c.y[i] as number);
      this.cellOf[i] = cell;
      this.cells[cell] = (this.cells[cell] as number) + 1;
      if (s !== ST_QUIET) this.cells[n + cell] = (this.cells[n + cell] as number) + 1;
      if (s !== ST_VIOLENT && (c.L[i] as number) > 0.6 && (c.I[i] as number) > 0.35) {
        this.cells[2 * n + cell] = (this.cells[2 * n + cell] as number) + 1;
      }
      const e4096 = Math.floor(4096 * (c.eps[i] as number));
      this.cells[3 * n + cell] = (this.cells[3 * n + cell] as number) + e4096;
      this.cells[4 * n + cell] = (this.cells[4 * n + cell] as number) + Math.floor(4096 * (c.eps[i] as number) * (c.E[i] as number));
    }
    for (let j = 0; j < o.used; j++) {
      if ((o.status[j] as number) !== 0) continue;
      const cell = this.cellIndex(o.x[j] as number, o.y[j] as number);
      this.cells[5 * n + cell] = (this.cells[5 * n + cell] as number) + (POSTURE_WEIGHT10[o.posture[j] as number] as number);
    }
    const sw = this.gw + 1;
    const sn = sw * (this.gh + 1);
    for (let l = 0; l < LAYERS; l++) {
      const base = l * sn;
      const cbase = l * n;
      for (let y = 0; y < this.gh; y++) {
        let row = 0;
        for (let x = 0; x < this.gw; x++) {
          row += this.cells[cbase + y * this.gw + x] as number;
          this.sat[base + (y + 1) * sw + x + 1] = (this.sat[base + y * sw + x + 1] as number) + row;
        }
      }
    }
  }

  /** SAT indices (within one layer) of the window's four corners, clipped to the grid, into `corner`. */
  private corners(cell: number, r: number): void {
    const cx = cell % this.gw;
    const cy = (cell - cx) / this.gw;
    const x0 = cx - r < 0 ? 0 : cx - r;
    const y0 = cy - r < 0 ? 0 : cy - r;
    const x1 = cx + r + 1 > this.gw ? this.gw : cx + r + 1;
    const y1 = cy + r + 1 > this.gh ? this.gh : cy + r + 1;
    const sw = this.gw + 1;
    this.corner[0] = y1 * sw + x1;
    this.corner[1] = y0 * sw + x1;
    this.corner[2] = y1 * sw + x0;
    this.corner[3] = y0 * sw + x0;
  }

  /** Sums of every layer over the window of ±r cells around a cell, into `out` (indexed by Layer). */
  windowAll(cell: number, r: number, out: Float64Array): void {
    this.corners(cell, r);
    const a = this.corner[0] as number;
    const b = this.corner[1] as number;
    const c = this.corner[2] as number;
    const d = this.corner[3] as number;
    const sat = this.sat;
    for (let l = 0, base = 0; l < LAYERS; l++, base += this.layerSize) {
      out[l] = (sat[base + a] as number) - (sat[base + b] as number) - (sat[base + c] as number) + (sat[base + d] as number);
    }
  }

  /** Sum of one layer over the window of ±r cells around a cell. */
  window(layer: number, cell: number, r: number): number {
    this.corners(cell, r);
    const base = layer * this.layerSize;
    const sat = this.sat;
    return (sat[base + (this.corner[0] as number)] as number) - (sat[base + (this.corner[1] as number)] as number)
      - (sat[base + (this.corner[2] as number)] as number) + (sat[base + (this.corner[3] as number)] as number);
  }
}
