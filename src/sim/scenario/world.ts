// The whole mutable state of one scenario-preset run, shared by the phase modules (police, info, social…).
// Plain fields and typed arrays only, so it can be hashed, saved and restored exactly.

import type { Indicators, RumorContent, ScenarioPresetName, SimEvent } from '../types';
import type { Rng } from '../rng';
import { Citizens, Officers } from './citizens';
import type { ScenarioParams } from './presetParams';
import type { Venue } from './venue';
import type { Physical } from './physical';
import { CauseBook } from './causeBook';
import { CitizenGrid } from './citizenGrid';

export const MAX_RELEASES = 64;

/** One rumour slot: content, importance and the reservoir's mean-field fractions. */
export interface RumorSlot {
  active: boolean;
  content: RumorContent;
  importance: number;
  /** Reservoir fractions: ignorant, spreaders, stiflers, informed. */
  u: number;
  s: number;
  r: number;
  x: number;
  cause: number;
}

/** An official release in circulation (§4.5). */
export interface Release {
  reach: number;
  reachRes: number;
  transparency: number;
  counterRumor: boolean;
  credMul: number;
  /** Within `address` only (loudspeaker). */
  addressOnly: boolean;
  inflowDamping: boolean;
  cause: number;
}

/** An empty promise waiting to be exposed. */
export interface Exposure {
  dueTick: number;
  remedy: number;
  reach: number; // reach class code (see talk.ts)
  factor: number;
  negotiationOpen: boolean;
  cause: number;
}

/** A running `disperse` order. */
export interface ForceOrder {
  zone: number; // −1 = every zone
  untilTick: number;
  cause: number;
  ticksRun: number;
}

export class World {
  readonly preset: ScenarioPresetName;
  readonly p: ScenarioParams;
  readonly venue: Venue;
  readonly c: Citizens;
  readonly o: Officers;
  readonly rng: Rng[];
  physical!: Physical;
  readonly causes = new CauseBook();
  /** Spatial hash of present citizens, rebuilt by whoever queries it after positions changed. */
  readonly grid: CitizenGrid;
  /** The `address` reach of the current boundary (see talk.ts addressReach); recomputed on first use. */
  readonly inAddress: Uint8Array;
  addressValid = false;

  tick = 0;
  initialAgents = 0;
  inflowCapacity = 0;
  inflowCount = 0;
  inflowCarry = 0;
  arrests = 0;
  injuries = 0;
  deployCounter = 0;
  commandCount = 0;

  // Globals (§4.4, §4.5)
  hardshipMul = 1;
  J = 1;
  kappa = 1;
  ambiguity = 1;
  aBase = 1;
  tInfo = 0;
  anyRelease = false;
  Lres = 0;
  Lres0 = 0;
  broadcast = false;
  negotiation = false;
  /** Ticks until new representatives emerge after isolation (−1 = none pending). */
  repsReturnTick = -1;
  /** Commit effects on leaving: until this tick p_leave ×3 and I_leave .5. */
  commitLeaveUntil = -1;
  readonly rumors: RumorSlot[] = [];
  /** Prevalence per rumour slot at the end of the last tick (computed with the indicators). */
  readonly rumorPrev = new Float64Array(4);
  readonly releases: Release[] = [];
  readonly exposures: Exposure[] = [];
  readonly forces: ForceOrder[] = [];
  /** Repetition damping: tick of the last uses of speak tones / meet / apologize (30-tick window). */
  readonly recentTalk: number[][] = [[], [], [], [], []];
  /** Latest cause of officer changes (parent of `deterrence`). */
  policeCause = -1;
  /** Cause ids of posture effects, re-registered with the latest deploy/setPosture as parent. */
  postureCause = new Int32Array(4);
  /** Ticks since force was used in each zone (L0 −.01 per 10 ticks of force). */
  forceTicks = 0;
  firstInjurySeeded = false;
  releaseCount = 0;
  /** Cause of the latest κ change this tick (credibility ledger), −1 if none. */
  kappaCause = -1;
  readonly silenceCause: number;
  /** Cause of the latest hardshipMul change and its size this tick (tension ledger). */
  hardshipCause = -1;
  dHardship = 0;
  /** `deterrence`, parented to the latest police command, and the tick that command was given. */
  deterrenceCause: number;
  deterrenceSince = -1;

  // Per-tick outputs
  events: SimEvent[] = [];
  prev!: Indicators;
  cur!: Indicators;
  /** Tick of the latest mean change per citizen-level quantity for trend (not hashed). */
  maxDensity = 0;
  turbulence = false;
  /** Zone of the tick's densest cell, for located density events. */
  densityZone = 'none';

  // Per-citizen scratch kept across ticks for attribution (not part of the model state)
  readonly P: Float64Array;
  readonly Reff: Float64Array;
  readonly sig: Float64Array;
  /** Actives in view (1 + a) and social cell at the citizen's last update: split ΔP (see social.ts). */
  readonly Awin: Float64Array;
  readonly cellWin: Int32Array;

  constructor(preset: ScenarioPresetName, p: ScenarioParams, venue: Venue, capacity: number, rng: Rng[]) {
    this.preset = preset;
    this.p = p;
    this.venue = venue;
    this.c = new Citizens(capacity);
    this.o = new Officers(p.maxOfficers);
    this.rng = rng;
    this.grid = new CitizenGrid(venue.spec.width, venue.spec.height, capacity);
    this.inAddress = new Uint8Array(capacity);
    this.P = new Float64Array(capacity);
    this.Reff = new Float64Array(capacity);
    this.sig = new Float64Array(capacity);
    this.Awin = new Float64Array(capacity);
    this.cellWin = new Int32Array(capacity).fill(-1);
    this.silenceCause = this.causes.register('silence');
    this.deterrenceCause = this.causes.names.indexOf('deterrence');
    this.postureCause.fill(-1);
  }

  event(e: Omit<SimEvent, 'tick'>): void {
    this.events.push({ tick: this.tick, ...e });
  }
}
