// The scenario-preset crowd model (taxi, rent, housing): the Sim of crowd-model.md §3.5, running the
// step order of §3.2 (A commands → B police → C info → D perception → E social → F inflow → G physical → H).

import { createStreams, Stream } from '../rng';
import { sigmoidSlope } from '../detMath';
import { validateCommand } from '../commandValidation';
import {
  CitizenState, SimInputError,
  type Command, type CommandResult, type Indicators, type Inject, type LedgerEntry,
  type ScenarioPresetName, type Sim, type SimEvent, type SimSave, type SnapshotBuffers, type VenueInfo,
} from '../types';
import { Cause } from './causeBook';
import { closeLedger, computeIndicators, emptyIndicators, roundIndicators, thresholdEvents } from './indicatorCalc';
import { infoPhase, markNearLiaison, meanPopulationL, seedRumor } from './infoLayer';
import { Rumor, RUMOR_SLOTS } from './citizens';
import { Layer, Perception } from './perception';
import { Physical, createPhysicalTickResult, type PhysicalTickResult } from './physical';
import { runForce, postureEffects, tickEscorts, incursion } from './policePhase';
import { updateStations } from './policeOrders';
import { inflow, spawnInitialCrowd } from './population';
import { mergeParams, PRESET_PARAMS, type ScenarioParams } from './presetParams';
import { applyCommand, applyInject } from './commandEffects';
import { hashWorld, loadWorld, saveWorld } from './worldSave';
import { Attribution, socialUpdate } from './social';
import { exposePromise } from './talk';
import { breachTriggers, fallTriggers, outnumberedTriggers } from './triggers';
import { buildVenue } from './venue';
import { VENUES } from './venueSpecs';
import { World } from './world';

// Module-local aliases: hot loops read plain bindings, not module-export getters.
const { VIOLENT: ST_VIOLENT, ARRESTED: ST_ARRESTED, LEFT: ST_LEFT } = CitizenState;
const { hardship: C_hardship, incursion: C_incursion } = Cause;

export interface ScenarioSimOptions {
  preset: ScenarioPresetName;
  seed: number;
  agents?: number;
  params?: Partial<ScenarioParams>;
}

export class ScenarioSim implements Sim {
  readonly preset: ScenarioPresetName;
  readonly w: World;
  readonly capacity: number;
  readonly officerCapacity: number;
  readonly venue: VenueInfo;
  private readonly perception: Perception;
  private readonly att: Attribution;
  private readonly phys: PhysicalTickResult;
  private readonly present: Int32Array;
  private readonly spreaders: Int32Array;
  private readonly nearLiaison: Uint8Array;
  private readonly liaisonCount: Uint8Array;
  private readonly riotCount: Uint8Array;
  private readonly witnessed: Uint8Array;
  private readonly zoneViolent: Float64Array;
  private readonly zoneCount: Float64Array;
  private readonly triggerMask: Uint8Array;
  private readonly viral = new Uint8Array(4);
  private readonly injects: Inject[] = [];
  private tickOpen = false;
  private updated = 0;
  private kappaBefore = 1;
  /** How this sim was built (seed, agents, params): a save only restores into the same build. */
  private readonly origin: string;
  private lPopBefore = 0;

  constructor(o: ScenarioSimOptions) {
    this.preset = o.preset;
    const p = mergeParams(PRESET_PARAMS[o.preset], o.params);
    const agents = o.agents ?? p.agents;
    this.origin = `seed ${o.seed}, agents ${agents}, params ${JSON.stringify(o.params ?? {})}`;
    const capacity = agents + Math.floor(agents * p.inflowCapacityShare);
    const rng = createStreams(o.seed);
    const venue = buildVenue(VENUES[o.preset], rng[Stream.population]!);
    const w = new World(o.preset, p, venue, capacity, rng);
    this.w = w;
    this.capacity = capacity;
    this.officerCapacity = p.maxOfficers;
    this.venue = { ...venue.info, focalZone: venue.spec.focalZone };
    w.physical = new Physical(venue, w.c, w.o);
    this.perception = new Perception(venue.spec.width, venue.spec.height, capacity);
    this.triggerMask = new Uint8Array(this.perception.gw * this.perception.gh);
    this.att = new Attribution(capacity);
    this.phys = createPhysicalTickResult();
    this.present = new Int32Array(capacity);
    this.spreaders = new Int32Array(capacity);
    this.nearLiaison = new Uint8Array(capacity);
    this.liaisonCount = new Uint8Array(capacity);
    this.riotCount = new Uint8Array(capacity);
    this.witnessed = new Uint8Array(capacity);
    this.zoneViolent = new Float64Array(venue.spec.zones.length);
    this.zoneCount = new Float64Array(venue.spec.zones.length);
    spawnInitialCrowd(w, agents);
    w.physical.refresh();
    w.inflowCapacity = Math.floor(agents * p.inflowCapacityShare);
    w.Lres0 = p.participant.L[0] + p.legitimacyShift;
    w.Lres = w.Lres0;
    const r = p.initialRumor;
    seedRumor(w, r.content, r.importance, -1, r.spreaders, r.reservoirShare);
    // Initial drive and slopes so tick 0 reports a meaningful tension and the ledger has slopes.
    this.perception.build(w);
    for (let i = 0; i < w.c.used; i++) {
      const h = (w.c.type[i] as number) === 0 ? 1 : w.hardshipMul;
      const D = (w.c.H[i] as number) * h * (1 - (w.c.L[i] as number)) + p.wE * (w.c.E[i] as number);
      w.c.D[i] = D;
      w.sig[i] = sigSlope(w, D);
      // Each citizen's view and risk weight at tick 0 (no officers yet, P = 0): officers a tick-0 deploy
      // puts on their stations are then credited to that deploy at the first update, as officers walking
      // in are, rather than to empowerment (R_eff from 0) or to the crowd.
      const cell = this.perception.cellOf[i] as number;
      if (cell < 0) continue;
      const self = (w.c.state[i] as number) === CitizenState.QUIET ? 0 : 1;
      const a = this.perception.window(Layer.active, cell, p.visionCells) - self;
      const n = this.perception.window(Layer.present, cell, p.visionCells) - 1;
      w.Awin[i] = 1 + a;
      w.cellWin[i] = cell;
      w.Reff[i] = (w.c.R[i] as number) * (1 - p.psi * (w.c.I[i] as number) * (n > 0 ? a / n : 0));
    }
    w.prev = emptyIndicators();
    w.cur = emptyIndicators();
    computeIndicators(w, w.cur);
  }

  get tick(): number {
    return this.w.tick;
  }

  /** Starts the accumulators of a new boundary (ledger, events, attribution). */
  private open(): void {
    if (this.tickOpen) return;
    const w = this.w;
    this.tickOpen = true;
    w.causes.reset();
    w.events = [];
    w.kappaCause = -1;
    w.hardshipCause = -1;
    w.dHardship = 0;
    this.kappaBefore = w.kappa;
    this.lPopBefore = meanPopulationL(w);
    this.att.reset(w.c.used);
    w.addressValid = false;
  }

  apply(item: Command): CommandResult {
    const cmd = validateCommand(item, this.preset, '');
    this.open();
    return applyCommand(this.w, this.att, cmd);
  }

  inject(i: Inject): void {
    if (i.kind === 'rumor' && !(i.importance > 0 && i.importance <= 1)) throw new SimInputError('inject.importance: must be a number in (0, 1]');
    this.injects.push(i);
  }

  step(): void {
    const w = this.w;
    this.open();
    const att = this.att;
    // A. Scheduled events (exposures of empty promises, end of force orders, returning reps), then injects.
    for (let k = w.exposures.length - 1; k >= 0; k--) {
      if (w.exposures[k]!.dueTick <= w.tick) { exposePromise(w, att, k); w.exposures.splice(k, 1); }
    }
    for (let k = w.forces.length - 1; k >= 0; k--) if (w.forces[k]!.untilTick <= w.tick) w.forces.splice(k, 1);
    if (w.repsReturnTick >= 0 && w.tick >= w.repsReturnTick) this.newRepresentatives();
    for (const inj of this.injects) applyInject(w, att, inj);
    this.injects.length = 0;

    // D (built first). Perception grids from current positions and states: nothing in phases B–C moves
    // anyone or changes a state or L/I/E (their deltas are buffered), so phase E reads the same tables
    // that phase B's outnumbered check uses.
    this.perception.build(w);

    // B. Police.
    w.grid.rebuild(w.c);
    tickEscorts(w);
    updateStations(w);
    if (w.forces.length > 0) {
      w.grid.rebuild(w.c);
      this.witnessed.fill(0, 0, w.c.used);
      for (const f of w.forces) { runForce(w, w.grid, att, f.zone, f.cause, this.witnessed); f.ticksRun++; }
      // Repeated indiscriminate force is a lasting event: L0 −.01 per 10 ticks of force.
      w.forceTicks++;
      if (w.forceTicks % 10 === 0) {
        for (let i = 0; i < w.c.used; i++) if ((w.c.state[i] as number) <= ST_VIOLENT) w.c.L0[i] = Math.max(0, (w.c.L0[i] as number) - 0.01);
      }
    }
    this.zoneViolence();
    postureEffects(w, w.grid, att, this.liaisonCount, this.riotCount, this.zoneViolent);
    for (let k = 0; k < this.phys.incursions; k++) incursion(w, w.grid, att, this.phys.incursionX[k] as number, this.phys.incursionY[k] as number, C_incursion);
    outnumberedTriggers(w, this.perception, att, this.triggerMask);
    breachTriggers(w, w.grid, att);
    fallTriggers(w, w.grid, att, this.phys.fallX, this.phys.fallY, this.phys.falls);

    // C. Info.
    let nPresent = 0;
    for (let i = 0; i < w.c.used; i++) if ((w.c.state[i] as number) <= ST_VIOLENT) this.present[nPresent++] = i;
    markNearLiaison(w, this.nearLiaison);
    infoPhase(w, att, this.present, nPresent, this.nearLiaison, w.cur.rumorPrevalence, this.spreaders);

    // E–F. Social update, inflow.
    this.updated = socialUpdate(w, this.perception, att, w.deterrenceCause, w.hardshipCause >= 0 ? w.hardshipCause : C_hardship, w.dHardship);
    inflow(w);

    // G. Physical sub-steps.
    w.physical.step(w.rng[Stream.physical]!, this.phys);
    w.maxDensity = this.phys.maxDensity;
    w.turbulence = this.phys.turbulence;
    w.densityZone = this.phys.maxDensityZone >= 0 ? w.venue.spec.zones[this.phys.maxDensityZone]!.name : 'none';
    w.injuries += this.phys.newlyInjured;
    if (this.phys.falls > 0) w.event({ kind: 'fall', zone: w.densityZone });
    if (this.phys.turbulenceStarted) w.event({ kind: 'turbulence', zone: w.densityZone });
    if (this.phys.flowAlert) w.event({ kind: 'flowAlert', zone: w.densityZone });

    // H. Bookkeeping.
    for (let i = 0; i < w.c.used; i++) if ((w.c.trig[i] as number) > 0) w.c.trig[i] = (w.c.trig[i] as number) - 1;
    w.tick++;
    const prev = w.prev;
    w.prev = w.cur;
    w.cur = prev;
    computeIndicators(w, w.cur);
    closeLedger(w, w.prev, w.cur, this.updated, this.kappaBefore, this.lPopBefore);
    thresholdEvents(w, w.prev, w.cur, this.viral, w.venue.spec.focalZone);
    this.tickOpen = false;
  }

  /** Violent share per zone (the riot effect is halved in violent zones). */
  private zoneViolence(): void {
    const w = this.w;
    const zones = this.zoneViolent.length;
    this.zoneViolent.fill(0);
    const n = this.zoneCount;
    n.fill(0);
    for (let i = 0; i < w.c.used; i++) {
      const s = w.c.state[i] as number;
      if (s > ST_VIOLENT) continue;
      const z = w.venue.zoneAt(w.c.x[i] as number, w.c.y[i] as number);
      if (z < 0) continue;
      n[z] = (n[z] as number) + 1;
      if (s === ST_VIOLENT) this.zoneViolent[z] = (this.zoneViolent[z] as number) + 1;
    }
    for (let z = 0; z < zones; z++) this.zoneViolent[z] = (n[z] as number) > 0 ? (this.zoneViolent[z] as number) / (n[z] as number) : 0;
  }

  /** After isolation, new (more radical) representatives emerge from the core (§5.3 isolate). */
  private newRepresentatives(): void {
    const w = this.w;
    w.repsReturnTick = -1;
    let k = 0;
    for (let i = 0; i < w.c.used && k < w.p.repCount; i++) {
      if ((w.c.type[i] as number) === 2 && (w.c.state[i] as number) <= ST_VIOLENT && !w.c.rep[i]) { w.c.rep[i] = 1; k++; }
    }
  }

  indicators(): Indicators {
    return roundIndicators(this.w.cur);
  }

  /** Unrounded indicators (for tests and attribution checks). */
  rawIndicators(): Indicators {
    return { ...this.w.cur };
  }

  /** Head counts for conservation checks: present + arrested + left = initial + inflow. */
  population(): { initial: number; inflow: number; present: number; arrested: number; left: number } {
    const c = this.w.c;
    let present = 0, arrested = 0, left = 0;
    for (let i = 0; i < c.used; i++) {
      const s = c.state[i] as number;
      if (s <= ST_VIOLENT) present++;
      else if (s === ST_ARRESTED) arrested++;
      else if (s === ST_LEFT) left++;
    }
    return { initial: this.w.initialAgents, inflow: this.w.inflowCount, present, arrested, left };
  }

  hash(): string {
    return hashWorld(this.w);
  }

  ledger(): readonly LedgerEntry[] {
    return this.w.causes.entries(this.w.tick);
  }

  events(): readonly SimEvent[] {
    return this.w.events;
  }

  snapshot(into: SnapshotBuffers): void {
    const c = this.w.c;
    const o = this.w.o;
    const n = Math.min(c.used, into.x.length);
    for (let i = 0; i < n; i++) {
      into.x[i] = c.x[i] as number;
      into.y[i] = c.y[i] as number;
      into.state[i] = c.state[i] as number;
      into.type[i] = c.type[i] as number;
    }
    if (into.leaving) for (let i = 0; i < n; i++) into.leaving[i] = c.leaving[i] as number;
    if (into.spreading) {
      // A spreader of any rumour slot (the views mark where a rumour is being passed on).
      for (let i = 0; i < n; i++) {
        let on = 0;
        for (let k = 0; k < RUMOR_SLOTS; k++) if (c.rumor[i * RUMOR_SLOTS + k] === Rumor.S) on = 1;
        into.spreading[i] = on;
      }
    }
    into.count = n;
    const m = Math.min(o.used, into.ox.length);
    for (let j = 0; j < m; j++) {
      into.ox[j] = o.x[j] as number;
      into.oy[j] = o.y[j] as number;
      into.oposture[j] = o.posture[j] as number;
      into.ostatus[j] = o.status[j] as number;
    }
    into.officerCount = m;
    if (into.cordons) into.cordonCount = this.w.physical.cordons.writeSegments(into.cordons);
  }

  save(): SimSave {
    // The last physical result is read by the next tick's phase B (falls and incursions raise triggers).
    const ph = this.phys;
    const carried = {
      falls: ph.falls, fallX: ph.fallX.slice(0, ph.falls), fallY: ph.fallY.slice(0, ph.falls),
      incursions: ph.incursions, incursionX: ph.incursionX.slice(0, ph.incursions), incursionY: ph.incursionY.slice(0, ph.incursions),
    };
    return { preset: this.preset, data: { ...saveWorld(this.w), viral: this.viral.slice(), origin: this.origin, carried } };
  }

  /** Restores a save made by a sim built with the same preset, seed, agents and params (the venue and
   * capacities derive from them, so a save cannot be moved to a different build). */
  restore(s: SimSave): void {
    if (s.preset !== this.preset) throw new SimInputError(`restore: saved state is for preset "${s.preset}", not "${this.preset}"`);
    if (s.data.origin !== this.origin) throw new SimInputError(`restore: saved state was made with ${String(s.data.origin)}, this sim with ${this.origin}`);
    loadWorld(this.w, s.data);
    this.viral.set(s.data.viral as Uint8Array);
    const carried = s.data.carried as { falls: number; fallX: Float64Array; fallY: Float64Array; incursions: number; incursionX: Float64Array; incursionY: Float64Array };
    this.phys.falls = carried.falls;
    this.phys.fallX.set(carried.fallX);
    this.phys.fallY.set(carried.fallY);
    this.phys.incursions = carried.incursions;
    this.phys.incursionX.set(carried.incursionX);
    this.phys.incursionY.set(carried.incursionY);
    this.tickOpen = false;
    this.injects.length = 0;
  }
}

function sigSlope(w: World, D: number): number {
  return sigmoidSlope((D - w.p.threshold) / w.p.tensionScale);
}
