// The physical layer of the scenario presets (crowd-model.md §4.6): K = 10 sub-steps of 1 s per social
// tick — density, navigation, steering, clipped movement, cordons, officers, exits, crowd pressure, falls
// and flow. O(cells + N) per sub-step, no allocation per tick; draws only from the `physical` stream.

import type { Rng } from '../rng';
import type { Fnv1a } from '../stateHash';
import type { Citizens, Officers } from './citizens';
import { advanceLines, linesMayIntrude, rasterizeLines } from './physicalAdvance';
import { Cordons } from './physicalCordon';
import { DensityGrid } from './physicalDensity';
import { pressureAlert } from './physicalPressure';
import { Kettles } from './physicalKettle';
import { OfficerMover, onGround } from './physicalOfficers';
import { FlowMeter } from './physicalFlow';
import { resetPhysicalTickResult, type CordonLineInfo, type PhysicalTickResult } from './physicalResult';
import { moveCitizens } from './physicalSteer';
import type { Venue } from './venue';

export { createPhysicalTickResult, createCordonLineInfo } from './physicalResult';
export type { PhysicalTickResult, CordonLineInfo } from './physicalResult';
export { FALL_P, RHO_CRITICAL, RHO_DANGER, steerParams } from './physicalSteer';

export const SUB_STEPS = 10;
const TURBULENCE_SUBSTEPS = 3;

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
  private readonly fallenList: Int32Array;
  private nFallen = 0;
  private readonly lineCells: Int32Array;
  private readonly lastLineCells: Int32Array;
  private nLastLine = -1;
  private readonly flow: FlowMeter;

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
    this.lineCells = new Int32Array(venue.cells);
    this.lastLineCells = new Int32Array(venue.cells);
    this.flow = new FlowMeter(venue, this.cordons.nz);
    this.refresh();
  }

  /** One social tick: K sub-steps of Δt_p = 1 s. */
  step(rng: Rng, out: PhysicalTickResult): void {
    resetPhysicalTickResult(out);
    this.tick++;
    this.flow.reset();
    for (let k = 0; k < SUB_STEPS; k++) this.subStep(k, rng, out);
    const anyFallen = this.nFallen > 0;
    // Fallers are carried out at the end of the tick.
    for (let k = 0; k < this.nFallen; k++) {
      const i = this.fallenList[k] as number;
      this.fallen[i] = 0;
      this.c.state[i] = 4;
      this.c.vx[i] = 0;
      this.c.vy[i] = 0;
    }
    this.nFallen = 0;
    this.flow.finish(out);
    if (anyFallen) this.refresh();
    else {
      // The counts gathered during the last sub-step are those of a fresh recount (same cells, same
      // first-come order) unless fallers left the site since: reuse them.
      this.cordons.measure(this.o);
      this.density.swap();
      this.density.smooth();
    }
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
    // Incursions are looked for only while some line forms or may advance.
    const watch = linesMayIntrude(cordons);
    if (watch) this.mover.markStartCells(o);
    advanceLines(cordons, c, o, density, venue);
    cordons.prepare();

    // 3–4, 6. Citizens steer and move; exits.
    out.exited += moveCitizens(this, rng, this.flow.exitCount, this.turbCount >= TURBULENCE_SUBSTEPS, out);
    this.flow.addLineCrossings(cordons);

    // 5. Officers.
    this.mover.move(o, cordons, density, this.tick * SUB_STEPS + k);
    if (watch) this.mover.detectIncursions(o, cordons, density, this.tick, out);
    for (let j = 0; j < o.used; j++) {
      if (onGround(o, j)) density.addNext(venue.cellOf(o.x[j] as number, o.y[j] as number), false);
    }

    // 7. Crowd pressure and the turbulence alert (falls, point 8, happen in the citizens' pass with the
    // alert as it stood at the start of the sub-step).
    const wasAlert = this.turbCount >= TURBULENCE_SUBSTEPS;
    this.turbCount = pressureAlert(density) ? this.turbCount + 1 : 0;
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
    this.density.countAll(this.c, this.o, this.cellOf);
    return this.density.smooth();
  }

  private rebuildNavIfChanged(): void {
    const n = rasterizeLines(this.cordons, this.lineCells, this.venue);
    let same = n === this.nLastLine;
    for (let k = 0; same && k < n; k++) same = this.lineCells[k] === this.lastLineCells[k];
    if (same) return;
    this.venue.rebuildNav(this.lineCells, n);
    for (let k = 0; k < n; k++) this.lastLineCells[k] = this.lineCells[k] as number;
    this.nLastLine = n;
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
      progress: this.cordons.progress.slice(), lastIncursion: m.lastIncursion.slice(),
      routeCell: m.routeCell.slice(), wpN: m.wpN.slice(), wpI: m.wpI.slice(), wpX: m.wpX.slice(), wpY: m.wpY.slice(),
    };
  }

  /** Restores saveState output; call after the citizens and officers have been restored. */
  loadState(s: PhysicalState): void {
    const m = this.mover;
    this.tick = s.tick;
    this.turbCount = s.turbCount;
    this.cordons.progress.set(s.progress);
    m.lastIncursion.set(s.lastIncursion);
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
