// The aggregate (mean-field) surrogate of the scenario crowd model: the Sim interface at ~1 µs per tick,
// for the scenario checker's mass playthroughs. No agents: snapshot() reports count 0 and officerCount 0.

import { validateCommand } from '../commandValidation';
import { Rng, Stream } from '../rng';
import { mergeParams, PRESET_PARAMS, type ScenarioParams } from '../scenario/presetParams';
import { buildVenue } from '../scenario/venue';
import { VENUES } from '../scenario/venueSpecs';
import { Fnv1a } from '../stateHash';
import {
  SimInputError, type Command, type CommandResult, type Indicators, type Inject, type LedgerEntry,
  type ScenarioPresetName, type Sim, type SimEvent, type SimSave, type SnapshotBuffers, type VenueInfo,
} from '../types';
import { applyCommand, applyInject, exposePromise } from './commands';
import type { Ctx } from './ctx';
import { refreshZoneShares, zoneSharesOf } from './ctx';
import { closeTick, computeIndicators, roundIndicators } from './indicators';
import { credibility, infoPhase, meanPopulationL, seedRumor } from './info';
import { buildClasses } from './knobs';
import { Ledger } from './ledger';
import { policePhase } from './police';
import { inflowPhase, socialUpdate } from './social';
import { AggState, ESCORT_RING, POSTURE_COUNT, SEGMENTS, WITHDRAW_RING, ZONES, packState, unpackState, visit } from './state';

export interface AggregateSimOptions {
  preset: ScenarioPresetName;
  seed: number;
  agents?: number;
  params?: Partial<ScenarioParams>;
  /** false: keep no cause ledger (`ledger()` stays empty) — for consumers that never read it. */
  explain?: boolean;
}

export class AggregateSim implements Sim {
  readonly preset: ScenarioPresetName;
  readonly capacity: number;
  readonly officerCapacity: number;
  private readonly x: Ctx;
  private readonly seed: number;
  private readonly origin: string;
  private venueInfo: VenueInfo | undefined;
  private readonly injects: Inject[] = [];
  private tickOpen = false;
  private kappaBefore = 1;
  private lPopBefore = 0;

  constructor(o: AggregateSimOptions) {
    this.preset = o.preset;
    this.seed = o.seed;
    const p = mergeParams(PRESET_PARAMS[o.preset], o.params);
    const agents = o.agents ?? p.agents;
    if (!Number.isSafeInteger(agents) || agents < 1) throw new SimInputError(`agents must be an integer ≥ 1, got ${String(agents)}`);
    this.origin = `seed ${o.seed}, agents ${agents}, params ${JSON.stringify(o.params ?? {})}`;
    this.capacity = agents + Math.floor(agents * p.inflowCapacityShare);
    this.officerCapacity = p.maxOfficers;
    const spec = VENUES[o.preset];
    const zoneArea = new Float64Array(ZONES);
    spec.zones.forEach((z, k) => { zoneArea[k] = (z.rect.x1 - z.rect.x0) * (z.rect.y1 - z.rect.y0); });
    const st = new AggState();
    this.x = {
      p, st, led: new Ledger(), rng: new Rng(o.seed >>> 0, Stream.social), events: [],
      cls: [buildClasses(p, p.bystander, 0), buildClasses(p, p.participant, 1), buildClasses(p, p.core, 2)],
      zoneShare: zoneSharesOf(spec), zoneShare0: zoneSharesOf(spec), zoneShareAct: new Float64Array(SEGMENTS).fill(NaN), zoneArea, focalZone: spec.zones.findIndex((z) => z.name === spec.focalZone),
      zoneNames: spec.zones.map((z) => z.name),
      eps: [p.bystander.eps, p.participant.eps, p.core.eps], omega: [p.bystander.omega, p.participant.omega, p.core.omega],
    };
    this.x.led.enabled = o.explain ?? true;
    this.initialCrowd(agents);
  }

  /** The initial segments: shares, type means, representatives; a little seeded sampling noise in L. */
  private initialCrowd(agents: number): void {
    const x = this.x;
    const { p, st } = x;
    const pop = new Rng(this.seed >>> 0, Stream.population);
    const nCore = Math.round(agents * p.shares[0]);
    const nPart = Math.round(agents * p.shares[1]);
    const counts = [agents - nCore - nPart, nPart, nCore];
    const dists = [p.bystander, p.participant, p.core];
    const reps = Math.min(p.repCount, nPart);
    for (let s = 0; s < 3; s++) {
      const seg = st.seg[s]!;
      const d = dists[s]!;
      const n = counts[s]!;
      seg.n = n;
      const sd = d.Luniform ? (d.L[1] - d.L[0]) / 3.4641 : d.L[1];
      seg.L0 = Math.min(1, Math.max(0, x.cls[s]!.L0 + (n > 0 ? pop.normal(0, sd / Math.sqrt(n)) : 0)));
      seg.L = seg.L0;
      const E0 = Math.min(1, Math.max(0, d.E0 + p.arousalShift));
      // Representatives are participants with I0 .7 and E0 .3 (§7.1).
      const r = s === 1 ? reps : 0;
      seg.I0 = n > 0 ? (d.I0 * (n - r) + 0.7 * r) / n : d.I0;
      seg.E0 = n > 0 ? (E0 * (n - r) + Math.min(1, 0.3 + p.arousalShift) * r) / n : E0;
      seg.I = seg.I0;
      seg.E = seg.E0;
      seg.slope = 0;
      seg.hh = x.cls[s]!.Hmean * (s === 0 ? 1 : st.g.hardshipMul);
    }
    const g = st.g;
    g.reps = reps;
    g.inflowCapacity = Math.floor(agents * p.inflowCapacityShare);
    g.Lres0 = p.participant.L[0] + p.legitimacyShift;
    g.Lres = g.Lres0;
    const r = p.initialRumor;
    seedRumor(x, r.content === 'blaming', r.importance, -1, r.spreaders, r.reservoirShare);
    x.led.reset();
    // Initial activation, tension and slopes from the class loop (no deltas, no relaxation yet applied).
    computeIndicators(x, st.cur, true);
    st.prev = { ...st.cur };
    refreshZoneShares(x);
  }

  get tick(): number {
    return this.x.st.g.tick;
  }

  /** Same VenueInfo as the full model (built lazily: the checker rarely needs it). */
  get venue(): VenueInfo {
    if (!this.venueInfo) {
      const v = buildVenue(VENUES[this.preset], new Rng(this.seed >>> 0, Stream.population));
      this.venueInfo = { ...v.info, focalZone: v.spec.focalZone };
    }
    return this.venueInfo;
  }

  private open(): void {
    if (this.tickOpen) return;
    const x = this.x;
    this.tickOpen = true;
    x.led.reset();
    if (x.events.length > 0) x.events.length = 0;
    x.st.g.kappaCause = -1;
    x.st.g.hardshipCause = -1;
    x.st.g.dHardship = 0;
    this.kappaBefore = x.st.g.kappa;
    this.lPopBefore = x.led.enabled ? meanPopulationL(x) : 0; // read only by the ledger's credibility entry
  }

  apply(item: Command): CommandResult {
    const cmd = validateCommand(item, this.preset, '');
    this.open();
    return applyCommand(this.x, cmd);
  }

  inject(i: Inject): void {
    if (i.kind === 'rumor' && !(i.importance > 0 && i.importance <= 1)) throw new SimInputError('inject.importance: must be a number in (0, 1]');
    this.injects.push(i);
  }

  step(): void {
    const x = this.x;
    const st = x.st;
    const g = st.g;
    this.open();
    // A. Due exposures, ended force orders, returning representatives, injects.
    for (let k = 0; k < st.exp.length; k++) if (st.exp[k]!.active && st.exp[k]!.due <= g.tick) exposePromise(x, k);
    for (const f of st.force) if (f.active && f.until <= g.tick) f.active = 0;
    if (g.repsReturnTick >= 0 && g.tick >= g.repsReturnTick) { g.repsReturnTick = -1; g.reps = Math.min(x.p.repCount, Math.floor(st.seg[2]!.n)); }
    if (this.injects.length > 0) {
      for (let k = 0; k < this.injects.length; k++) applyInject(x, this.injects[k]!);
      this.injects.length = 0;
    }
    // B–F.
    policePhase(x);
    infoPhase(x);
    socialUpdate(x);
    inflowPhase(x);
    // H. Officers back from escorts and out of the pool; indicators, ledger, events.
    g.tick++;
    const ring = (g.tick % ESCORT_RING) * ZONES * POSTURE_COUNT;
    for (let i = 0; i < ZONES * POSTURE_COUNT; i++) {
      st.onDuty[i] = (st.onDuty[i] as number) + (st.escort[ring + i] as number);
      st.escort[ring + i] = 0;
    }
    st.withdrawing[g.tick % WITHDRAW_RING] = 0;
    closeTick(x, this.kappaBefore, this.lPopBefore);
    // Zone shares derive from the segments' active shares: kept a function of the state (save/restore).
    refreshZoneShares(x);
    this.tickOpen = false;
  }

  indicators(): Indicators {
    return roundIndicators(this.x.st.cur);
  }

  /** Unrounded indicators (for tests and the ledger check). */
  rawIndicators(): Indicators {
    return { ...this.x.st.cur };
  }

  hash(): string {
    const h = new Fnv1a();
    visit(this.x.st, (v) => { h.q(v); return v; }, false);
    const w = new Uint32Array(4);
    this.x.rng.words(w, 0);
    for (const v of w) h.word(v);
    return h.hex();
  }

  ledger(): readonly LedgerEntry[] {
    return this.x.led.entries(this.x.st.g.tick);
  }

  events(): readonly SimEvent[] {
    return this.x.events;
  }

  /** There are no agents or officers to draw: fills nothing and reports every count 0. */
  snapshot(into: SnapshotBuffers): void {
    into.count = 0;
    into.officerCount = 0;
    into.cordonCount = 0;
  }

  save(): SimSave {
    const rng = new Uint32Array(4);
    this.x.rng.words(rng, 0);
    return {
      preset: this.preset,
      data: { aggregate: true, origin: this.origin, state: packState(this.x.st), rng, names: this.x.led.names.slice(), parents: this.x.led.parents.slice() },
    };
  }

  restore(s: SimSave): void {
    if (s.preset !== this.preset) throw new SimInputError(`restore: saved state is for preset "${s.preset}", not "${this.preset}"`);
    if (s.data.aggregate !== true) throw new SimInputError('restore: saved state is not from an aggregate sim');
    if (s.data.origin !== this.origin) throw new SimInputError(`restore: saved state was made with ${String(s.data.origin)}, this sim with ${this.origin}`);
    unpackState(this.x.st, s.data.state as Float64Array);
    this.x.zoneShareAct.fill(NaN);
    refreshZoneShares(this.x); // derived from the segments' active shares; commands read it before the next step
    this.x.rng.setWords(s.data.rng as Uint32Array, 0);
    this.x.led.names = (s.data.names as string[]).slice();
    this.x.led.parents = (s.data.parents as (string | undefined)[]).slice();
    this.x.led.reset();
    this.x.events.length = 0;
    this.injects.length = 0;
    this.tickOpen = false;
  }

  /** Current credibility (for tests). */
  credibility(): number {
    return credibility(this.x);
  }
}
