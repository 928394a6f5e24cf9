// The run context shared by the surrogate's phase modules: parameters, quadrature classes, zone shares
// from the venue spec, state, ledger, random stream and this tick's events. Plus small shared helpers.

import type { Rng } from '../rng';
import type { ScenarioParams } from '../scenario/presetParams';
import type { VenueSpec } from '../scenario/venueSpecs';
import type { NoEffectReason, SimEvent } from '../types';
import { K, type SegmentClasses } from './knobs';
import { C, Ind, type Ledger } from './ledger';
import { POSTURE_WEIGHT10 } from '../posture';
import { POSTURE_COUNT, SEGMENTS, TALK_MEMORY, ZONES, type AggState } from './state';

export interface Ctx {
  p: ScenarioParams;
  cls: SegmentClasses[];
  /** Share of each segment standing in each zone (segment-major), from the spawn areas of the venue spec. */
  zoneShare: Float64Array;
  /** The same at rest (spawn areas); actives drift from it towards the focal zone. */
  zoneShare0: Float64Array;
  /** The active share per segment that `zoneShare` was last computed from (NaN: not yet). */
  zoneShareAct: Float64Array;
  zoneArea: Float64Array;
  focalZone: number;
  zoneNames: readonly string[];
  eps: readonly number[];
  omega: readonly number[];
  st: AggState;
  led: Ledger;
  rng: Rng;
  events: SimEvent[];
}

/** Officer weight in the perceived police count, by posture code (liaison, uniform, cordon, riot). */
const [W_LIAISON, W_UNIFORM, W_CORDON, W_RIOT] = POSTURE_WEIGHT10;
export const POSTURE_WEIGHT = [W_LIAISON / 10, W_UNIFORM / 10, W_CORDON / 10, W_RIOT / 10] as const;
export const PC = { liaison: 0, uniform: 1, cordon: 2, riot: 3 } as const;

/** Shares of each type (0 bystander, 1 participant, 2 core) in each zone, by overlap of its spawn areas. */
export function zoneSharesOf(spec: VenueSpec): Float64Array {
  const out = new Float64Array(SEGMENTS * ZONES);
  for (let s = 0; s < SEGMENTS; s++) {
    let total = 0;
    for (const sp of spec.spawns) {
      if (!sp.types.includes(s)) continue;
      const r = sp.rect;
      total += (r.x1 - r.x0) * (r.y1 - r.y0);
      spec.zones.forEach((z, k) => {
        const ox = Math.min(r.x1, z.rect.x1) - Math.max(r.x0, z.rect.x0);
        const oy = Math.min(r.y1, z.rect.y1) - Math.max(r.y0, z.rect.y0);
        if (ox > 0 && oy > 0) out[s * ZONES + k] = (out[s * ZONES + k] as number) + ox * oy;
      });
    }
    for (let k = 0; k < ZONES; k++) out[s * ZONES + k] = total > 0 ? (out[s * ZONES + k] as number) / total : 0;
  }
  return out;
}

/** Active citizens walk to the focal point: each segment's focal-zone share grows with its active share. */
export function refreshZoneShares(x: Ctx): void {
  const f = x.focalZone;
  for (let s = 0; s < SEGMENTS; s++) {
    // The shares are a function of `act` alone: nothing to do while it has not changed.
    const act = x.st.seg[s]!.act;
    if (x.zoneShareAct[s] === act) continue;
    x.zoneShareAct[s] = act;
    const b = x.zoneShare0[s * ZONES + f] as number;
    const nf = b + (1 - b) * x.st.seg[s]!.act * K.focalDrift;
    const rest = b < 1 ? (1 - nf) / (1 - b) : 0;
    for (let z = 0; z < ZONES; z++) x.zoneShare[s * ZONES + z] = z === f ? nf : (x.zoneShare0[s * ZONES + z] as number) * rest;
  }
}

/** Present, non-leaving head count. */
export function updatable(x: Ctx): number {
  const g = x.st.seg;
  return g[0]!.n + g[1]!.n + g[2]!.n;
}

/** Head count of a zone (non-leaving citizens). */
export function zoneCrowd(x: Ctx, z: number): number {
  let n = 0;
  for (let s = 0; s < SEGMENTS; s++) n += x.st.seg[s]!.n * (x.zoneShare[s * ZONES + z] as number);
  return n;
}

/** On-duty officers of one posture in one zone (zone −1: all zones). */
export function officers(x: Ctx, zone: number, posture: number): number {
  let n = 0;
  for (let z = 0; z < ZONES; z++) if (zone < 0 || z === zone) n += x.st.onDuty[z * POSTURE_COUNT + posture] as number;
  return n;
}

/** On-duty officers that can arrest or use force (not liaison) in a zone (−1: all). */
export function forceOfficers(x: Ctx, zone: number): number {
  return officers(x, zone, PC.uniform) + officers(x, zone, PC.cordon) + officers(x, zone, PC.riot);
}

/**
 * Adds event deltas to segment `s`, reaching share `w` of it, credited to `cause` in the ledger
 * (per-head sums here; the tick's close turns them into mean contributions).
 */
export function addDeltas(x: Ctx, s: number, w: number, cause: number, dL: number, dI: number, dE: number): void {
  const seg = x.st.seg[s]!;
  if (w <= 0 || seg.n <= 0) return;
  seg.dL += dL * w;
  seg.dI += dI * w;
  seg.dE += dE * w;
  const led = x.led;
  if (!led.enabled) return;
  const heads = w * seg.n;
  if (dL !== 0) led.add(Ind.L, cause, dL * heads);
  if (dI !== 0) led.add(Ind.I, cause, dI * heads);
  if (dE !== 0) led.add(Ind.E, cause, dE * heads);
  led.add(Ind.T, cause, (-seg.hh * dL + x.p.wE * dE) * seg.slope * heads);
}

export const Reach = { address: 0, followers: 1, crowd: 2, all: 3 } as const;

/** Share of segment `s` reached by a reach class (`followers` weighted by identification). */
export function reachShare(x: Ctx, cls: number, s: number): number {
  if (cls === Reach.crowd || cls === Reach.all) return 1;
  if (cls === Reach.followers) return s === 0 ? 0 : x.st.seg[s]!.I;
  // address: near the address point, or within 15 m of a liaison officer.
  const a = K.addressShare[s] as number;
  const n = updatable(x);
  const l = n > 0 ? (officers(x, -1, PC.liaison) * K.liaisonWide) / n : 0;
  return a + (1 - a) * (l / (1 + l));
}

/** Repetition damping: the k-th use of a talk kind within 30 ticks is worth 0.5^(k−1). */
export function damping(x: Ctx, kind: number): number {
  const t = x.st.talk;
  const tick = x.st.g.tick;
  let k = 0;
  let oldest = 0;
  for (let j = 0; j < TALK_MEMORY; j++) {
    const v = t[kind * TALK_MEMORY + j] as number;
    if (v > tick - 30) k++;
    if (v < (t[kind * TALK_MEMORY + oldest] as number)) oldest = j;
  }
  t[kind * TALK_MEMORY + oldest] = tick;
  let f = 1;
  for (let j = 0; j < k; j++) f *= 0.5;
  return f;
}

/** Trust asymmetry: positive effects of words scale with κ (at most ×1.2). */
export function trust(x: Ctx): number {
  return Math.min(1.2, x.st.g.kappa);
}

/** Raises an event for the current tick. */
export function raise(x: Ctx, e: Omit<SimEvent, 'tick'>): void {
  x.events.push({ tick: x.st.g.tick, ...e });
}

/** A valid command that was carried out only partly or not at all (applied 0 raises `noEffect`). */
export function partial(x: Ctx, command: SimEvent['command'], applied: number, wanted: number, reason: NoEffectReason) {
  if (applied === 0) {
    raise(x, { kind: 'noEffect', zone: 'none', command, reason });
    return { ok: true as const, applied, note: reason, reason };
  }
  return applied < wanted ? { ok: true as const, applied, note: reason, reason } : { ok: true as const, applied };
}

export { C };
