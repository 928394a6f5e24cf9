// The density field of the physical layer (crowd-model.md §4.6 points 1 and 7): people per 1 m cell
// smoothed with [1 2 1; 2 4 2; 1 2 1]/16, and the crowd pressure ρ·Var(v) over 3×3 blocks.
// Sparse: only occupied cells and their neighbours are touched, so a sub-step costs O(N), not O(cells).

import type { Citizens, Officers } from './citizens';
import { onGround } from './physicalOfficers';
import { CellFlag, type Venue } from './venue';

/** Involuntary contact (Fruin/Still): the density from which crowd pressure is watched. */
export const RHO_CONTACT = 3.57;
/** Crowd-pressure alert level (Helbing et al. 2007), s⁻². */
export const PRESSURE_ALERT = 0.02;

const F_HOT = CellFlag.HOT;

export class DensityGrid {
  readonly gw: number;
  readonly gh: number;
  /** Per 1 m cell c: people (citizens + officers) at 2c, citizens alone at 2c + 1. */
  counts: Int32Array;
  /**
   * The counts being gathered for the next sub-step while people move (double buffer): counting where
   * each mover lands saves a pass over all citizens, and gives exactly the counts of a fresh recount.
   */
  nextCounts: Int32Array;
  nextOccupied: Int32Array;
  nNext = 0;
  /** Smoothed density ρ (p/m²). */
  readonly rho: Float64Array;
  /** Velocity moments of the citizens per cell c at 4c…4c + 3: Σvx, Σvy, Σ|v|², n (crowd pressure). */
  readonly moments: Float64Array;
  /**
   * Per source cell, 1 / (sum of kernel weights over neighbours that can hold people): mass that would
   * fall into walls is given to the open neighbours instead, so the grid sums to the head count and
   * density against a wall is not under-read. 0 when no neighbour is open (the cell keeps its mass).
   */
  private readonly norm: Float64Array;
  private readonly open: Uint8Array;
  /**
   * 2 for interior cells whose whole 3×3 block is open (smoothing needs no weights by `open`), 1 for
   * other cells not on the grid border (their 3×3 block needs no bounds checks), 0 on the border.
   */
  private readonly interior: Uint8Array;
  /**
   * Cells whose 3×3 block contains a cell with ρ ≥ 3.57 carry CellFlag.HOT in the venue's flags: only
   * citizens standing there can enter a crowd-pressure reading, so only they record velocity moments.
   */
  private readonly flags: Uint8Array;
  private readonly hotList: Int32Array;
  /** Hot cells this sub-step (0 when no occupied cell reached contact density). */
  nHot = 0;
  /** Cells holding someone this sub-step, in first-come order. */
  occupied: Int32Array;
  nOcc = 0;
  /** Where the last pressure check found its largest value (cell index, −1 for none). */
  maxPressure = 0;
  maxPressureCell = -1;
  maxRho = 0;
  maxRhoCell = -1;

  constructor(venue: Venue) {
    const gw = (this.gw = venue.gw);
    const gh = (this.gh = venue.gh);
    const cells = gw * gh;
    this.counts = new Int32Array(2 * cells);
    this.nextCounts = new Int32Array(2 * cells);
    this.nextOccupied = new Int32Array(cells);
    this.rho = new Float64Array(cells);
    this.moments = new Float64Array(4 * cells);
    this.norm = new Float64Array(cells);
    this.open = new Uint8Array(cells);
    this.interior = new Uint8Array(cells);
    for (let cy = 1; cy < gh - 1; cy++) for (let cx = 1; cx < gw - 1; cx++) this.interior[cy * gw + cx] = 1;
    for (let c = 0; c < cells; c++) this.open[c] = venue.solid[c] === 1 ? 0 : 1;
    for (let cy = 1; cy < gh - 1; cy++) {
      for (let cx = 1; cx < gw - 1; cx++) {
        let all = true;
        for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) all &&= this.open[(cy + dy) * gw + cx + dx] === 1;
        if (all) this.interior[cy * gw + cx] = 2;
      }
    }
    for (let cy = 0; cy < gh; cy++) {
      for (let cx = 0; cx < gw; cx++) {
        let s = 0;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const x = cx + dx;
            const y = cy + dy;
            if (x < 0 || y < 0 || x >= gw || y >= gh || this.open[y * gw + x] === 0) continue;
            s += kernel(dx, dy);
          }
        }
        this.norm[cy * gw + cx] = s > 0 ? 1 / s : 0;
      }
    }
    this.occupied = new Int32Array(cells);
    this.flags = venue.flags;
    this.hotList = new Int32Array(cells);
  }

  /** Empties the grid (only the cells used last time and their neighbours). */
  clear(): void {
    const { gw, gh, rho, occupied, counts, interior, moments, flags, hotList } = this;
    for (let k = 0; k < this.nOcc; k++) {
      const c = occupied[k] as number;
      counts[2 * c] = 0;
      counts[2 * c + 1] = 0;
      if (interior[c] !== 0) {
        rho[c - gw - 1] = 0; rho[c - gw] = 0; rho[c - gw + 1] = 0;
        rho[c - 1] = 0; rho[c] = 0; rho[c + 1] = 0;
        rho[c + gw - 1] = 0; rho[c + gw] = 0; rho[c + gw + 1] = 0;
      } else {
        const cx = c % gw;
        const cy = (c - cx) / gw;
        for (let y = cy - 1; y <= cy + 1; y++) {
          if (y < 0 || y >= gh) continue;
          for (let x = cx - 1; x <= cx + 1; x++) if (x >= 0 && x < gw) rho[y * gw + x] = 0;
        }
      }
    }
    this.nOcc = 0;
    // Movers record velocity moments only in hot cells, so those are the only ones to empty.
    for (let k = 0; k < this.nHot; k++) {
      const c = hotList[k] as number;
      flags[c] = (flags[c] as number) & ~F_HOT;
      const b = 4 * c;
      moments[b] = 0;
      moments[b + 1] = 0;
      moments[b + 2] = 0;
      moments[b + 3] = 0;
    }
    this.nHot = 0;
  }

  /** Empties the next-step buffer. */
  clearNext(): void {
    for (let k = 0; k < this.nNext; k++) {
      const c = this.nextOccupied[k] as number;
      this.nextCounts[2 * c] = 0;
      this.nextCounts[2 * c + 1] = 0;
    }
    this.nNext = 0;
  }

  /** Counts one person in cell c of the next-step buffer. */
  addNext(c: number, citizen: boolean): void {
    const n = this.nextCounts[2 * c] as number;
    if (n === 0) this.nextOccupied[this.nNext++] = c;
    this.nextCounts[2 * c] = n + 1;
    if (citizen) this.nextCounts[2 * c + 1] = (this.nextCounts[2 * c + 1] as number) + 1;
  }

  /** Empties the current counts and makes the gathered next-step counts current. */
  swap(): void {
    this.clear();
    const counts = this.counts;
    this.counts = this.nextCounts;
    this.nextCounts = counts;
    const occ = this.occupied;
    this.occupied = this.nextOccupied;
    this.nextOccupied = occ;
    this.nOcc = this.nNext;
    this.nNext = 0;
  }

  /**
   * Fresh count of everyone on site (citizens in index order, then officers on the ground), recording
   * each citizen's cell (−1 when not present).
   */
  countAll(c: Citizens, o: Officers, cellOf: Int32Array): void {
    const { state, x, y } = c;
    const { counts, occupied, gw, gh } = this;
    this.clear();
    this.clearNext();
    let nOcc = 0;
    for (let i = 0; i < c.used; i++) {
      if ((state[i] as number) > 2) { cellOf[i] = -1; continue; }
      let cx = Math.floor(x[i] as number);
      let cy = Math.floor(y[i] as number);
      cx = cx < 0 ? 0 : cx >= gw ? gw - 1 : cx;
      cy = cy < 0 ? 0 : cy >= gh ? gh - 1 : cy;
      const cell = cy * gw + cx;
      cellOf[i] = cell;
      const n = counts[2 * cell] as number;
      if (n === 0) occupied[nOcc++] = cell;
      counts[2 * cell] = n + 1;
      counts[2 * cell + 1] = (counts[2 * cell + 1] as number) + 1;
    }
    this.nOcc = nOcc;
    for (let j = 0; j < o.used; j++) {
      if (!onGround(o, j)) continue;
      let cx = Math.floor(o.x[j] as number);
      let cy = Math.floor(o.y[j] as number);
      cx = cx < 0 ? 0 : cx >= gw ? gw - 1 : cx;
      cy = cy < 0 ? 0 : cy >= gh ? gh - 1 : cy;
      this.add(cy * gw + cx, false);
    }
  }

  /** Counts one person in cell c. */
  add(c: number, citizen: boolean): void {
    const n = this.counts[2 * c] as number;
    if (n === 0) this.occupied[this.nOcc++] = c;
    this.counts[2 * c] = n + 1;
    if (citizen) this.counts[2 * c + 1] = (this.counts[2 * c + 1] as number) + 1;
  }

  /**
   * Spreads the counts with the kernel. Returns the largest smoothed density among cells holding a
   * citizen (also in maxRho/maxRhoCell): a column of officers alone is no crowd-safety reading.
   */
  smooth(): number {
    const { gw, gh, counts, rho, norm, open, occupied, interior } = this;
    const nOcc = this.nOcc;
    for (let k = 0; k < nOcc; k++) {
      const s = occupied[k] as number;
      const n = counts[2 * s] as number;
      const ns = norm[s] as number;
      if (ns === 0) { rho[s] = (rho[s] as number) + n; continue; }
      const m = n * ns;
      const inner = interior[s] as number;
      if (inner === 2) {
        // All nine cells open: the weights by `open` are all 1 (x·1 = x exactly).
        const m2 = 2 * m;
        let t = s - gw;
        rho[t - 1] = (rho[t - 1] as number) + m;
        rho[t] = (rho[t] as number) + m2;
        rho[t + 1] = (rho[t + 1] as number) + m;
        t = s;
        rho[t - 1] = (rho[t - 1] as number) + m2;
        rho[t] = (rho[t] as number) + 4 * m;
        rho[t + 1] = (rho[t + 1] as number) + m2;
        t = s + gw;
        rho[t - 1] = (rho[t - 1] as number) + m;
        rho[t] = (rho[t] as number) + m2;
        rho[t + 1] = (rho[t + 1] as number) + m;
      } else if (inner === 1) {
        // Interior: closed neighbours get weight 0 through `open` (their share is in `norm`).
        const m1 = m;
        const m2 = 2 * m;
        const m4 = 4 * m;
        let t = s - gw;
        rho[t - 1] = (rho[t - 1] as number) + m1 * (open[t - 1] as number);
        rho[t] = (rho[t] as number) + m2 * (open[t] as number);
        rho[t + 1] = (rho[t + 1] as number) + m1 * (open[t + 1] as number);
        t = s;
        rho[t - 1] = (rho[t - 1] as number) + m2 * (open[t - 1] as number);
        rho[t] = (rho[t] as number) + m4 * (open[t] as number);
        rho[t + 1] = (rho[t + 1] as number) + m2 * (open[t + 1] as number);
        t = s + gw;
        rho[t - 1] = (rho[t - 1] as number) + m1 * (open[t - 1] as number);
        rho[t] = (rho[t] as number) + m2 * (open[t] as number);
        rho[t + 1] = (rho[t + 1] as number) + m1 * (open[t + 1] as number);
      } else {
        const sx = s % gw;
        const sy = (s - sx) / gw;
        for (let dy = -1; dy <= 1; dy++) {
          const y = sy + dy;
          if (y < 0 || y >= gh) continue;
          for (let dx = -1; dx <= 1; dx++) {
            const x = sx + dx;
            if (x < 0 || x >= gw) continue;
            const t = y * gw + x;
            rho[t] = (rho[t] as number) + m * kernel(dx, dy) * (open[t] as number);
          }
        }
      }
    }
    let max = 0;
    let at = -1;
    // Some occupied cell (citizens or not) at contact density: crowd pressure is read around it.
    let contact = false;
    for (let k = 0; k < nOcc; k++) {
      const t = occupied[k] as number;
      const r = rho[t] as number;
      if (r >= RHO_CONTACT) contact = true;
      if ((counts[2 * t + 1] as number) > 0 && r > max) { max = r; at = t; }
    }
    this.maxRho = max;
    this.maxRhoCell = at;
    if (contact) this.markHot(nOcc);
    return max;
  }

  private markHot(nOcc: number): void {
    const { gw, gh, rho, occupied, flags, hotList } = this;
    for (let k = 0; k < nOcc; k++) {
      const t = occupied[k] as number;
      if ((rho[t] as number) < RHO_CONTACT) continue;
      const tx = t % gw;
      const ty = (t - tx) / gw;
      for (let y = ty - 1; y <= ty + 1; y++) {
        if (y < 0 || y >= gh) continue;
        for (let x = tx - 1; x <= tx + 1; x++) {
          if (x < 0 || x >= gw) continue;
          const c = y * gw + x;
          const f = flags[c] as number;
          if ((f & F_HOT) === 0) { flags[c] = f | F_HOT; hotList[this.nHot++] = c; }
        }
      }
    }
  }

  /** Smoothed density of citizens alone at cell c (officers excluded), gathered on demand. */
  citizenRho(c: number): number {
    const { gw, gh, counts, norm, open } = this;
    if (open[c] === 0) return 0;
    const cx = c % gw;
    const cy = (c - cx) / gw;
    let r = 0;
    for (let dy = -1; dy <= 1; dy++) {
      const y = cy + dy;
      if (y < 0 || y >= gh) continue;
      for (let dx = -1; dx <= 1; dx++) {
        const x = cx + dx;
        if (x < 0 || x >= gw) continue;
        const s = y * gw + x;
        const n = counts[2 * s + 1] as number;
        if (n > 0) r += n * (norm[s] as number) * kernel(dx, dy);
      }
    }
    return r;
  }
}

/** Kernel weight [1 2 1; 2 4 2; 1 2 1] (the /16 is folded into the per-cell normalisation). */
function kernel(dx: number, dy: number): number {
  return (dx === 0 ? 2 : 1) * (dy === 0 ? 2 : 1);
}
