// The rumour and information layer of crowd-model.md §4.5 in well-mixed mode: Maki–Thompson
// contacts uniform over N agents, official releases, ambiguity and the continued influence effect.
// No venue, no reservoir, no coupling to L/E; credibility is an input. Used by SF7a and SF8.

import { Rng, Stream } from '../rng';
import { SimInputError } from '../types';

/** An official release in circulation from `tick` on (the `release` command, §5.3). */
export interface WellMixedRelease {
  /** Tick at which the release starts circulating (converts already in that tick). */
  tick: number;
  /** Transparency in [0, 1]: after the release a_base = a0·(1 − transparency·cred). */
  transparency: number;
  /** Rebuttal with an alternative explanation: believers of the most prevalent slot (at release
   *  time) convert with (1 − counterRumorFactor·CIE) instead of (1 − CIE). */
  counterRumor?: boolean;
}

/** One rumour slot: its importance i ∈ (0, 1] and how many agents start as spreaders. */
export interface WellMixedSlot {
  importance: number;
  initialSpreaders: number;
}

/** Options of `runRumorWellMixed`; omitted fields take the §4.8 defaults. */
export interface RumorWellMixedOptions {
  /** Number of agents (≥ 2). */
  N: number;
  /** Initial spreaders of the single rumour (ignored when `slots` is given). */
  initialSpreaders: number;
  /** Importance i ∈ (0, 1] of the single rumour (ignored when `slots` is given); default 1. */
  importance?: number;
  /** Up to 4 rumours; when given it replaces `initialSpreaders`/`importance`. */
  slots?: readonly WellMixedSlot[];
  /** β0 of the transmission probability β = min(1, β0·i·a); default .6. */
  beta0?: number;
  /** a0: ambiguity before any release; default 1. */
  a0?: number;
  /** g: growth of ambiguity per tick since the last information; default .005. */
  g?: number;
  /** a_max: cap of the ambiguity; default 2. */
  aMax?: number;
  /** c: probability per tick that a spreader makes one contact; default .03. */
  c?: number;
  /** Official releases (any order; applied in tick order); default none. */
  releases?: readonly WellMixedRelease[];
  /** cred ∈ [0, 1], fixed in well-mixed mode (the scenario engine computes κ·L̄·b); default 1. */
  credibility?: number;
  /** ρ: reach of a release in its first tick (per-tick conversion chance before cred); default .05. */
  reach?: number;
  /** Reach multiplier per tick after the first (1 = constant); dropped below .001; default .95. */
  releaseDecay?: number;
  /** Continued influence effect: believers convert with ρ·cred·(1 − CIE); default .5. */
  cie?: number;
  /** Counter-rumour factor: (1 − factor·CIE) for the rebutted slot; default .7. */
  counterRumorFactor?: number;
  /** Number of ticks to run. */
  ticks: number;
  /** Master seed (uint32); contacts and conversions draw from its `info` stream. */
  seed: number;
}

/** Series and summary of one rumour slot. Series have ticks + 1 entries: entry t is the state at
 *  the start of tick t, the last entry the final state. All values are fractions of N. */
export interface RumorSlotResult {
  ignorant: Float64Array;
  spreaders: Float64Array;
  stiflers: Float64Array;
  /** X: reached by official information (pre-bunked ignorants and converted believers). */
  informed: Float64Array;
  peakSpreaders: number;
  /** Series index of the first maximum of `spreaders`. */
  peakTick: number;
  /** Agents that were ever spreaders (initial spreaders included). */
  everBelieved: number;
  /** S + Rst at the end. */
  finalBelievers: number;
  /** Agents never contacted by a spreader while ignorant and never spreaders: U at the end plus
   *  the pre-bunked X who met the rumour only as already debunked (or never). */
  neverHeard: number;
}

/** Slot 0's results at the top level (the tests use one slot), all slots in `slots`. */
export interface RumorResult extends RumorSlotResult {
  slots: RumorSlotResult[];
}

// Per-agent states of one slot (§4.2: U ignorant, S spreader, Rst stifler, X informed).
const U = 0;
const S = 1;
const RST = 2;
const X = 3;
const MAX_SLOTS = 4;
const REACH_FLOOR = 0.001;

function check(ok: boolean, field: string, what: string): void {
  if (!ok) throw new SimInputError(`runRumorWellMixed: ${field} ${what}`);
}
const isProb = (v: number): boolean => Number.isFinite(v) && v >= 0 && v <= 1;
const isCount = (v: number): boolean => Number.isInteger(v) && v >= 0;

/** Runs the well-mixed rumour process and returns per-tick fractions and summaries (§4.5). */
export function runRumorWellMixed(o: RumorWellMixedOptions): RumorResult {
  const N = o.N;
  const ticks = o.ticks;
  const beta0 = o.beta0 ?? 0.6;
  const a0 = o.a0 ?? 1;
  const g = o.g ?? 0.005;
  const aMax = o.aMax ?? 2;
  const c = o.c ?? 0.03;
  const cred = o.credibility ?? 1;
  const reach = o.reach ?? 0.05;
  const decay = o.releaseDecay ?? 0.95;
  const cie = o.cie ?? 0.5;
  const counterFactor = o.counterRumorFactor ?? 0.7;
  const slots: readonly WellMixedSlot[] = o.slots ?? [
    { importance: o.importance ?? 1, initialSpreaders: o.initialSpreaders },
  ];

  check(Number.isInteger(N) && N >= 2, 'N', 'must be an integer ≥ 2');
  check(isCount(ticks), 'ticks', 'must be a non-negative integer');
  check(Number.isInteger(o.seed), 'seed', 'must be an integer');
  check(slots.length >= 1 && slots.length <= MAX_SLOTS, 'slots', `must hold 1 to ${MAX_SLOTS} rumours`);
  for (const s of slots) {
    check(isCount(s.initialSpreaders) && s.initialSpreaders <= N, 'initialSpreaders', 'must be an integer in [0, N]');
    check(isProb(s.importance) && s.importance > 0, 'importance', 'must be in (0, 1]');
  }
  check(Number.isFinite(beta0) && beta0 >= 0, 'beta0', 'must be ≥ 0');
  check(Number.isFinite(a0) && a0 >= 0, 'a0', 'must be ≥ 0');
  check(Number.isFinite(g) && g >= 0, 'g', 'must be ≥ 0');
  check(Number.isFinite(aMax) && aMax >= 0, 'aMax', 'must be ≥ 0');
  for (const [name, v] of [['c', c], ['credibility', cred], ['reach', reach], ['releaseDecay', decay],
    ['cie', cie], ['counterRumorFactor', counterFactor]] as const) check(isProb(v), name, 'must be in [0, 1]');
  const releases = [...(o.releases ?? [])];
  for (const r of releases) {
    check(isCount(r.tick), 'releases[].tick', 'must be a non-negative integer');
    check(isProb(r.transparency), 'releases[].transparency', 'must be in [0, 1]');
  }
  // Stable by construction: ties keep the given order (the comparator is total on (tick, index)).
  const order = releases.map((_, i) => i).sort((i, j) => (releases[i]!.tick - releases[j]!.tick) || i - j);
  const rel = order.map((i) => releases[i]!);
  const R = rel.length;

  const K = slots.length;
  const rng = new Rng(o.seed >>> 0, Stream.info);
  const state = new Uint8Array(N * K); // agent i, slot k at k·N + i
  const heard = new Uint8Array(N * K); // 1 once met as a rumour (contacted while U, or a spreader)
  const spreaderList = new Int32Array(N); // also the permutation buffer for seeding
  const counts = new Int32Array(K * 4); // [k·4 + state]
  const everCount = new Int32Array(K);
  const relReach = new Float64Array(R); // current reach of each release (0 = not yet / dropped)
  const relTarget = new Int8Array(R).fill(-1); // slot rebutted by a counterRumor release
  const pU = new Float64Array(K); // per-tick U → X probability per slot
  const pB = new Float64Array(K); // per-tick S/Rst → X probability per slot
  const out: RumorSlotResult[] = slots.map(() => ({
    ignorant: new Float64Array(ticks + 1), spreaders: new Float64Array(ticks + 1),
    stiflers: new Float64Array(ticks + 1), informed: new Float64Array(ticks + 1),
    peakSpreaders: 0, peakTick: 0, everBelieved: 0, finalBelievers: 0, neverHeard: 0,
  }));

  // Seed each slot's spreaders: a partial Fisher–Yates over the agents, drawn from `info`.
  for (let k = 0; k < K; k++) {
    const base = k * N;
    const m = slots[k]!.initialSpreaders;
    for (let i = 0; i < N; i++) spreaderList[i] = i;
    for (let j = 0; j < m; j++) {
      const r = j + rng.int(N - j);
      const pick = spreaderList[r]!;
      spreaderList[r] = spreaderList[j]!;
      spreaderList[j] = pick;
      state[base + pick] = S;
      heard[base + pick] = 1;
    }
    counts[k * 4 + U] = N - m;
    counts[k * 4 + S] = m;
    everCount[k] = m;
  }

  const record = (t: number): void => {
    for (let k = 0; k < K; k++) {
      const r = out[k]!;
      r.ignorant[t] = counts[k * 4 + U]! / N;
      r.spreaders[t] = counts[k * 4 + S]! / N;
      r.stiflers[t] = counts[k * 4 + RST]! / N;
      r.informed[t] = counts[k * 4 + X]! / N;
    }
  };
  record(0);

  let aBase = a0;
  let tInfo = 0;
  let nextRel = 0;
  for (let t = 0; t < ticks; t++) {
    // Releases due now: information resets ambiguity and starts circulating (I2, I3).
    while (nextRel < R && rel[nextRel]!.tick === t) {
      const r = rel[nextRel]!;
      aBase = a0 * (1 - r.transparency * cred);
      tInfo = t;
      relReach[nextRel] = reach;
      if (r.counterRumor === true) relTarget[nextRel] = mostPrevalentSlot(counts, K);
      nextRel++;
    }
    const amb = Math.min(aMax, aBase * (1 + g * (t - tInfo)));

    // Official-release conversions: one combined draw per agent and slot, only while a release
    // circulates, so arms that differ only in release time share every draw before it.
    let anyRelease = false;
    for (let k = 0; k < K; k++) {
      let keepU = 1;
      let keepB = 1;
      for (let j = 0; j < R; j++) {
        const rho = relReach[j]!;
        if (rho === 0) continue;
        anyRelease = true;
        const discount = relTarget[j] === k ? 1 - counterFactor * cie : 1 - cie; // CIE (Lewandowsky)
        keepU *= 1 - rho * cred;
        keepB *= 1 - rho * cred * discount;
      }
      pU[k] = 1 - keepU;
      pB[k] = 1 - keepB;
    }
    if (anyRelease) {
      for (let k = 0; k < K; k++) {
        const base = k * N;
        const pu = pU[k]!;
        const pb = pB[k]!;
        for (let i = 0; i < N; i++) {
          const s = state[base + i]!;
          if (s === X) continue;
          if (rng.uniform() < (s === U ? pu : pb)) {
            state[base + i] = X;
            counts[k * 4 + s]!--;
            counts[k * 4 + X]!++;
          }
        }
      }
    }

    // Maki–Thompson contacts: the spreaders at the start of the contact phase, in index order.
    // Agents recruited this tick spread from the next tick on (synchronous update).
    for (let k = 0; k < K; k++) {
      const base = k * N;
      const beta = Math.min(1, beta0 * slots[k]!.importance * amb); // Allport–Postman R ~ i·a
      let nSp = 0;
      for (let i = 0; i < N; i++) if (state[base + i] === S) spreaderList[nSp++] = i;
      for (let q = 0; q < nSp; q++) {
        const i = spreaderList[q]!;
        if (!rng.chance(c)) continue;
        let j = rng.int(N - 1); // uniform over the other N − 1 agents
        if (j >= i) j++;
        const sj = state[base + j]!;
        if (sj === U) {
          heard[base + j] = 1;
          if (rng.uniform() < beta) {
            state[base + j] = S;
            everCount[k]!++;
            counts[k * 4 + U]!--;
            counts[k * 4 + S]!++;
          }
        } else {
          // The target already knows (S, Rst or X): the initiating spreader stops (MT).
          state[base + i] = RST;
          counts[k * 4 + S]!--;
          counts[k * 4 + RST]!++;
        }
      }
    }

    for (let j = 0; j < R; j++) {
      if (relReach[j] === 0) continue;
      const next = relReach[j]! * decay;
      relReach[j] = next < REACH_FLOOR ? 0 : next;
    }
    record(t + 1);
  }

  for (let k = 0; k < K; k++) {
    const r = out[k]!;
    const base = k * N;
    let peak = -1;
    for (let t = 0; t <= ticks; t++) {
      const v = r.spreaders[t]!;
      if (v > peak) {
        peak = v;
        r.peakTick = t;
      }
    }
    r.peakSpreaders = peak;
    r.everBelieved = everCount[k]! / N;
    r.finalBelievers = (counts[k * 4 + S]! + counts[k * 4 + RST]!) / N;
    let never = 0;
    for (let i = 0; i < N; i++) if (heard[base + i] === 0) never++;
    r.neverHeard = never / N;
  }
  return { ...out[0]!, slots: out };
}

/** The slot with the most believers (S + Rst); ties go to the lowest index. */
function mostPrevalentSlot(counts: Int32Array, K: number): number {
  let best = 0;
  let bestN = -1;
  for (let k = 0; k < K; k++) {
    const n = counts[k * 4 + S]! + counts[k * 4 + RST]!;
    if (n > bestN) {
      bestN = n;
      best = k;
    }
  }
  return best;
}
