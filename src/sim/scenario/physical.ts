// The physical layer of the scenario presets (crowd-model.md §4.6): K = 10 sub-steps of 1 s per social
// tick — density, navigation, steering, clipped movement, cordons, officers, exits, crowd pressure, falls
// and flow. O(cells + N) per sub-step, no allocation per tick; draws only from the `physical` stream.

import type { Rng } from '../rng';
import type { Fnv1a } from '../stateHash';
import type { Citizens, Officers } from './citizens';
import { Cordons, isLineOfficer } from './physicalCordon';
import { DensityGrid } from './physicalDensity';
import { Kettles } from './physicalKettle';
import { OfficerMover } from './physicalOfficers';
import {
  FLOW_LIMIT, resetPhysicalTickResult,
  type CordonLineInfo, type PhysicalTickResult,
} from './physicalResult';
import { moveCitizens } from './physicalSteer';
import type { Venue } from './venue';

export { createPhysicalTickResult, createCordonLineInfo } from './physicalResult';
export type { PhysicalTickResult, CordonLineInfo } from './physicalResult';

export const SUB_STEPS = 10;
/** Fruin/Still: potentially dangerous crowd forces; critical (standing). */
export const RHO_DANGER = 5.55;
export const RHO_CRITICAL = 7.1;
/** Fall probability per sub-step at ρ ≥ 5.55 (◇), ×3 in turbulence, ×3 at ρ ≥ 7.1, ×3 if vulnerable. */
export const FALL_P = 2e-4;
/** Incursions by one officer count at most once per this many ticks (◇). */
export const INCURSION_COOLDOWN = 5;
const TURBULENCE_SUBSTEPS = 3;
/** Officers this close to their entry point are still at the door, not yet in the crowd (◇). */
export const ENTRY_RADIUS = 2;

/** The lead's minimal cordon-line view (extra fields are filled when present). */
export type CordonLineOut = Pick<CordonLineInfo, 'ax' | 'ay' | 'bx' | 'by' | 'officers'> & Partial<CordonLineInfo>;

/** Saved physical state: everything that changes and is not derived from positions. */
export interface PhysicalState {
  tick: number;
  turbCount: number;
  progress: Float64Array;
  lastIncursion: Int32Array;
  routeCell: Int32Array;
  wpN: Uint8Array;
  wpI: Uint8Array;
  wpX: Float64Array;
  wpY: Float64Array;
}

export class Physical {
  readonly venue: Venue;
  readonly c: Citizens;
  readonly o: Officers;
  readonly density: DensityGrid;
  readonly cordons: Cordons;
  readonly kettles: Kettles;
  readonly mover: OfficerMover;
  /** Positions at the start of the last sub-step (the renderer interpolates towards the current ones). */
  readonly prevX: Float64Array;
  readonly prevY: Float64Array;
  readonly prevOX: Float64Array;
  readonly prevOY: Float64Array;
  /** Each citizen's 1 m cell when density was counted this sub-step (−1 absent). */
  readonly cellOf: Int32Array;
  /** Fallen this tick (carried out at its end). */
  readonly fallen: Uint8Array;
  private tick = 0;
  private turbCount = 0;
  private readonly lastIncursion: Int32Array;
  private readonly startCellO: Int32Array;
  private readonly fallenList: Int32Array;
  private nFallen = 0;
  private readonly lineCells: Int32Array;
  private readonly lastLineCells: Int32Array;
  private nLastLine = -1;
  private readonly flowSum: Float64Array;
  private readonly exitCount: Int32Array;
  private readonly exitWidth: Float64Array;

  constructor(venue: Venue, citizens: Citizens, officers: Officers) {
    this.venue = venue;
    this.c = citizens;
    this.o = officers;
    this.density = new DensityGrid(venue);
    this.cordons = new Cordons(venue, officers.capacity);
    this.kettles = new Kettles(venue, this.cordons);
    this.mover = new OfficerMover(venue, officers.capacity);
    const n = citizens.capacity;
    this.prevX = new Float64Array(n);
    this.prevY = new Float64Array(n);
    this.cellOf = new Int32Array(n).fill(-1);
    this.fallen = new Uint8Array(n);
    this.fallenList = new Int32Array(n);
    const m = officers.capacity;
    this.prevOX = new Float64Array(m);
    this.prevOY = new Float64Array(m);
    this.lastIncursion = new Int32Array(m).fill(-1000000);
    this.startCellO = new Int32Array(m);
    this.lineCells = new Int32Array(venue.cells);
    this.lastLineCells = new Int32Array(venue.cells);
    this.flowSum = new Float64Array(this.cordons.nz);
    const ex = venue.spec.exits;
    this.exitCount = new Int32Array(ex.length);
    this.exitWidth = Float64Array.from(ex.map((r) => Math.max(r.x1 - r.x0, r.y1 - r.y0)));
    this.refresh();
  }

  /** One social tick: K sub-steps of Δt_p = 1 s. */
  step(rng: Rng, out: PhysicalTickResult): void {
    resetPhysicalTickResult(out);
    this.tick++;
    this.flowSum.fill(0);
    this.exitCount.fill(0);
    for (let k = 0; k < SUB_STEPS; k++) this.subStep(k, rng, out);
    // Fallers are carried out at the end of the tick.
    for (let k = 0; k < this.nFallen; k++) {
      const i = this.fallenList[k] as number;
      this.fallen[i] = 0;
      this.c.state[i] = 4;
      this.c.vx[i] = 0;
      this.c.vy[i] = 0;
    }
    this.nFallen = 0;
    this.finishFlows(out);
    this.refresh();
  }

  private subStep(k: number, rng: Rng, out: PhysicalTickResult): void {
    const { c, o, venue, density, cordons } = this;
    if (k === SUB_STEPS - 1) {
      for (let i = 0; i < c.used; i++) { this.prevX[i] = c.x[i] as number; this.prevY[i] = c.y[i] as number; }
      for (let j = 0; j < o.used; j++) { this.prevOX[j] = o.x[j] as number; this.prevOY[j] = o.y[j] as number; }
    }

    // 1. Density: a fresh count at the first sub-step (the social phases moved and removed people since),
    // then the counts gathered while people moved in the previous sub-step.
    let rhoMax: number;
    if (k === 0) rhoMax = this.countDensity();
    else {
      density.swap();
      rhoMax = density.smooth();
    }
    if (rhoMax > out.maxDensity) {
      out.maxDensity = rhoMax;
      const cell = density.maxRhoCell;
      const cx = cell % venue.gw;
      out.maxDensityX = cx + 0.5;
      out.maxDensityY = (cell - cx) / venue.gw + 0.5;
      out.maxDensityZone = venue.zone[cell] as number;
    }

    // 2. Cordon lines as they stand; navigation fields follow them at the first sub-step only.
    cordons.measure(o);
    if (k === 0) this.rebuildNavIfChanged();
    for (let j = 0; j < o.used; j++) this.startCellO[j] = venue.cellOf(o.x[j] as number, o.y[j] as number);
    cordons.advance(c, o, density, venue);
    cordons.prepare();

    // 3–4, 6. Citizens steer and move; exits.
    cordons.crossings.fill(0);
    out.exited += moveCitizens(this, rng, this.exitCount, this.turbCount >= TURBULENCE_SUBSTEPS, out);
    for (let z = 0; z < cordons.nz; z++) {
      const n = cordons.crossings[z] as number;
      if (n === 0) continue;
      const open = (cordons.len[z] as number) - (cordons.closedLen[z] as number);
      if (open >= 0.5) this.flowSum[z] = (this.flowSum[z] as number) + n / open;
    }

    // 5. Officers.
    this.mover.move(o, cordons, density, this.tick * SUB_STEPS + k);
    this.detectIncursions(out);
    for (let j = 0; j < o.used; j++) {
      if (this.onGround(j)) density.addNext(venue.cellOf(o.x[j] as number, o.y[j] as number), false);
    }

    // 7. Crowd pressure and the turbulence alert (falls, point 8, happen in the citizens' pass with the
    // alert as it stood at the start of the sub-step).
    const wasAlert = this.turbCount >= TURBULENCE_SUBSTEPS;
    this.turbCount = density.pressureAlert() ? this.turbCount + 1 : 0;
    const alert = this.turbCount >= TURBULENCE_SUBSTEPS;
    if (density.maxPressure > out.maxPressure) {
      out.maxPressure = density.maxPressure;
      const cell = density.maxPressureCell;
      const cx = cell % venue.gw;
      out.turbulenceX = cx + 0.5;
      out.turbulenceY = (cell - cx) / venue.gw + 0.5;
    }
    if (alert) out.turbulence = true;
    if (alert && !wasAlert) out.turbulenceStarted = true;
  }

  /** Counts citizens and officers on site into the density grid and smooths it; returns the peak. */
  private countDensity(): number {
    const { c, o, venue, density } = this;
    const { state, x, y } = c;
    const { counts, occupied } = density;
    const gw = venue.gw;
    const gh = venue.gh;
    density.clear();
    density.clearNext();
    let nOcc = 0;
    for (let i = 0; i < c.used; i++) {
      if ((state[i] as number) > 2) { this.cellOf[i] = -1; continue; }
      let cx = Math.floor(x[i] as number);
      let cy = Math.floor(y[i] as number);
      cx = cx < 0 ? 0 : cx >= gw ? gw - 1 : cx;
      cy = cy < 0 ? 0 : cy >= gh ? gh - 1 : cy;
      const cell = cy * gw + cx;
      this.cellOf[i] = cell;
      const n = counts[2 * cell] as number;
      if (n === 0) occupied[nOcc++] = cell;
      counts[2 * cell] = n + 1;
      counts[2 * cell + 1] = (counts[2 * cell + 1] as number) + 1;
    }
    density.nOcc = nOcc;
    for (let j = 0; j < o.used; j++) {
      if (!this.onGround(j)) continue;
      density.add(venue.cellOf(o.x[j] as number, o.y[j] as number), false);
    }
    return density.smooth();
  }

  /**
   * Whether officer j takes up room in the crowd: on site and more than 2 m from its entry point. A group
   * just deployed waits at the entry (inside the building or vehicle) and files out; counting it there
   * would read as a crush of police in one square metre.
   */
  private onGround(j: number): boolean {
    const o = this.o;
    if ((o.status[j] as number) > 2) return false;
    const dx = (o.x[j] as number) - (o.ex[j] as number);
    const dy = (o.y[j] as number) - (o.ey[j] as number);
    return dx * dx + dy * dy > ENTRY_RADIUS * ENTRY_RADIUS;
  }

  private rebuildNavIfChanged(): void {
    const n = this.cordons.rasterize(this.lineCells, this.venue);
    let same = n === this.nLastLine;
    for (let k = 0; same && k < n; k++) same = this.lineCells[k] === this.lastLineCells[k];
    if (same) return;
    this.venue.rebuildNav(this.lineCells, n);
    for (let k = 0; k < n; k++) this.lastLineCells[k] = this.lineCells[k] as number;
    this.nLastLine = n;
  }

  private detectIncursions(out: PhysicalTickResult): void {
    const { o, cordons, density, venue } = this;
    for (let j = 0; j < o.used; j++) {
      if (!isLineOfficer(o, j, cordons.nz)) continue;
      const z = o.zone[j] as number;
      const forming = cordons.slotted[z]! > 0 && cordons.filled[z] === 0;
      if (!forming && cordons.advanced[z] === 0) continue;
      const cell = venue.cellOf(o.x[j] as number, o.y[j] as number);
      if (cell === this.startCellO[j] || density.citizenRho(cell) < 1) continue;
      if (this.tick - (this.lastIncursion[j] as number) < INCURSION_COOLDOWN) continue;
      this.lastIncursion[j] = this.tick;
      const n = out.incursions++;
      if (n < out.incursionX.length) {
        out.incursionX[n] = o.x[j] as number;
        out.incursionY[n] = o.y[j] as number;
        out.incursionOfficer[n] = j;
      }
    }
  }

  /** Citizen i falls (§4.6 point 8): injured, lies still, carried out (LEFT) at the end of the tick. */
  fall(i: number, out: PhysicalTickResult): void {
    const c = this.c;
    this.fallen[i] = 1;
    this.fallenList[this.nFallen++] = i;
    if (c.injured[i] === 0) out.newlyInjured++;
    c.injured[i] = 1;
    const n = out.falls++;
    if (n < out.fallX.length) {
      out.fallX[n] = c.x[i] as number;
      out.fallY[n] = c.y[i] as number;
      out.fallCitizen[n] = i;
    }
  }

  private finishFlows(out: PhysicalTickResult): void {
    // Crossings per metre over the 10 s tick, ×6 → p/m/min.
    for (let z = 0; z < this.cordons.nz; z++) {
      const f = (this.flowSum[z] as number) * 6;
      if (f > out.maxFlow) { out.maxFlow = f; out.maxFlowZone = z; }
    }
    for (let e = 0; e < this.exitCount.length; e++) {
      const f = ((this.exitCount[e] as number) / (this.exitWidth[e] as number)) * 6;
      if (f > out.maxFlow) { out.maxFlow = f; out.maxFlowZone = -1; }
    }
    out.flowAlert = out.maxFlow > FLOW_LIMIT;
  }

  /** Re-derives lines and density from the current positions (after a load, or for reads between ticks). */
  refresh(): void {
    this.cordons.measure(this.o);
    this.countDensity();
  }

  /** Smoothed density (citizens and officers, p/m²) at a point, as of the end of the last tick. */
  densityAt(x: number, y: number): number {
    if (!(x >= 0 && y >= 0 && x < this.venue.width && y < this.venue.height)) return 0;
    return this.density.rho[this.venue.cellOf(x, y)] as number;
  }

  /** Smoothed density of citizens alone at a point (officers excluded). */
  citizenDensityAt(x: number, y: number): number {
    if (!(x >= 0 && y >= 0 && x < this.venue.width && y < this.venue.height)) return 0;
    return this.density.citizenRho(this.venue.cellOf(x, y));
  }

  /** Current line of zone z's cordon; false for an unknown zone. */
  cordonLine(z: number, out: CordonLineOut): boolean {
    const cd = this.cordons;
    if (!(z >= 0 && z < cd.nz)) return false;
    const n = cd.ivN[z] as number;
    const t0 = n > 0 ? cd.intervalStart(z, 0) : 0;
    const t1 = n > 0 ? cd.intervalEnd(z, n - 1) : (cd.len[z] as number);
    const ox = cd.originX(z);
    const oy = cd.originY(z);
    out.ax = ox + (cd.ux[z] as number) * t0;
    out.ay = oy + (cd.uy[z] as number) * t0;
    out.bx = ox + (cd.ux[z] as number) * t1;
    out.by = oy + (cd.uy[z] as number) * t1;
    out.officers = cd.inLine[z] as number;
    out.slotted = cd.slotted[z] as number;
    out.formed = cd.slotted[z]! > 0 && cd.filled[z] === 1;
    out.openWidth = (cd.len[z] as number) - (cd.closedLen[z] as number);
    out.progress = cd.progress[z] as number;
    return true;
  }

  /** Whether (x, y) is inside zone z's kettle: on the inner side of a formed line, in its inner region. */
  enclosed(z: number, x: number, y: number): boolean {
    const cd = this.cordons;
    if (!(z >= 0 && z < cd.nz) || cd.slotted[z] === 0 || cd.filled[z] === 0) return false;
    return this.kettles.inside(z, x, y);
  }

  saveState(): PhysicalState {
    const m = this.mover;
    return {
      tick: this.tick, turbCount: this.turbCount,
      progress: this.cordons.progress.slice(), lastIncursion: this.lastIncursion.slice(),
      routeCell: m.routeCell.slice(), wpN: m.wpN.slice(), wpI: m.wpI.slice(), wpX: m.wpX.slice(), wpY: m.wpY.slice(),
    };
  }

  /** Restores saveState output; call after the citizens and officers have been restored. */
  loadState(s: PhysicalState): void {
    const m = this.mover;
    this.tick = s.tick;
    this.turbCount = s.turbCount;
    this.cordons.progress.set(s.progress);
    this.lastIncursion.set(s.lastIncursion);
    m.routeCell.set(s.routeCell); m.wpN.set(s.wpN); m.wpI.set(s.wpI); m.wpX.set(s.wpX); m.wpY.set(s.wpY);
    this.nLastLine = -1;
    this.kettles.invalidate();
    this.refresh();
  }

  /** Feeds the changing physical state to a state hasher (line progress, turbulence counter). */
  hashInto(h: Fnv1a): void {
    h.word(this.turbCount);
    for (let z = 0; z < this.cordons.nz; z++) h.q(this.cordons.progress[z] as number);
  }
}
