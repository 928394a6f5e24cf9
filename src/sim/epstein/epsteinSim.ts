// The `epstein` preset behind the Sim interface (crowd-model.md §4.9, §6, §9.3): commands deploy/withdraw,
// indicators by the "E:" rules, state hash, cause ledger, events, snapshots and exact save/restore.

import { roundTo } from '../detMath';
import { Stream } from '../rng';
import type { Rng } from '../rng';
import { Fnv1a } from '../stateHash';
import { SimInputError } from '../types';
import type {
  Command, CommandResult, Indicators, Inject, LedgerEntry, Sim, SimEvent, SimSave, SnapshotBuffers, VenueInfo,
} from '../types';
import type { EpsteinParams } from './epsteinParams';
import { epsteinLayout, resolveEpsteinParams } from './epsteinParams';
import { EpsteinLedger, emptyMeasure, measureEpstein } from './epsteinLedger';
import type { EpsteinMeasure } from './epsteinLedger';
import { restoreWorld, saveWorld } from './epsteinSave';
import { stepEpstein } from './epsteinStep';
import { EpsteinWorld } from './epsteinWorld';

export interface EpsteinOptions {
  seed: number;
  agents?: number;
  params?: Partial<EpsteinParams>;
}

const ZONE = 'world';

export class EpsteinSim implements Sim {
  readonly preset = 'epstein' as const;
  readonly capacity: number;
  readonly officerCapacity: number;
  readonly venue: VenueInfo;
  private readonly world: EpsteinWorld;
  private readonly book: EpsteinLedger;
  private measure: EpsteinMeasure = emptyMeasure();
  private previous: EpsteinMeasure = emptyMeasure();
  /** Commands applied so far: the next command's index in the log (ledger ids `cmd#<i>:<command>`). */
  private commandCount = 0;
  /** The cop command that moved the most cops at the current boundary (parent of `deterrence`). */
  private boundaryParent: string | undefined;
  private boundaryApplied = 0;
  private pendingEvents: SimEvent[] = [];
  private lastEvents: SimEvent[] = [];

  constructor(o: EpsteinOptions) {
    if (!Number.isSafeInteger(o.seed) || o.seed < 0 || o.seed > 0xffffffff) {
      throw new SimInputError(`seed: must be an integer in [0, 4294967295], got ${String(o.seed)}`);
    }
    const params = resolveEpsteinParams(o.params);
    const layout = epsteinLayout(params, o.agents);
    this.world = new EpsteinWorld(o.seed, params, layout);
    this.book = new EpsteinLedger(layout.citizens);
    this.capacity = layout.citizens;
    this.officerCapacity = this.world.copCap;
    const rect = { x0: 0, y0: 0, x1: layout.width, y1: layout.height };
    const centre = { x: layout.width / 2, y: layout.height / 2 };
    this.venue = {
      width: layout.width, height: layout.height, obstacles: [], zones: [{ name: ZONE, rect }], focalZone: ZONE,
      focal: centre, address: centre, exits: [],
    };
    measureEpstein(this.world, this.measure);
  }

  get tick(): number {
    return this.world.tick;
  }

  /** Free citizens that are active now (the count SF1–SF3 analyse). */
  get activeCount(): number {
    return this.measure.actives;
  }

  /** Cops on the grid now. */
  get copCount(): number {
    return this.world.nCops;
  }

  /** The model parameters in effect (defaults merged with overrides). */
  get params(): Readonly<EpsteinParams> {
    return this.world.params;
  }

  apply(item: Command): CommandResult {
    if (item.command !== 'deploy' && item.command !== 'withdraw') {
      throw new SimInputError(`command "${item.command}" is not supported by preset "epstein"`);
    }
    const count = item.args.count;
    if (!Number.isSafeInteger(count) || count < 1) {
      throw new SimInputError(`args.count: must be an integer ≥ 1, got ${String(count)}`);
    }
    const zone = item.args.zone;
    if (zone !== undefined && zone !== ZONE) {
      throw new SimInputError(`args.zone: unknown zone "${String(zone)}" for preset "epstein" (expected world)`);
    }
    const id = `cmd#${this.commandCount++}:${item.command}`;
    const applied = item.command === 'deploy' ? this.deploy(count) : this.withdraw(count);
    if (applied > this.boundaryApplied) {
      this.boundaryParent = id;
      this.boundaryApplied = applied;
    }
    if (applied === 0) {
      const note = item.command === 'deploy' ? 'no empty cell left for another cop' : 'no cops left to withdraw';
      const reason = item.command === 'deploy' ? 'noRoom' : 'noMatchingOfficers';
      this.pendingEvents.push({ tick: this.world.tick, kind: 'noEffect', zone: ZONE, command: item.command, reason });
      return { ok: true, applied, note, reason };
    }
    if (applied < count) {
      const note = item.command === 'deploy' ? `only ${applied} empty cells for cops` : `only ${applied} cops were left`;
      return { ok: true, applied, note, reason: item.command === 'deploy' ? 'noRoom' : 'noMatchingOfficers' };
    }
    return { ok: true, applied };
  }

  /** Cops at random empty cells (no cop, no free citizen), stream `police`; posture is ignored. */
  private deploy(count: number): number {
    const w = this.world;
    const rng = w.streams[Stream.police] as Rng;
    const empty = w.scratch;
    let m = 0;
    for (let c = 0; c < w.cellCount; c++) if (w.blocked[c] === 0) empty[m++] = c;
    let applied = 0;
    while (applied < count && m > 0 && w.nCops < w.copCap) {
      const j = rng.int(m);
      w.addCop(empty[j] as number);
      empty[j] = empty[--m] as number;
      applied++;
    }
    return applied;
  }

  /** Removes random cops (stream `police`). */
  private withdraw(count: number): number {
    const w = this.world;
    const rng = w.streams[Stream.police] as Rng;
    let applied = 0;
    while (applied < count && w.nCops > 0) {
      w.removeCop(rng.int(w.nCops));
      applied++;
    }
    return applied;
  }

  inject(i: Inject): void {
    throw new SimInputError(`inject "${i.kind}" is not supported by preset "epstein"`);
  }

  step(): void {
    const w = this.world;
    const before = this.previous;
    this.previous = this.measure;
    this.measure = before;
    this.book.begin(w);
    stepEpstein(w);
    measureEpstein(w, this.measure);
    this.book.finish(w, this.previous, this.measure, this.boundaryParent);
    this.boundaryParent = undefined;
    this.boundaryApplied = 0;
    // Events raised at this boundary are reported with the tick they produced.
    const done = this.lastEvents;
    done.length = 0;
    this.lastEvents = this.pendingEvents;
    this.pendingEvents = done;
    for (let k = 0; k < this.lastEvents.length; k++) (this.lastEvents[k] as SimEvent).tick = w.tick;
  }

  indicators(): Indicators {
    const m = this.measure;
    const crowd = m.crowd;
    return {
      tick: this.world.tick,
      crowdSize: crowd,
      activeFraction: roundTo(crowd > 0 ? m.actives / crowd : 0, 4),
      violentFraction: 0,
      tension: roundTo(m.tension, 1),
      violenceRisk: 0,
      latentTension: roundTo(m.latent, 4),
      legitimacy: roundTo(m.legitimacy, 4),
      identification: 0,
      arousal: 0,
      rumorPrevalence: 0,
      credibility: 0,
      safetyRisk: 0,
      maxDensity: 0,
      arrests: this.world.arrests,
      injuries: 0,
    };
  }

  /** §9.3, epstein word order: tick, q(L), per agent (isCop, cell, active, jail term), RNG words. */
  hash(): string {
    const w = this.world;
    const h = new Fnv1a();
    h.word(w.tick);
    h.q(w.L);
    // Agents in creation order: cops first (as NetLogo's setup creates them), then citizens.
    for (let j = 0; j < w.nCops; j++) {
      h.word(1);
      h.word(w.copCell[j] as number);
      h.word(0);
      h.word(0);
    }
    for (let i = 0; i < w.nCit; i++) {
      h.word(0);
      h.word(w.citCell[i] as number);
      h.word(w.active[i] as number);
      h.word(w.jail[i] as number);
    }
    const words = new Uint32Array(4);
    for (const rng of w.streams) {
      rng.words(words, 0);
      for (let k = 0; k < 4; k++) h.word(words[k] as number);
    }
    return h.hex();
  }

  ledger(): readonly LedgerEntry[] {
    return this.book.entries();
  }

  events(): readonly SimEvent[] {
    return this.lastEvents.map((e) => ({ ...e }));
  }

  /** Citizens at cell centres with state 0 quiet, 1 active, 3 jailed; cops as on-duty uniform officers. */
  snapshot(into: SnapshotBuffers): void {
    const w = this.world;
    const width = w.width;
    const n = Math.min(w.nCit, into.x.length, into.y.length, into.state.length, into.type.length);
    for (let i = 0; i < n; i++) {
      const cell = w.citCell[i] as number;
      into.x[i] = (cell % width) + 0.5;
      into.y[i] = Math.floor(cell / width) + 0.5;
      into.state[i] = w.jail[i] !== 0 ? 3 : w.active[i] === 1 ? 1 : 0;
      into.type[i] = 1;
    }
    into.count = n;
    const m = Math.min(w.nCops, into.ox.length, into.oy.length, into.oposture.length, into.ostatus.length);
    for (let j = 0; j < m; j++) {
      const cell = w.copCell[j] as number;
      into.ox[j] = (cell % width) + 0.5;
      into.oy[j] = Math.floor(cell / width) + 0.5;
      into.oposture[j] = 1;
      into.ostatus[j] = 0;
    }
    into.officerCount = m;
    into.cordonCount = 0; // the torus has no police lines
  }

  save(): SimSave {
    const data = saveWorld(this.world);
    data['commandCount'] = this.commandCount;
    data['boundaryParent'] = this.boundaryParent ?? null;
    data['boundaryApplied'] = this.boundaryApplied;
    data['pendingEvents'] = this.pendingEvents.map((e) => ({ ...e }));
    return { preset: 'epstein', data };
  }

  restore(s: SimSave): void {
    if (s.preset !== 'epstein') throw new SimInputError(`restore: a save of preset "${s.preset}" cannot restore an epstein sim`);
    restoreWorld(this.world, s.data);
    const d = s.data;
    this.commandCount = typeof d['commandCount'] === 'number' ? d['commandCount'] : 0;
    this.boundaryParent = typeof d['boundaryParent'] === 'string' ? d['boundaryParent'] : undefined;
    this.boundaryApplied = typeof d['boundaryApplied'] === 'number' ? d['boundaryApplied'] : 0;
    const pending = Array.isArray(d['pendingEvents']) ? (d['pendingEvents'] as SimEvent[]) : [];
    this.pendingEvents = pending.map((e) => ({ ...e }));
    this.lastEvents = [];
    this.book.clear();
    measureEpstein(this.world, this.measure);
  }
}

/** Creates the `epstein` preset (throws SimInputError on bad options). */
export function createEpsteinSim(o: EpsteinOptions): EpsteinSim {
  return new EpsteinSim(o);
}
