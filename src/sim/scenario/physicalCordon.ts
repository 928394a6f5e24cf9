// Cordon lines (crowd-model.md §4.3, §4.6 points 4–5): slots at 1 m spacing from the segment start, the
// closed parts of each line (officer bodies ±0.5 m, neighbours ≤ 1.2 m apart bridged), the advance of a
// filled line at 0.3 m/s with its forced displacement of the citizens in front, and exact move clipping.

import type { Officers } from './citizens';
import { OfficerPostureCode } from './citizens';
import { CellFlag, type Venue } from './venue';
import { CORDON_FIELDS } from '../types';

export const SLOT_SPACING = 1;
/** An officer blocks this far either side of its position along the line. */
const BODY_HALF = 0.5;
/** Adjacent line officers at most this far apart close the line between them (§4.3). */
export const CLOSE_SPACING = 1.2;
/** Officers within this distance of their slot count as in place; within it of the line, as in the line. */
const IN_PLACE = 0.5;
export const ADVANCE_SPEED = 0.3;
/** Critical density (Fruin/Still, standing): an advancing line holds in front of it. */
export const RHO_HOLD = 7.1;
/** Clipped movers stop this far from a line; displaced citizens land this far in front of it. */
const CLIP_GAP = 0.02;
export const DISPLACE_GAP = 0.05;

/** Segment `n` of a snapshot: from `s` to `e` metres along the line at (ox, oy) in direction (ux, uy). */
function writeSegment(out: Float32Array, n: number, ox: number, oy: number, ux: number, uy: number, s: number, e: number, closed: number): void {
  const b = n * CORDON_FIELDS;
  out[b] = ox + ux * s;
  out[b + 1] = oy + uy * s;
  out[b + 2] = ox + ux * e;
  out[b + 3] = oy + uy * e;
  out[b + 4] = closed;
}

export class Cordons {
  readonly nz: number;
  /** Base segment start, unit direction along the line, length, unit inner normal, unit advance, advance length. */
  readonly ax: Float64Array; readonly ay: Float64Array;
  readonly ux: Float64Array; readonly uy: Float64Array; readonly len: Float64Array;
  readonly nx: Float64Array; readonly ny: Float64Array;
  readonly dx: Float64Array; readonly dy: Float64Array; readonly advLen: Float64Array;
  /** State: how far each line has advanced (m). */
  readonly progress: Float64Array;
  /** 1 for a static segment across an opening in walls: its flow is measured even with no officers. */
  readonly gate: Uint8Array;
  /** Derived from the officers by `measure`: slotted officers, all in place, officers in the line. */
  readonly slotted: Int32Array;
  readonly filled: Uint8Array;
  readonly inLine: Int32Array;
  /** Set by `advance` for the current sub-step. */
  readonly advanced: Uint8Array;
  /** Closed intervals along each line, in metres from the current line start, sorted. */
  readonly ivN: Int32Array;
  readonly closedLen: Float64Array;
  /** Crossings through the open part of each line since the last reset (flow measure). */
  readonly crossings: Int32Array;
  readonly inPlace: Uint8Array;
  /** Current line start and bounding box per zone, refreshed by `prepare` (fast rejection in `clipSeg`). */
  private readonly lox: Float64Array;
  private readonly loy: Float64Array;
  private readonly bx0: Float64Array;
  private readonly bx1: Float64Array;
  private readonly by0: Float64Array;
  private readonly by1: Float64Array;
  /**
   * Per 1 m cell, how many lines pass within 2 m (mirrored as CellFlag.NEAR_LINE): a move (≤ 1.5 m) from
   * any other cell cannot reach a line, so the movers skip `clipSeg` there. Maintained as lines move.
   */
  readonly near: Uint8Array;
  private readonly nearRect: Int32Array;
  private readonly venue: Venue;
  /** A move to clip: start x, y at 0, 1; end x, y at 2, 3 (see `clipSeg`). */
  readonly seg = new Float64Array(4);
  private readonly ivS: Float64Array;
  private readonly ivE: Float64Array;
  private readonly ts: Float64Array;
  private readonly cap: number;
  /** Scratch output of slotPosition. */
  px = 0;
  py = 0;

  constructor(venue: Venue, officerCapacity: number) {
    const zones = venue.spec.zones;
    const nz = (this.nz = zones.length);
    const f = (): Float64Array => new Float64Array(nz);
    this.ax = f(); this.ay = f(); this.ux = f(); this.uy = f(); this.len = f();
    this.nx = f(); this.ny = f(); this.dx = f(); this.dy = f(); this.advLen = f();
    this.progress = f();
    this.closedLen = f();
    this.lox = f(); this.loy = f(); this.bx0 = f(); this.bx1 = f(); this.by0 = f(); this.by1 = f();
    for (let z = 0; z < nz; z++) {
      const cs = zones[z]!.cordon;
      const lx = cs.b.x - cs.a.x;
      const ly = cs.b.y - cs.a.y;
      const l = Math.sqrt(lx * lx + ly * ly);
      this.ax[z] = cs.a.x; this.ay[z] = cs.a.y;
      this.len[z] = l;
      this.ux[z] = l > 0 ? lx / l : 1; this.uy[z] = l > 0 ? ly / l : 0;
      const ni = Math.sqrt(cs.inner.x * cs.inner.x + cs.inner.y * cs.inner.y);
      this.nx[z] = ni > 0 ? cs.inner.x / ni : 0; this.ny[z] = ni > 0 ? cs.inner.y / ni : -1;
      const al = Math.sqrt(cs.advance.x * cs.advance.x + cs.advance.y * cs.advance.y);
      this.advLen[z] = al;
      // A static line still needs an outward direction (to look ahead): away from the inner side.
      this.dx[z] = al > 0 ? cs.advance.x / al : -(this.nx[z] as number);
      this.dy[z] = al > 0 ? cs.advance.y / al : -(this.ny[z] as number);
    }
    this.gate = new Uint8Array(nz);
    for (let z = 0; z < nz; z++) {
      // A static segment spanning an opening between two obstacles is a gate (housing's compound gate).
      const l = this.len[z] as number;
      const ux = this.ux[z] as number;
      const uy = this.uy[z] as number;
      const before = venue.isBlocked((this.ax[z] as number) - 0.25 * ux, (this.ay[z] as number) - 0.25 * uy);
      const after = venue.isBlocked((this.ax[z] as number) + (l + 0.25) * ux, (this.ay[z] as number) + (l + 0.25) * uy);
      this.gate[z] = (this.advLen[z] as number) === 0 && before && after ? 1 : 0;
    }
    this.slotted = new Int32Array(nz);
    this.filled = new Uint8Array(nz);
    this.inLine = new Int32Array(nz);
    this.advanced = new Uint8Array(nz);
    this.ivN = new Int32Array(nz);
    this.crossings = new Int32Array(nz);
    this.cap = officerCapacity;
    this.venue = venue;
    this.near = new Uint8Array(venue.cells);
    this.nearRect = new Int32Array(4 * nz).fill(-1);
    this.inPlace = new Uint8Array(officerCapacity);
    this.ivS = new Float64Array(nz * officerCapacity);
    this.ivE = new Float64Array(nz * officerCapacity);
    this.ts = new Float64Array(nz * officerCapacity);
  }

  /** Current start of zone z's line (its base start moved by the advance so far). */
  originX(z: number): number { return (this.ax[z] as number) + (this.dx[z] as number) * (this.progress[z] as number); }
  originY(z: number): number { return (this.ay[z] as number) + (this.dy[z] as number) * (this.progress[z] as number); }

  /** Position of slot i on zone z's current line, into px/py: a + (i + 0.5) m along a → b. */
  slotPosition(z: number, slot: number): void {
    let t = (slot + 0.5) * SLOT_SPACING;
    const l = this.len[z] as number;
    if (t > l - 0.5 * SLOT_SPACING) t = Math.max(0, l - 0.5 * SLOT_SPACING);
    this.px = this.originX(z) + (this.ux[z] as number) * t;
    this.py = this.originY(z) + (this.uy[z] as number) * t;
  }

  /**
   * Writes the lines that have officers as segments for the views (SnapshotBuffers.cordons): the whole
   * line (0), then each closed stretch (1). Returns how many segments fit into `out`.
   */
  writeSegments(out: Float32Array): number {
    const max = Math.floor(out.length / CORDON_FIELDS);
    let n = 0;
    for (let z = 0; z < this.nz && n < max; z++) {
      if ((this.slotted[z] as number) === 0) continue;
      const l = this.len[z] as number;
      writeSegment(out, n++, this.originX(z), this.originY(z), this.ux[z] as number, this.uy[z] as number, 0, l, 0);
      for (let k = 0; k < (this.ivN[z] as number) && n < max; k++) {
        const s = Math.max(0, this.intervalStart(z, k));
        const e = Math.min(l, this.intervalEnd(z, k));
        writeSegment(out, n++, this.originX(z), this.originY(z), this.ux[z] as number, this.uy[z] as number, s, e, 1);
      }
    }
    return n;
  }

  /** Recomputes slotted / in place / filled per zone and the closed intervals of every line. */
  measure(o: Officers): void {
    const nz = this.nz;
    this.slotted.fill(0);
    this.inLine.fill(0);
    this.filled.fill(1);
    for (let j = 0; j < o.used; j++) {
      this.inPlace[j] = 0;
      if (!isLineOfficer(o, j, nz)) continue;
      const z = o.zone[j] as number;
      this.slotted[z] = (this.slotted[z] as number) + 1;
      this.slotPosition(z, o.slot[j] as number);
      const ex = (o.x[j] as number) - this.px;
      const ey = (o.y[j] as number) - this.py;
      if (ex * ex + ey * ey <= IN_PLACE * IN_PLACE) this.inPlace[j] = 1;
      else this.filled[z] = 0;
      // In the line: close to it and within its extent; t is the position along the line.
      const rx = (o.x[j] as number) - this.originX(z);
      const ry = (o.y[j] as number) - this.originY(z);
      const f = rx * (this.nx[z] as number) + ry * (this.ny[z] as number);
      const t = rx * (this.ux[z] as number) + ry * (this.uy[z] as number);
      const l = this.len[z] as number;
      if (f < -IN_PLACE || f > IN_PLACE || t < -BODY_HALF || t > l + BODY_HALF) continue;
      // Insertion into the zone's sorted list (officers arrive almost in order: near O(n)).
      const base = z * this.cap;
      let k = this.inLine[z] as number;
      while (k > 0 && (this.ts[base + k - 1] as number) > t) { this.ts[base + k] = this.ts[base + k - 1] as number; k--; }
      this.ts[base + k] = t;
      this.inLine[z] = (this.inLine[z] as number) + 1;
    }
    for (let z = 0; z < nz; z++) {
      if (this.slotted[z] === 0) { this.filled[z] = 0; this.progress[z] = 0; }
      this.buildIntervals(z);
    }
  }

  private buildIntervals(z: number): void {
    const base = z * this.cap;
    const n = this.inLine[z] as number;
    const l = this.len[z] as number;
    let m = 0;
    let closed = 0;
    let prevT = 0;
    for (let k = 0; k < n; k++) {
      const t = this.ts[base + k] as number;
      const s = Math.max(0, t - BODY_HALF);
      const e = Math.min(l, t + BODY_HALF);
      if (m > 0 && (s <= (this.ivE[base + m - 1] as number) || t - prevT <= CLOSE_SPACING + 1e-9)) {
        if (e > (this.ivE[base + m - 1] as number)) this.ivE[base + m - 1] = e;
      } else {
        this.ivS[base + m] = s;
        this.ivE[base + m] = e;
        m++;
      }
      prevT = t;
    }
    for (let k = 0; k < m; k++) closed += (this.ivE[base + k] as number) - (this.ivS[base + k] as number);
    this.ivN[z] = m;
    this.closedLen[z] = closed;
  }

  /** Start of the k-th closed interval of zone z (m along the line). */
  intervalStart(z: number, k: number): number { return this.ivS[z * this.cap + k] as number; }
  intervalEnd(z: number, k: number): number { return this.ivE[z * this.cap + k] as number; }

  /** True when t (m along zone z's line) lies in a closed part. */
  isClosedAt(z: number, t: number): boolean {
    const base = z * this.cap;
    const n = this.ivN[z] as number;
    for (let k = 0; k < n; k++) {
      if (t < (this.ivS[base + k] as number)) return false;
      if (t <= (this.ivE[base + k] as number)) return true;
    }
    return false;
  }

  /**
   * Caches each watched line's current start and bounding box; call after the lines moved, before `clipSeg`.
   * Watched: lines with officers in them (they clip) and gates (their flow is measured). An empty
   * segment elsewhere is no line at all.
   */
  prepare(): void {
    for (let z = 0; z < this.nz; z++) {
      if ((this.inLine[z] as number) === 0 && this.gate[z] === 0) {
        this.bx0[z] = Infinity;
        this.bx1[z] = -Infinity;
        this.unmarkNear(z);
        continue;
      }
      const ox = this.originX(z);
      const oy = this.originY(z);
      const bx = ox + (this.ux[z] as number) * (this.len[z] as number);
      const by = oy + (this.uy[z] as number) * (this.len[z] as number);
      this.lox[z] = ox;
      this.loy[z] = oy;
      this.bx0[z] = Math.min(ox, bx) - 1e-9;
      this.bx1[z] = Math.max(ox, bx) + 1e-9;
      this.by0[z] = Math.min(oy, by) - 1e-9;
      this.by1[z] = Math.max(oy, by) + 1e-9;
      this.markNear(z);
    }
  }

  /** Moves zone z's near-line rectangle (cells within 2 m of the line's bounding box) if it changed. */
  private markNear(z: number): void {
    const v = this.venue;
    const x0 = Math.max(0, Math.floor(this.bx0[z] as number) - 2);
    const x1 = Math.min(v.gw - 1, Math.floor(this.bx1[z] as number) + 2);
    const y0 = Math.max(0, Math.floor(this.by0[z] as number) - 2);
    const y1 = Math.min(v.gh - 1, Math.floor(this.by1[z] as number) + 2);
    const r = this.nearRect;
    const b = 4 * z;
    if (r[b] === x0 && r[b + 1] === x1 && r[b + 2] === y0 && r[b + 3] === y1) return;
    if ((r[b] as number) >= 0) this.paintNear(r[b] as number, r[b + 1] as number, r[b + 2] as number, r[b + 3] as number, -1);
    this.paintNear(x0, x1, y0, y1, 1);
    r[b] = x0; r[b + 1] = x1; r[b + 2] = y0; r[b + 3] = y1;
  }

  private unmarkNear(z: number): void {
    const r = this.nearRect;
    const b = 4 * z;
    if ((r[b] as number) < 0) return;
    this.paintNear(r[b] as number, r[b + 1] as number, r[b + 2] as number, r[b + 3] as number, -1);
    r[b] = -1;
  }

  private paintNear(x0: number, x1: number, y0: number, y1: number, d: number): void {
    const gw = this.venue.gw;
    const flags = this.venue.flags;
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const c = y * gw + x;
        const n = (this.near[c] as number) + d;
        this.near[c] = n;
        flags[c] = n > 0 ? (flags[c] as number) | CellFlag.NEAR_LINE : (flags[c] as number) & ~CellFlag.NEAR_LINE;
      }
    }
  }

  /**
   * Clips the move seg[0], seg[1] → seg[2], seg[3] at every closed line part it would cross; counts
   * crossings through open parts. Leaves the end point in seg[2], seg[3]; returns true when clipped.
   * Coordinates travel in `seg` so that the movers' hot loop passes no boxed numbers.
   */
  clipSeg(): boolean {
    const seg = this.seg;
    const x0 = seg[0] as number;
    const y0 = seg[1] as number;
    let ex = seg[2] as number;
    let ey = seg[3] as number;
    let clipped = false;
    for (let z = 0; z < this.nz; z++) {
      // Bounding-box rejection first: almost every move is nowhere near a line.
      if ((x0 < ex ? ex : x0) < (this.bx0[z] as number) || (x0 < ex ? x0 : ex) > (this.bx1[z] as number) ||
          (y0 < ey ? ey : y0) < (this.by0[z] as number) || (y0 < ey ? y0 : ey) > (this.by1[z] as number)) continue;
      const ox = this.lox[z] as number;
      const oy = this.loy[z] as number;
      const nx = this.nx[z] as number;
      const ny = this.ny[z] as number;
      const f0 = (x0 - ox) * nx + (y0 - oy) * ny;
      const f1 = (ex - ox) * nx + (ey - oy) * ny;
      if (f0 > 0 === f1 > 0) continue;
      const sc = f0 / (f0 - f1);
      const t = (x0 + sc * (ex - x0) - ox) * (this.ux[z] as number) + (y0 + sc * (ey - y0) - oy) * (this.uy[z] as number);
      if (t < 0 || t > (this.len[z] as number)) continue;
      if (!this.isClosedAt(z, t)) {
        this.crossings[z] = (this.crossings[z] as number) + 1;
        continue;
      }
      const target = f0 > 0 ? Math.min(f0, CLIP_GAP) : Math.max(f0, -CLIP_GAP);
      let k = (f0 - target) / (f0 - f1);
      if (k < 0) k = 0;
      ex = x0 + k * (ex - x0);
      ey = y0 + k * (ey - y0);
      clipped = true;
    }
    seg[2] = ex;
    seg[3] = ey;
    return clipped;
  }
}

/** An on-duty cordon officer holding a slot of a valid zone. */
export function isLineOfficer(o: Officers, j: number, nz: number): boolean {
  return (o.status[j] as number) === 0 && (o.posture[j] as number) === OfficerPostureCode.cordon &&
    (o.slot[j] as number) >= 0 && (o.zone[j] as number) < nz;
}
