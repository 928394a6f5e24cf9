// The whole mutable state of one aggregate (mean-field) run: plain numeric fields in fixed-size records,
// packed in a fixed key order for save, restore and the FNV-1a hash. No agents, no positions.

import type { Indicators } from '../types';

export const SEGMENTS = 3; // 0 bystanders, 1 participants, 2 core (the CitizenType codes)
export const ZONES = 3;
export const POSTURE_COUNT = 4; // liaison, uniform, cordon, riot (OfficerPostureCode order)
export const RUMOR_SLOTS = 4;
export const MAX_RELEASES = 8;
export const MAX_EXPOSURES = 8;
export const MAX_FORCES = 4;
export const ESCORT_RING = 6;
export const WITHDRAW_RING = 4;
export const MAX_DEPLOY_RECORDS = 32;
export const TALK_KINDS = 5;
export const TALK_MEMORY = 8;

/** One crowd segment: head counts and mean L, I, E with their baselines and this tick's event buffers. */
export class Seg {
  n = 0; leaving = 0; L = 0; L0 = 0; I = 0; I0 = 0; E = 0; E0 = 0;
  dL = 0; dI = 0; dE = 0; act = 0; vio = 0; slope = 0; hh = 0; arrivals = 0;
  static readonly KEYS = ['n', 'leaving', 'L', 'L0', 'I', 'I0', 'E', 'E0', 'dL', 'dI', 'dE', 'act', 'vio', 'slope', 'hh', 'arrivals'] as const;
}

/** A rumour slot: on-site fractions (of present citizens) and reservoir fractions, well mixed. */
export class RumorRec {
  active = 0; blaming = 0; importance = 0; cause = -1;
  us = 1; ss = 0; rs = 0; xs = 0; u = 1; s = 0; r = 0; x = 0; prev = 0; viral = 0;
  static readonly KEYS = ['active', 'blaming', 'importance', 'cause', 'us', 'ss', 'rs', 'xs', 'u', 's', 'r', 'x', 'prev', 'viral'] as const;
}

/** An official release in circulation (reach decays ×releaseDecay per tick). */
export class ReleaseRec {
  active = 0; reach = 0; reachRes = 0; transparency = 0; counter = 0; credMul = 1; addressOnly = 0; damping = 0; cause = -1;
  static readonly KEYS = ['active', 'reach', 'reachRes', 'transparency', 'counter', 'credMul', 'addressOnly', 'damping', 'cause'] as const;
}

/** An empty promise waiting to be found out. */
export class ExposureRec {
  active = 0; due = 0; remedy = 0; reach = 0; factor = 1; negotiationOpen = 0; cause = -1;
  static readonly KEYS = ['active', 'due', 'remedy', 'reach', 'factor', 'negotiationOpen', 'cause'] as const;
}

/** A running dispersal order (zone −1 = every zone). */
export class ForceRec {
  active = 0; zone = -1; until = 0; cause = -1;
  static readonly KEYS = ['active', 'zone', 'until', 'cause'] as const;
}

/** Global scalars. */
export class Globals {
  tick = 0; hardshipMul = 1; J = 1; kappa = 1; aBase = 1; tInfo = 0; anyRelease = 0; broadcast = 0;
  negotiation = 0; commitLeaveUntil = -1; repsReturnTick = -1; forceTicks = 0; firstInjury = 0;
  Lres = 0; Lres0 = 0; inflowCarry = 0; inflowCount = 0; inflowCapacity = 0; arrests = 0; injuries = 0; injuryCarry = 0;
  reps = 0; commandCount = 0; releaseCount = 0; ambiguity = 1; maxDensity = 0; trig = 0; left = 0;
  forcePush = 0; deterrenceCause = 2; hardshipCause = -1; dHardship = 0; kappaCause = -1; recordCount = 0;
  static readonly KEYS = [
    'tick', 'hardshipMul', 'J', 'kappa', 'aBase', 'tInfo', 'anyRelease', 'broadcast', 'negotiation', 'commitLeaveUntil',
    'repsReturnTick', 'forceTicks', 'firstInjury', 'Lres', 'Lres0', 'inflowCarry', 'inflowCount', 'inflowCapacity', 'arrests',
    'injuries', 'injuryCarry', 'reps', 'commandCount', 'releaseCount', 'ambiguity', 'maxDensity', 'trig', 'left', 'forcePush',
    'deterrenceCause', 'hardshipCause', 'dHardship', 'kappaCause', 'recordCount',
  ] as const;
}

/** Every record of a run, in the fixed order used by pack/unpack. */
export class AggState {
  readonly g = new Globals();
  readonly seg: Seg[] = [new Seg(), new Seg(), new Seg()];
  readonly rumor: RumorRec[] = Array.from({ length: RUMOR_SLOTS }, () => new RumorRec());
  readonly rel: ReleaseRec[] = Array.from({ length: MAX_RELEASES }, () => new ReleaseRec());
  readonly exp: ExposureRec[] = Array.from({ length: MAX_EXPOSURES }, () => new ExposureRec());
  readonly force: ForceRec[] = Array.from({ length: MAX_FORCES }, () => new ForceRec());
  /** On-duty officers per zone × posture. */
  readonly onDuty = new Float64Array(ZONES * POSTURE_COUNT);
  /** Escorting officers returning at tick ≡ k (mod ESCORT_RING), per zone × posture. */
  readonly escort = new Float64Array(ESCORT_RING * ZONES * POSTURE_COUNT);
  /** Withdrawing officers (still committed to the pool) leaving at tick ≡ k (mod WITHDRAW_RING). */
  readonly withdrawing = new Float64Array(WITHDRAW_RING);
  /** Deploy records (zone, posture, count) for last-in first-out withdrawals. */
  readonly records = new Float64Array(MAX_DEPLOY_RECORDS * 3);
  /** Ticks of the recent uses of each talk kind (repetition damping), −1e9 = empty. */
  readonly talk = new Float64Array(TALK_KINDS * TALK_MEMORY).fill(-1e9);
  /** Cause id of each posture's effects (the latest police command is the parent). */
  readonly postureCause = new Float64Array(POSTURE_COUNT);
  /** Indicators: the current and the previous tick (unrounded). */
  cur: Indicators = emptyIndicators();
  prev: Indicators = emptyIndicators();
}

export function emptyIndicators(): Indicators {
  return {
    tick: 0, crowdSize: 0, activeFraction: 0, violentFraction: 0, tension: 0, violenceRisk: 0,
    latentTension: 0, legitimacy: 0, identification: 0, arousal: 0, rumorPrevalence: 0,
    credibility: 0, safetyRisk: 0, maxDensity: 0, arrests: 0, injuries: 0,
  };
}

const IND_KEYS = [
  'tick', 'crowdSize', 'activeFraction', 'violentFraction', 'tension', 'violenceRisk', 'latentTension', 'legitimacy',
  'identification', 'arousal', 'rumorPrevalence', 'credibility', 'safetyRisk', 'maxDensity', 'arrests', 'injuries',
] as const;

type Rec = Record<string, number>;
const TYPED = ['onDuty', 'escort', 'withdrawing', 'records', 'talk', 'postureCause'] as const;

/** Calls `fn` on every state number in the fixed order (reads), or assigns what `fn` returns (writes). */
export function visit(st: AggState, fn: (v: number) => number, write: boolean): void {
  const rec = (o: object, keys: readonly string[]): void => {
    const r = o as Rec;
    for (const k of keys) { const v = fn(r[k] as number); if (write) r[k] = v; }
  };
  rec(st.g, Globals.KEYS);
  for (const s of st.seg) rec(s, Seg.KEYS);
  for (const r of st.rumor) rec(r, RumorRec.KEYS);
  for (const r of st.rel) rec(r, ReleaseRec.KEYS);
  for (const r of st.exp) rec(r, ExposureRec.KEYS);
  for (const r of st.force) rec(r, ForceRec.KEYS);
  for (const name of TYPED) {
    const a = st[name];
    for (let i = 0; i < a.length; i++) { const v = fn(a[i] as number); if (write) a[i] = v; }
  }
  rec(st.cur, IND_KEYS);
  rec(st.prev, IND_KEYS);
}

/** Copies every state number into a new Float64Array (exact). */
export function packState(st: AggState): Float64Array {
  let n = 0;
  visit(st, (v) => { n++; return v; }, false);
  const out = new Float64Array(n);
  let i = 0;
  visit(st, (v) => { out[i++] = v; return v; }, false);
  return out;
}

/** Restores what packState wrote. */
export function unpackState(st: AggState, data: Float64Array): void {
  let i = 0;
  visit(st, () => data[i++] as number, true);
}
