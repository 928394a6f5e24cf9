// Officers walking to their stations (crowd-model.md §4.6 point 5): the citizens' kinematics (Weidmann
// speed from the citizens' density, 1.5 m cap, mask clipping), straight when the way is clear, otherwise
// along a route of a few waypoints planned once per target on a cached chamfer field. Cordon lines do not
// stop officers. Route state is saved with the run because replanning times shape the paths.

import { weidmannSpeed } from '../detMath';
import type { Officers } from './citizens';
import { isLineOfficer, type Cordons } from './physicalCordon';
import type { DensityGrid } from './physicalDensity';
import type { PhysicalTickResult } from './physicalResult';
import { MOVE_EPS, NOT_BLOCKED, blockedX, blockedY, lineOfSight } from './physicalMove';
import { MASK_CELL, type Venue } from './venue';
import { NAV_INF } from './venueNav';

export const MAX_WAYPOINTS = 12;
const FIELD_CACHE = 4;
const ARRIVE = 0.3;
/** Officers walking in file: at most this many step into one 1 m cell (◇). */
const FILE_LIMIT = 2;
const MAX_STEP = 1.5;
const INV_MASK = 1 / MASK_CELL;
const NDX = [1, -1, 0, 0, 1, -1, 1, -1] as const;
const NDY = [0, 0, 1, -1, 1, 1, -1, -1] as const;

/** Incursions by one officer count at most once per this many ticks (◇). */
export const INCURSION_COOLDOWN = 5;

/** Officers this close to their entry point are still at the door, not yet in the crowd (◇). */
export const ENTRY_RADIUS = 2;

/**
 * Whether officer j takes up room in the crowd: on site and more than 2 m from its entry point. A group
 * just deployed waits at the entry (inside the building or vehicle) and files out; counting it there
 * would read as a crush of police in one square metre.
 */
export function onGround(o: Officers, j: number): boolean {
  if ((o.status[j] as number) > 2) return false;
  const dx = (o.x[j] as number) - (o.ex[j] as number);
  const dy = (o.y[j] as number) - (o.ey[j] as number);
  return dx * dx + dy * dy > ENTRY_RADIUS * ENTRY_RADIUS;
}

export class OfficerMover {
  /** Tick of each officer's last incursion (state: saved with the run). */
  readonly lastIncursion: Int32Array;
  /** Each officer's 1 m cell at the start of the sub-step, before lines and officers moved. */
  private readonly startCell: Int32Array;
  /** Route state per officer: target cell it was planned for (−1 = replan), waypoints and progress. */
  readonly routeCell: Int32Array;
  readonly wpN: Uint8Array;
  readonly wpI: Uint8Array;
  readonly wpX: Float64Array;
  readonly wpY: Float64Array;
  private readonly venue: Venue;
  private readonly cacheKey = new Int32Array(FIELD_CACHE).fill(-1);
  private readonly cacheField: Int32Array[] = [];
  private cacheNext = 0;
  private readonly seed = new Int32Array(1);
  private readonly path: Int32Array;
  /** Officers per 1 m cell during a move, and the cells that hold some. */
  private readonly ocount: Int32Array;
  private readonly occ: Int32Array;
  private nOcc = 0;
  /**
   * Officers are kept MOVE_EPS inside the venue rectangle: lowest x or y, highest x, highest y. A typed
   * array, because `move` must read them as plain doubles: a constant or field can reach optimised code
   * as a tagged value, and a conditional that can yield it has V8 box its result on the heap (two heap
   * numbers per officer per sub-step).
   */
  private readonly bounds = new Float64Array(3);
  /** Target of the officer being moved (scratch). */
  private tx = 0;
  private ty = 0;

  constructor(venue: Venue, capacity: number) {
    this.venue = venue;
    this.bounds[0] = MOVE_EPS;
    this.bounds[1] = venue.width - MOVE_EPS;
    this.bounds[2] = venue.height - MOVE_EPS;
    this.routeCell = new Int32Array(capacity).fill(-1);
    this.lastIncursion = new Int32Array(capacity).fill(-1000000);
    this.startCell = new Int32Array(capacity);
    this.wpN = new Uint8Array(capacity);
    this.wpI = new Uint8Array(capacity);
    this.wpX = new Float64Array(capacity * MAX_WAYPOINTS);
    this.wpY = new Float64Array(capacity * MAX_WAYPOINTS);
    for (let k = 0; k < FIELD_CACHE; k++) this.cacheField.push(new Int32Array(venue.cells));
    this.path = new Int32Array(venue.cells);
    this.ocount = new Int32Array(venue.cells);
    this.occ = new Int32Array(venue.cells);
  }

  /**
   * Moves every officer on site one 1 s sub-step; withdrawing officers that reach their entry are gone.
   * Officers file in: nobody steps into a 1 m cell already holding two officers (unless it is where they
   * are going, or their own cell is fuller), so a group entering at one point leaves it as a column
   * instead of walking through the crowd as one heap. `clock` (the sub-step count) lets one in four
   * blocked steps through so that two columns meeting head-on cannot lock.
   */
  move(o: Officers, cordons: Cordons, density: DensityGrid, clock: number): void {
    const v = this.venue;
    const oc = this.ocount;
    const lo = this.bounds[0] as number;
    const hiX = this.bounds[1] as number;
    const hiY = this.bounds[2] as number;
    for (let k = 0; k < this.nOcc; k++) oc[this.occ[k] as number] = 0;
    this.nOcc = 0;
    for (let j = 0; j < o.used; j++) {
      if ((o.status[j] as number) > 2) continue;
      const c = v.cellOf(o.x[j] as number, o.y[j] as number);
      if (oc[c] === 0) this.occ[this.nOcc++] = c;
      oc[c] = (oc[c] as number) + 1;
    }
    for (let j = 0; j < o.used; j++) {
      const st = o.status[j] as number;
      if (st > 2) continue;
      let x = o.x[j] as number;
      let y = o.y[j] as number;
      x = x < lo ? lo : x > hiX ? hiX : x;
      y = y < lo ? lo : y > hiY ? hiY : y;
      if (st !== 0) { this.tx = o.ex[j] as number; this.ty = o.ey[j] as number; }
      else if (isLineOfficer(o, j, cordons.nz)) {
        cordons.slotPosition(o.zone[j] as number, o.slot[j] as number);
        this.tx = cordons.px;
        this.ty = cordons.py;
      } else { this.tx = o.sx[j] as number; this.ty = o.sy[j] as number; }
      const tc = v.cellOf(this.tx, this.ty);
      if (tc !== this.routeCell[j]) this.plan(j, x, y, tc, st !== 0);
      let wx = this.tx;
      let wy = this.ty;
      while ((this.wpI[j] as number) < (this.wpN[j] as number)) {
        const k = j * MAX_WAYPOINTS + (this.wpI[j] as number);
        wx = this.wpX[k] as number;
        wy = this.wpY[k] as number;
        if ((wx - x) * (wx - x) + (wy - y) * (wy - y) > ARRIVE * ARRIVE) break;
        this.wpI[j] = (this.wpI[j] as number) + 1;
        // A truncated route is replanned from its last waypoint.
        if (this.wpI[j] === MAX_WAYPOINTS) this.routeCell[j] = -1;
        wx = this.tx;
        wy = this.ty;
      }
      const dx = wx - x;
      const dy = wy - y;
      const d = Math.sqrt(dx * dx + dy * dy);
      if (d > 1e-9) {
        const c0 = v.cellOf(x, y);
        let step = weidmannSpeed(density.citizenRho(c0));
        if (step > d) step = d;
        if (step > MAX_STEP) step = MAX_STEP;
        // sweepX then sweepY (physicalMove), written out around the integer mask walk: this loop is past
        // V8's inlining budget, and a call it does not inline boxes its floating-point arguments.
        const wantX = x + (dx / d) * step;
        let nx = wantX;
        const my = Math.floor(y * INV_MASK);
        if (my < 0 || my >= v.mh) nx = x;
        else {
          const m = blockedX(v, my, Math.floor(x * INV_MASK), Math.floor(wantX * INV_MASK));
          if (m !== NOT_BLOCKED) nx = wantX > x ? m * MASK_CELL - MOVE_EPS : (m + 1) * MASK_CELL + MOVE_EPS;
        }
        const wantY = y + (dy / d) * step;
        let ny = wantY;
        const mx = Math.floor(nx * INV_MASK);
        if (mx < 0 || mx >= v.mw) ny = y;
        else {
          const m = blockedY(v, mx, Math.floor(y * INV_MASK), Math.floor(wantY * INV_MASK));
          if (m !== NOT_BLOCKED) ny = wantY > y ? m * MASK_CELL - MOVE_EPS : (m + 1) * MASK_CELL + MOVE_EPS;
        }
        const c1 = v.cellOf(nx, ny);
        const full = c1 !== c0 && c1 !== tc && (oc[c1] as number) >= FILE_LIMIT &&
          (oc[c1] as number) >= (oc[c0] as number) && ((clock + j) & 3) !== 0;
        if (!full) {
          x = nx;
          y = ny;
          if (c1 !== c0) {
            oc[c0] = (oc[c0] as number) - 1;
            if (oc[c1] === 0) this.occ[this.nOcc++] = c1;
            oc[c1] = (oc[c1] as number) + 1;
          }
        }
      }
      o.x[j] = x;
      o.y[j] = y;
      if (st === 2) {
        const ex = (o.ex[j] as number) - x;
        const ey = (o.ey[j] as number) - y;
        if (ex * ex + ey * ey <= ARRIVE * ARRIVE) o.status[j] = 3;
      }
    }
  }

  markStartCells(o: Officers): void {
    for (let j = 0; j < o.used; j++) this.startCell[j] = this.venue.cellOf(o.x[j] as number, o.y[j] as number);
  }

  /**
   * Incursions (§4.4 B4, D6): a cordon officer of a line that is forming or advancing steps into a new
   * 1 m cell where citizens stand at ρ ≥ 1 (officers excluded from that density).
   */
  detectIncursions(o: Officers, cd: Cordons, density: DensityGrid, tick: number, out: PhysicalTickResult): void {
    const v = this.venue;
    for (let j = 0; j < o.used; j++) {
      if (!isLineOfficer(o, j, cd.nz)) continue;
      const z = o.zone[j] as number;
      const forming = (cd.slotted[z] as number) > 0 && cd.filled[z] === 0;
      if (!forming && cd.advanced[z] === 0) continue;
      const cell = v.cellOf(o.x[j] as number, o.y[j] as number);
      if (cell === this.startCell[j] || density.citizenRho(cell) < 1) continue;
      if (tick - (this.lastIncursion[j] as number) < INCURSION_COOLDOWN) continue;
      this.lastIncursion[j] = tick;
      const n = out.incursions++;
      if (n < out.incursionX.length) {
        out.incursionX[n] = o.x[j] as number;
        out.incursionY[n] = o.y[j] as number;
        out.incursionOfficer[n] = j;
      }
    }
  }

  /** Plans officer j's way to the current target: straight if clear, else string-pulled along a field. */
  private plan(j: number, x: number, y: number, tc: number, toEntry: boolean): void {
    const v = this.venue;
    this.routeCell[j] = tc;
    this.wpN[j] = 0;
    this.wpI[j] = 0;
    if (lineOfSight(v, x, y, this.tx, this.ty)) return;
    // Officers walking back share their entry as the field's source; officers deployed together share
    // their start cell. Either way one field serves a whole group.
    const oc = v.cellOf(x, y);
    const src = toEntry ? tc : oc;
    const dst = toEntry ? oc : tc;
    const field = this.field(src);
    if ((field[dst] as number) >= NAV_INF) return;
    // Trace dst → src by steepest descent.
    const gw = v.gw;
    let n = 0;
    let c = dst;
    this.path[n++] = c;
    while ((field[c] as number) > 0 && n < this.path.length) {
      const cx = c % gw;
      const cy = (c - cx) / gw;
      let best = c;
      let bd = field[c] as number;
      for (let k = 0; k < 8; k++) {
        const nx = cx + (NDX[k] as number);
        const ny = cy + (NDY[k] as number);
        if (nx < 0 || ny < 0 || nx >= gw || ny >= v.gh) continue;
        const q = ny * gw + nx;
        if ((field[q] as number) < bd) { bd = field[q] as number; best = q; }
      }
      if (best === c) break;
      c = best;
      this.path[n++] = c;
    }
    // Walk the path from the officer's end; keep a waypoint wherever the straight view breaks.
    const fromEnd = !toEntry;
    let ax = x;
    let ay = y;
    let w = 0;
    let prevX = x;
    let prevY = y;
    for (let k = 1; k <= n && w < MAX_WAYPOINTS; k++) {
      let px: number;
      let py: number;
      if (k === n) { px = this.tx; py = this.ty; }
      else {
        const cell = this.path[fromEnd ? n - 1 - k : k] as number;
        const cx = cell % gw;
        px = cx + 0.5;
        py = (cell - cx) / gw + 0.5;
      }
      if (!lineOfSight(v, ax, ay, px, py)) {
        this.wpX[j * MAX_WAYPOINTS + w] = prevX;
        this.wpY[j * MAX_WAYPOINTS + w] = prevY;
        w++;
        ax = prevX;
        ay = prevY;
      }
      prevX = px;
      prevY = py;
    }
    this.wpN[j] = w;
  }

  /** Chamfer distances from cell src over walls and vehicles, from a small cache. */
  private field(src: number): Int32Array {
    for (let k = 0; k < FIELD_CACHE; k++) if (this.cacheKey[k] === src) return this.cacheField[k]!;
    const k = this.cacheNext;
    this.cacheNext = (k + 1) % FIELD_CACHE;
    this.cacheKey[k] = src;
    this.seed[0] = src;
    const f = this.cacheField[k]!;
    this.venue.solver.solve(this.venue.navBlocked, this.seed, 1, f);
    return f;
  }
}
