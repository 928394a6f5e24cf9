// State of the `epstein` engine (crowd-model.md §4.9) as struct-of-arrays: citizens, cops, per-cell counts
// and per-cell lists of free citizens. Also NetLogo's setup. Everything is preallocated at construction.

import { buildPtab, expDet, Ptab } from '../detMath';
import { createStreams, Stream } from '../rng';
import type { Rng } from '../rng';
import type { EpsteinLayout, EpsteinParams, EpsteinRounding } from './epsteinParams';
import { LegitimacySchedule } from './epsteinParams';
import { buildTorusNeighbourhood } from './torusNeighbourhood';

const ROUNDING_CODE: Record<EpsteinRounding, number> = { floor: 0, round: 1, none: 2 };

export class EpsteinWorld {
  readonly width: number;
  readonly height: number;
  readonly cellCount: number;
  /** Neighbours per cell and the flat neighbour table (§4.9 offset tables). */
  readonly nbSize: number;
  readonly nb: Int32Array;

  // Citizens (fixed count; slots never change).
  readonly nCit: number;
  readonly citCell: Int32Array;
  readonly hardship: Float64Array;
  readonly riskAversion: Float64Array;
  readonly active: Uint8Array;
  /** Ticks of jail left; 0 = free. */
  readonly jail: Int32Array;
  /** Last decision: drive D = G − R·P, arrest probability P, cops C and A = 1 + actives seen. */
  readonly D: Float64Array;
  readonly P: Float64Array;
  readonly C: Int32Array;
  readonly A: Int32Array;

  // Cops (compact, creation order; withdrawal keeps the order of the others).
  readonly copCap: number;
  nCops = 0;
  readonly copCell: Int32Array;

  // Per cell: counts kept in step with every move, arrest and release.
  readonly copCount: Int32Array;
  readonly freeCount: Int32Array;
  readonly activeCount: Int32Array;
  /** copCount + freeCount: a cell is an empty move target iff 0 (jailed citizens do not block). */
  readonly blocked: Int32Array;
  /** Cops and active citizens on the cell's neighbourhood (C and A − 1 of §4.9), kept incrementally. */
  readonly copsSeen: Int32Array;
  readonly activesSeen: Int32Array;
  /** Doubly linked lists of the free citizens on each cell (head per cell, −1 = none). */
  readonly head: Int32Array;
  readonly next: Int32Array;
  readonly prev: Int32Array;

  // Scratch (reused every tick; not state).
  readonly order: Int32Array;
  readonly scratch: Int32Array;
  /** 1 for citizens arrested during the current tick (read by the cause ledger). */
  readonly arrestedNow: Uint8Array;

  // Globals.
  tick = 0;
  /** Legitimacy in effect for the next step: the schedule's value at `tick`. */
  L = 0;
  arrests = 0;
  readonly streams: Rng[];

  // Parameters (restorable).
  params!: EpsteinParams;
  schedule!: LegitimacySchedule;
  ptab!: Float64Array;
  rounding = 0;

  constructor(seed: number, params: EpsteinParams, layout: EpsteinLayout) {
    this.width = layout.width;
    this.height = layout.height;
    this.cellCount = layout.width * layout.height;
    const hood = buildTorusNeighbourhood(layout.width, layout.height, params.vision);
    this.nbSize = hood.size;
    this.nb = hood.cells;

    const n = layout.citizens;
    this.nCit = n;
    this.citCell = new Int32Array(n);
    this.hardship = new Float64Array(n);
    this.riskAversion = new Float64Array(n);
    this.active = new Uint8Array(n);
    this.jail = new Int32Array(n);
    this.D = new Float64Array(n);
    this.P = new Float64Array(n);
    this.C = new Int32Array(n);
    this.A = new Int32Array(n);

    // Deployments can fill every cell; initial cops never exceed the cell count.
    this.copCap = this.cellCount;
    this.copCell = new Int32Array(this.copCap);

    const cells = this.cellCount;
    this.copCount = new Int32Array(cells);
    this.freeCount = new Int32Array(cells);
    this.activeCount = new Int32Array(cells);
    this.blocked = new Int32Array(cells);
    this.copsSeen = new Int32Array(cells);
    this.activesSeen = new Int32Array(cells);
    this.head = new Int32Array(cells).fill(-1);
    this.next = new Int32Array(n).fill(-1);
    this.prev = new Int32Array(n).fill(-1);

    this.order = new Int32Array(n + this.copCap);
    this.scratch = new Int32Array(Math.max(cells, this.nbSize, n));
    this.arrestedNow = new Uint8Array(n);

    this.streams = createStreams(seed);
    this.setParams(params);
    this.setup(layout);
  }

  /** Installs (possibly restored) parameters: schedule, P table, rounding. */
  setParams(p: EpsteinParams): void {
    this.params = p;
    this.schedule = new LegitimacySchedule(p.legitimacy);
    this.ptab = p.k === 2.3 ? Ptab : buildPtab(p.k);
    this.rounding = ROUNDING_CODE[p.rounding];
  }

  /** NetLogo setup (stream `population`): cops, then citizens, each on a random cell holding no one. */
  private setup(layout: EpsteinLayout): void {
    const rng = this.streams[Stream.population] as Rng;
    const empty = this.scratch;
    let m = this.cellCount;
    for (let c = 0; c < m; c++) empty[c] = c;
    const take = (): number => {
      const j = rng.int(m);
      const cell = empty[j] as number;
      empty[j] = empty[--m] as number;
      return cell;
    };
    for (let j = 0; j < layout.cops; j++) this.addCop(take());
    for (let i = 0; i < this.nCit; i++) {
      const cell = take();
      // NetLogo order: move-to, risk-aversion, perceived-hardship.
      this.riskAversion[i] = rng.uniform();
      this.hardship[i] = rng.uniform();
      this.citCell[i] = cell;
      this.linkFree(i, cell);
    }
    this.L = this.schedule.at(0);
    // An initial perception pass (no draws) so that tension has a meaning at tick 0.
    for (let i = 0; i < this.nCit; i++) this.perceive(i, this.L);
  }

  /** Arrest probability for C cops and A = 1 + actives, by the configured rounding of C/A (§2.1). */
  arrestProbability(c: number, a: number): number {
    const tab = this.ptab;
    if (this.rounding === 0) {
      const q = Math.floor(c / a);
      return tab[q < 15 ? q : 15] as number;
    }
    if (this.rounding === 1) {
      let q = Math.floor(c / a);
      const twice = 2 * (c - q * a);
      // Half to even, as Python's round() in Mesa.
      if (twice > a || (twice === a && (q & 1) === 1)) q++;
      return tab[q < 15 ? q : 15] as number;
    }
    return 1 - expDet((-this.params.k * c) / a);
  }

  /** Reads C and A for citizen i (kept incrementally) and stores C, A, P and D; returns D. */
  perceive(i: number, L: number): number {
    const cell = this.citCell[i] as number;
    const c = this.copsSeen[cell] as number;
    const a = 1 + (this.activesSeen[cell] as number);
    const p = this.arrestProbability(c, a);
    const d = (this.hardship[i] as number) * (1 - L) - (this.riskAversion[i] as number) * p;
    this.C[i] = c;
    this.A[i] = a;
    this.P[i] = p;
    this.D[i] = d;
    return d;
  }

  /**
   * Adds `delta` cops on `cell`. Neighbourhoods are symmetric, so the cell's neighbours are exactly the
   * cells that see it: their sums change by `delta` (integers, so the order of updates cannot matter).
   */
  changeCops(cell: number, delta: number): void {
    this.copCount[cell] = (this.copCount[cell] as number) + delta;
    this.blocked[cell] = (this.blocked[cell] as number) + delta;
    const nb = this.nb;
    const seen = this.copsSeen;
    const end = (cell + 1) * this.nbSize;
    for (let k = cell * this.nbSize; k < end; k++) {
      const q = nb[k] as number;
      seen[q] = (seen[q] as number) + delta;
    }
  }

  /** Adds `delta` active citizens on `cell` (see changeCops). */
  changeActives(cell: number, delta: number): void {
    this.activeCount[cell] = (this.activeCount[cell] as number) + delta;
    const nb = this.nb;
    const seen = this.activesSeen;
    const end = (cell + 1) * this.nbSize;
    for (let k = cell * this.nbSize; k < end; k++) {
      const q = nb[k] as number;
      seen[q] = (seen[q] as number) + delta;
    }
  }

  addCop(cell: number): void {
    this.copCell[this.nCops++] = cell;
    this.changeCops(cell, 1);
  }

  /** Removes cop j, keeping the creation order of the others. */
  removeCop(j: number): void {
    this.changeCops(this.copCell[j] as number, -1);
    this.copCell.copyWithin(j, j + 1, this.nCops);
    this.nCops--;
  }

  /** Cop j moves to `cell`. */
  moveCop(j: number, cell: number): void {
    this.changeCops(this.copCell[j] as number, -1);
    this.copCell[j] = cell;
    this.changeCops(cell, 1);
  }

  linkFree(i: number, cell: number): void {
    const h = this.head[cell] as number;
    this.next[i] = h;
    this.prev[i] = -1;
    if (h >= 0) this.prev[h] = i;
    this.head[cell] = i;
    this.freeCount[cell] = (this.freeCount[cell] as number) + 1;
    this.blocked[cell] = (this.blocked[cell] as number) + 1;
    if (this.active[i] === 1) this.changeActives(cell, 1);
  }

  unlinkFree(i: number, cell: number): void {
    const p = this.prev[i] as number;
    const nx = this.next[i] as number;
    if (p >= 0) this.next[p] = nx;
    else this.head[cell] = nx;
    if (nx >= 0) this.prev[nx] = p;
    this.next[i] = -1;
    this.prev[i] = -1;
    this.freeCount[cell] = (this.freeCount[cell] as number) - 1;
    this.blocked[cell] = (this.blocked[cell] as number) - 1;
    if (this.active[i] === 1) this.changeActives(cell, -1);
  }

  /** Rebuilds the per-cell counts and sums from positions and states (after a restore); lists are restored as saved. */
  recount(): void {
    this.copCount.fill(0);
    this.freeCount.fill(0);
    this.activeCount.fill(0);
    this.blocked.fill(0);
    this.copsSeen.fill(0);
    this.activesSeen.fill(0);
    for (let j = 0; j < this.nCops; j++) this.changeCops(this.copCell[j] as number, 1);
    for (let i = 0; i < this.nCit; i++) {
      if (this.jail[i] !== 0) continue;
      const cell = this.citCell[i] as number;
      this.freeCount[cell] = (this.freeCount[cell] as number) + 1;
      this.blocked[cell] = (this.blocked[cell] as number) + 1;
      if (this.active[i] === 1) this.changeActives(cell, 1);
    }
  }
}
