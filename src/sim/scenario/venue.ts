// The venue of a scenario preset as grids (crowd-model.md §4.1, §7.3): a 0.5 m obstacle and exit mask,
// a 1 m grid of zones, the chamfer navigation fields (focal area, exits) and the bystanders' periphery band.
// Built once per run; only the dynamic fields are rebuilt when cordon lines change (at most once a tick).

import type { Rng } from '../rng';
import type { VenueInfo, VenueRect } from '../types';
import type { VenueSpec } from './venueSpecs';
import { ChamferSolver, DynamicField, NAV_INF, NavField, computeDirections } from './venueNav';

/** Obstacle-mask resolution: 0.5 m cells (§4.1). */
export const MASK_CELL = 0.5;
/** The focal area: 1 m cells whose centre lies within this many metres of the focal point. */
export const FOCAL_RADIUS = 3;
/** Bystanders' goal band, metres of walking distance from the focal point (§4.6). */
export const PERIPHERY_MIN = 15;
export const PERIPHERY_MAX = 30;
/** Periphery codes per 1 m cell: too near the focal point, in the band, too far, or no way there. */
export const Band = { NEAR: 0, IN: 1, FAR: 2, NONE: 3 } as const;
/**
 * Per 1 m cell flag bits, packed in one byte so the movers' hot loop reads one array: an obstacle or the
 * venue edge within 2 m; an exit within 2 m; a cordon line within 2 m (kept by the cordons); the cell
 * enters a crowd-pressure reading this sub-step (kept by the density grid); the periphery band code
 * (Band, two bits from BAND_SHIFT).
 */
export const CellFlag = { NEAR_WALL: 1, NEAR_EXIT: 2, NEAR_LINE: 4, HOT: 8 } as const;
export const BAND_SHIFT = 4;
/** A 1.5 m step plus a cordon displacement stays within this margin of the cell it starts in. */
const NEAR_MARGIN = 2;
/** Clearance kept between parked vehicles so that people can walk between them (◇). */
const VEHICLE_CLEARANCE = 1;
const VEHICLE_TRIES = 200;

export class Venue {
  readonly spec: VenueSpec;
  readonly width: number;
  readonly height: number;
  /** 0.5 m mask: mw × mh cells; obstacle 1 = wall or vehicle; exitId k + 1 = inside spec.exits[k]. */
  readonly mw: number;
  readonly mh: number;
  readonly obstacle: Uint8Array;
  readonly exitId: Uint8Array;
  /** 1 m grid: gw × gh cells. */
  readonly gw: number;
  readonly gh: number;
  readonly cells: number;
  /** Zone index per 1 m cell, −1 outside every zone (first matching zone in spec order). */
  readonly zone: Int8Array;
  /** 1 m cells closed for navigation: at least half of their mask cells are obstacles. */
  readonly navBlocked: Uint8Array;
  /** 1 m cells entirely inside obstacles: they receive no density (nobody can stand there). */
  readonly solid: Uint8Array;
  /** 1 m cells that hold part of an exit. */
  readonly exitCell: Uint8Array;
  /** navBlocked plus the cells of closed cordon lines, as of the last rebuild. */
  readonly dynBlocked: Uint8Array;
  /** Fields around walls and vehicles only; and the same with cordon lines (dynamic, lazy directions). */
  readonly focalStatic: NavField;
  readonly exitStatic: NavField;
  readonly focal: DynamicField;
  readonly exit: DynamicField;
  /** CellFlag bits per 1 m cell: movers near nothing skip the sweeps, the exit test and line clipping. */
  readonly flags: Uint8Array;
  /** Band code per 1 m cell by walking distance from the focal point (static obstacles). */
  readonly periphery: Uint8Array;
  readonly vehicles: readonly VenueRect[];
  readonly info: VenueInfo;
  readonly solver: ChamferSolver;
  private readonly focalSeeds: Int32Array;
  private readonly exitSeeds: Int32Array;

  constructor(spec: VenueSpec, vehicles: readonly VenueRect[]) {
    this.spec = spec;
    this.width = spec.width;
    this.height = spec.height;
    this.vehicles = vehicles;
    this.mw = Math.ceil(spec.width / MASK_CELL);
    this.mh = Math.ceil(spec.height / MASK_CELL);
    this.obstacle = new Uint8Array(this.mw * this.mh);
    this.exitId = new Uint8Array(this.mw * this.mh);
    for (const r of spec.obstacles) this.paintMask(this.obstacle, r, 1);
    for (const r of vehicles) this.paintMask(this.obstacle, r, 1);
    spec.exits.forEach((r, k) => this.paintMask(this.exitId, r, k + 1));

    const gw = (this.gw = Math.ceil(spec.width));
    const gh = (this.gh = Math.ceil(spec.height));
    const cells = (this.cells = gw * gh);
    this.zone = new Int8Array(cells).fill(-1);
    this.navBlocked = new Uint8Array(cells);
    this.solid = new Uint8Array(cells);
    this.exitCell = new Uint8Array(cells);
    for (let cy = 0; cy < gh; cy++) {
      for (let cx = 0; cx < gw; cx++) {
        const c = cy * gw + cx;
        let blocked = 0;
        let exits = 0;
        for (let k = 0; k < 4; k++) {
          const mx = 2 * cx + (k & 1);
          const my = 2 * cy + (k >> 1);
          if (mx >= this.mw || my >= this.mh) { blocked++; continue; }
          blocked += this.obstacle[my * this.mw + mx] as number;
          if ((this.exitId[my * this.mw + mx] as number) > 0) exits++;
        }
        this.navBlocked[c] = blocked >= 2 ? 1 : 0;
        this.solid[c] = blocked === 4 ? 1 : 0;
        this.exitCell[c] = exits > 0 ? 1 : 0;
        const px = cx + 0.5;
        const py = cy + 0.5;
        for (let z = 0; z < spec.zones.length; z++) {
          const r = spec.zones[z]!.rect;
          if (px >= r.x0 && px < r.x1 && py >= r.y0 && py < r.y1) { this.zone[c] = z; break; }
        }
      }
    }
    this.dynBlocked = this.navBlocked.slice();

    // Seeds: the focal area (free cells within FOCAL_RADIUS of the focal point) and the exit cells.
    const fs: number[] = [];
    const es: number[] = [];
    for (let c = 0; c < cells; c++) {
      const cx = c % gw;
      const cy = (c - cx) / gw;
      const dx = cx + 0.5 - spec.focal.x;
      const dy = cy + 0.5 - spec.focal.y;
      if (this.navBlocked[c] === 0 && dx * dx + dy * dy <= FOCAL_RADIUS * FOCAL_RADIUS) fs.push(c);
      if (this.exitCell[c] === 1) es.push(c);
    }
    if (fs.length === 0) fs.push(this.cellOf(spec.focal.x, spec.focal.y));
    this.focalSeeds = Int32Array.from(fs);
    this.exitSeeds = Int32Array.from(es);

    this.solver = new ChamferSolver(gw, gh);
    this.focalStatic = new NavField(cells);
    this.exitStatic = new NavField(cells);
    this.solveField(this.focalStatic, this.navBlocked, this.focalSeeds, false);
    this.solveField(this.exitStatic, this.navBlocked, this.exitSeeds, true);
    this.focal = new DynamicField(this.focalStatic, this.dynBlocked, gw, gh);
    this.exit = new DynamicField(this.exitStatic, this.dynBlocked, gw, gh);
    this.flags = this.nearFlags();

    this.periphery = new Uint8Array(cells);
    for (let c = 0; c < cells; c++) {
      const d = this.focalStatic.dist[c] as number;
      // Chamfer units are 2 per metre orthogonally (≈ 2.12 per metre diagonally): d/2 ≈ metres.
      const m = d / 2;
      this.periphery[c] = d >= NAV_INF ? Band.NONE : m < PERIPHERY_MIN ? Band.NEAR : m <= PERIPHERY_MAX ? Band.IN : Band.FAR;
      this.flags[c] = (this.flags[c] as number) | ((this.periphery[c] as number) << BAND_SHIFT);
    }

    this.info = {
      width: spec.width,
      height: spec.height,
      obstacles: [...spec.obstacles, ...vehicles],
      zones: spec.zones.map((z) => ({ name: z.name, rect: z.rect })),
      focal: { x: spec.focal.x, y: spec.focal.y },
      address: { x: spec.address.x, y: spec.address.y },
      exits: spec.exits.slice(),
    };
  }

  /** Index of the 1 m cell holding (x, y), clamped to the grid. */
  cellOf(x: number, y: number): number {
    let cx = Math.floor(x);
    let cy = Math.floor(y);
    cx = cx < 0 ? 0 : cx >= this.gw ? this.gw - 1 : cx;
    cy = cy < 0 ? 0 : cy >= this.gh ? this.gh - 1 : cy;
    return cy * this.gw + cx;
  }

  /** Zone index at (x, y), −1 outside every zone or outside the venue. */
  zoneAt(x: number, y: number): number {
    if (!(x >= 0 && y >= 0 && x < this.width && y < this.height)) return -1;
    return this.zone[Math.floor(y) * this.gw + Math.floor(x)] as number;
  }

  /** True outside the venue or inside a wall or vehicle (0.5 m mask). */
  isBlocked(x: number, y: number): boolean {
    if (!(x >= 0 && y >= 0 && x < this.width && y < this.height)) return true;
    return this.obstacle[Math.floor(y / MASK_CELL) * this.mw + Math.floor(x / MASK_CELL)] === 1;
  }

  /** Exit index at (x, y), −1 when not inside an exit. */
  exitAt(x: number, y: number): number {
    if (!(x >= 0 && y >= 0 && x < this.width && y < this.height)) return -1;
    return (this.exitId[Math.floor(y / MASK_CELL) * this.mw + Math.floor(x / MASK_CELL)] as number) - 1;
  }

  /** Rebuilds the dynamic fields with the given 1 m cells (closed cordon lines) as extra obstacles. */
  rebuildNav(lineCells: Int32Array, n: number): void {
    this.dynBlocked.set(this.navBlocked);
    for (let k = 0; k < n; k++) this.dynBlocked[lineCells[k] as number] = 1;
    this.solver.solve(this.dynBlocked, this.focalSeeds, this.focalSeeds.length, this.focal.dist);
    this.solver.solve(this.dynBlocked, this.exitSeeds, this.exitSeeds.length, this.exit.dist);
    this.focal.renew(this.dynBlocked);
    this.exit.renew(this.dynBlocked);
  }

  /** Walking direction towards the focal area (k = 0) or the exits (k = 1) in cell c, into out[o…o+1]. */
  directionAt(k: 0 | 1, c: number, out: Float64Array, o: number): void {
    const f = k === 0 ? this.focal : this.exit;
    if (f.dir[3 * c + 2] !== f.version) f.fill(c);
    out[o] = f.dir[3 * c] as number;
    out[o + 1] = f.dir[3 * c + 1] as number;
  }

  /** CellFlag bits from prefix sums of the mask over each cell's ±2 m window (outside = obstacle). */
  private nearFlags(): Uint8Array {
    const { mw, mh, gw, gh } = this;
    const W = mw + 1;
    const obs = new Int32Array(W * (mh + 1));
    const ext = new Int32Array(W * (mh + 1));
    for (let my = 0; my < mh; my++) {
      for (let mx = 0; mx < mw; mx++) {
        const k = (my + 1) * W + mx + 1;
        obs[k] = (this.obstacle[my * mw + mx] as number) + (obs[k - 1] as number) + (obs[k - W] as number) - (obs[k - W - 1] as number);
        ext[k] = ((this.exitId[my * mw + mx] as number) > 0 ? 1 : 0) + (ext[k - 1] as number) + (ext[k - W] as number) - (ext[k - W - 1] as number);
      }
    }
    const m = NEAR_MARGIN / MASK_CELL;
    const flags = new Uint8Array(gw * gh);
    for (let cy = 0; cy < gh; cy++) {
      for (let cx = 0; cx < gw; cx++) {
        const x0 = 2 * cx - m;
        const x1 = 2 * cx + 2 + m;
        const y0 = 2 * cy - m;
        const y1 = 2 * cy + 2 + m;
        let f = 0;
        if (x0 < 0 || y0 < 0 || x1 > mw || y1 > mh) f |= CellFlag.NEAR_WALL;
        const a = Math.max(0, x0);
        const b = Math.min(mw, x1);
        const c = Math.max(0, y0);
        const d = Math.min(mh, y1);
        const sum = (t: Int32Array): number => (t[d * W + b] as number) - (t[c * W + b] as number) - (t[d * W + a] as number) + (t[c * W + a] as number);
        if (sum(obs) > 0) f |= CellFlag.NEAR_WALL;
        if (sum(ext) > 0) f |= CellFlag.NEAR_EXIT;
        flags[cy * gw + cx] = f;
      }
    }
    return flags;
  }

  private solveField(f: NavField, blocked: Uint8Array, seeds: Int32Array, exits: boolean): void {
    this.solver.solve(blocked, seeds, seeds.length, f.dist);
    computeDirections(f, blocked, this.gw, this.gh);
    if (!exits) return;
    // Inside an exit cell the field is flat: point at the exit strip itself so walkers step out.
    for (let k = 0; k < seeds.length; k++) {
      const c = seeds[k] as number;
      const cx = c % this.gw;
      const cy = (c - cx) / this.gw;
      let sx = 0;
      let sy = 0;
      for (let q = 0; q < 4; q++) {
        const mx = 2 * cx + (q & 1);
        const my = 2 * cy + (q >> 1);
        if (mx < this.mw && my < this.mh && (this.exitId[my * this.mw + mx] as number) > 0) {
          sx += (q & 1) - 0.5;
          sy += (q >> 1) - 0.5;
        }
      }
      const m = Math.sqrt(sx * sx + sy * sy);
      f.dirX[c] = m > 0 ? sx / m : 0;
      f.dirY[c] = m > 0 ? sy / m : 0;
    }
  }

  /** Marks mask cells whose centre lies inside r. */
  private paintMask(mask: Uint8Array, r: VenueRect, v: number): void {
    const x0 = Math.max(0, Math.floor(r.x0 / MASK_CELL));
    const x1 = Math.min(this.mw - 1, Math.ceil(r.x1 / MASK_CELL));
    const y0 = Math.max(0, Math.floor(r.y0 / MASK_CELL));
    const y1 = Math.min(this.mh - 1, Math.ceil(r.y1 / MASK_CELL));
    for (let my = y0; my <= y1; my++) {
      const py = (my + 0.5) * MASK_CELL;
      if (py < r.y0 || py >= r.y1) continue;
      for (let mx = x0; mx <= x1; mx++) {
        const px = (mx + 0.5) * MASK_CELL;
        if (px >= r.x0 && px < r.x1) mask[my * this.mw + mx] = v;
      }
    }
  }
}

/** Places the preset's parked vehicles with the population stream, without overlaps, and builds the venue. */
export function buildVenue(spec: VenueSpec, populationRng: Rng): Venue {
  const vehicles: VenueRect[] = [];
  const v = spec.vehicles;
  if (v) {
    const a = v.area;
    for (let k = 0; k < v.count; k++) {
      for (let t = 0; t < VEHICLE_TRIES; t++) {
        const x0 = a.x0 + populationRng.uniform() * (a.x1 - a.x0 - v.w);
        const y0 = a.y0 + populationRng.uniform() * (a.y1 - a.y0 - v.h);
        const r = { x0, y0, x1: x0 + v.w, y1: y0 + v.h };
        let free = true;
        for (const q of vehicles) {
          if (r.x0 < q.x1 + VEHICLE_CLEARANCE && q.x0 < r.x1 + VEHICLE_CLEARANCE &&
              r.y0 < q.y1 + VEHICLE_CLEARANCE && q.y0 < r.y1 + VEHICLE_CLEARANCE) { free = false; break; }
        }
        if (free) { vehicles.push(r); break; }
      }
    }
  }
  return new Venue(spec, vehicles);
}
