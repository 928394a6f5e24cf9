// Talk commands (crowd-model.md §5.1, §5.3): speak, meetRepresentatives, commit, apologize, broadcast,
// with reach classes, repetition damping and credibility scaling; empty promises are exposed later.

import type { Rng } from '../rng';
import { Stream } from '../rng';
import { CitizenState, OfficerStatus, type CommandArgs } from '../types';
import { OfficerPostureCode } from './citizens';
import { informed, seedRumor } from './infoLayer';
import { addDeltas, type Attribution } from './social';
import type { World } from './world';

// Module-local aliases: hot loops read plain bindings, not module-export getters.
const { QUIET: ST_QUIET, VIOLENT: ST_VIOLENT } = CitizenState;
const { onDuty: OS_onDuty } = OfficerStatus;
const { liaison: PC_liaison } = OfficerPostureCode;

export const Reach = { address: 0, followers: 1, crowd: 2, all: 3 } as const;
const ADDRESS_RADIUS = 40;
const LIAISON_RADIUS = 15;
const DAMPING_WINDOW = 30;

/** The `address` reach of the current boundary, computed on first use (positions do not change between
 * a step and the next): 1 for present citizens within 40 m of the address point or 15 m of a liaison officer. */
export function addressReach(w: World): Uint8Array {
  if (!w.addressValid) {
    markAddress(w, w.inAddress);
    w.addressValid = true;
  }
  return w.inAddress;
}

function markAddress(w: World, out: Uint8Array): void {
  const c = w.c;
  const o = w.o;
  const ax = w.venue.spec.address.x;
  const ay = w.venue.spec.address.y;
  out.fill(0, 0, c.used);
  for (let i = 0; i < c.used; i++) {
    if ((c.state[i] as number) > ST_VIOLENT) continue;
    const dx = (c.x[i] as number) - ax;
    const dy = (c.y[i] as number) - ay;
    if (dx * dx + dy * dy <= ADDRESS_RADIUS * ADDRESS_RADIUS) out[i] = 1;
  }
  const grid = w.grid;
  grid.rebuild(c);
  for (let j = 0; j < o.used; j++) {
    if ((o.status[j] as number) !== OS_onDuty || (o.posture[j] as number) !== PC_liaison) continue;
    const n = grid.query(c, o.x[j] as number, o.y[j] as number, LIAISON_RADIUS);
    for (let k = 0; k < n; k++) out[grid.found[k] as number] = 1;
  }
}

/** Calls `fn(i, weight)` for every citizen reached by a class; the reservoir's share for `all` via `res`. */
function reach(w: World, cls: number, fn: (i: number, weight: number) => void, res?: (weight: number) => void): void {
  const c = w.c;
  const inAddress = cls === Reach.address ? addressReach(w) : undefined;
  for (let i = 0; i < c.used; i++) {
    if ((c.state[i] as number) > ST_VIOLENT) continue;
    if (inAddress) { if (inAddress[i]) fn(i, 1); }
    else if (cls === Reach.followers) { if ((c.type[i] as number) !== 0) fn(i, c.I[i] as number); }
    else fn(i, 1);
  }
  if (cls === Reach.all && res) res(1);
}

/** Repetition damping: the k-th use within 30 ticks is worth 0.5^(k−1). */
function damping(w: World, kind: number): number {
  const list = w.recentTalk[kind]!;
  while (list.length > 0 && (list[0] as number) <= w.tick - DAMPING_WINDOW) list.shift();
  list.push(w.tick);
  let f = 1;
  for (let k = 1; k < list.length; k++) f *= 0.5;
  return f;
}

/** Trust asymmetry: positive effects of words scale with κ (at most ×1.2). */
function trust(w: World): number {
  return Math.min(1.2, w.kappa);
}

const TALK_KIND = { empathetic: 0, neutral: 1, harsh: 2, meet: 3, apologize: 4 } as const;

export function speak(w: World, att: Attribution, a: CommandArgs['speak'], cause: number): number {
  const cls = w.broadcast ? Reach.all : Reach.address;
  const f = damping(w, TALK_KIND[a.tone]);
  const c = w.c;
  let n = 0;
  if (a.tone === 'empathetic') {
    const t = f * trust(w);
    reach(w, cls, (i, wt) => { n++; addDeltas(w, att, i, cause, 0.03 * t * wt, -0.02 * t * wt, -0.05 * t * wt); },
      (wt) => { w.Lres = Math.min(1, w.Lres + 0.03 * t * wt); });
    informed(w);
  } else if (a.tone === 'neutral') {
    reach(w, cls, (i, wt) => { n++; addDeltas(w, att, i, cause, 0, 0, -0.01 * f * wt); });
    informed(w);
  } else {
    const rng = w.rng[Stream.social] as Rng;
    reach(w, cls, (i, wt) => {
      n++;
      // "Manipulated by a few" backfires on those who identify with the crowd (ESIM; Chongqing 2008).
      const backfire = (c.I[i] as number) > 0.5;
      addDeltas(w, att, i, cause, (-0.03 - (backfire ? 0.02 : 0)) * f * wt, (backfire ? 0.02 : 0) * f * wt, 0.05 * f * wt);
      if ((c.type[i] as number) === 0 && (c.R[i] as number) > 0.6 && (c.state[i] as number) === ST_QUIET && rng.chance(0.2)) c.leaving[i] = 1;
    }, (wt) => { w.Lres = Math.max(0, w.Lres - 0.03 * f * wt); });
    w.J = Math.min(2, w.J * 1.25);
  }
  return n;
}

export function meetRepresentatives(w: World, att: Attribution, cause: number): number {
  const c = w.c;
  let reps = 0;
  for (let i = 0; i < c.used; i++) if (c.rep[i] && (c.state[i] as number) <= ST_VIOLENT) reps++;
  if (reps === 0) return 0;
  const t = damping(w, TALK_KIND.meet) * trust(w);
  const cls = w.broadcast ? Reach.all : Reach.followers;
  reach(w, cls, (i, wt) => addDeltas(w, att, i, cause, 0.02 * t * wt, 0, -0.03 * t * wt),
    (wt) => { w.Lres = Math.min(1, w.Lres + 0.02 * t * wt); });
  w.negotiation = true;
  return reps;
}

export function commit(w: World, att: Attribution, a: CommandArgs['commit'], cause: number): number {
  const r = a.remedy;
  const factor = w.negotiation ? 1 : 0.5;
  const cls = w.broadcast ? Reach.all : w.negotiation ? Reach.crowd : Reach.address;
  const t = trust(w) * factor;
  const c = w.c;
  let n = 0;
  reach(w, cls, (i, wt) => {
    n++;
    addDeltas(w, att, i, cause, 0.08 * r * t * wt, 0, -0.1 * r * t * wt);
    if (a.credible) c.L0[i] = Math.min(1, (c.L0[i] as number) + 0.08 * r * t * wt);
  }, (wt) => { w.Lres = Math.min(1, w.Lres + 0.08 * r * t * wt); if (a.credible) w.Lres0 = Math.min(1, w.Lres0 + 0.08 * r * t * wt); });
  if (a.credible) {
    const before = w.hardshipMul;
    w.hardshipMul = Math.max(0.4, w.hardshipMul * (1 - 0.25 * r * factor));
    w.dHardship += w.hardshipMul - before;
    w.hardshipCause = cause;
    w.commitLeaveUntil = w.tick + 60;
  } else {
    w.exposures.push({
      dueTick: w.tick + (a.exposeAfterTicks ?? w.p.exposeAfterTicks), remedy: r, reach: cls, factor,
      negotiationOpen: w.negotiation, cause,
    });
  }
  return n;
}

/** An empty promise is found out: legitimacy and trust collapse, and "they lied" spreads (T5). */
export function exposePromise(w: World, att: Attribution, k: number): void {
  const e = w.exposures[k]!;
  const r = e.remedy;
  const c = w.c;
  const cause = w.causes.register('promise:exposed', w.causes.names[e.cause]);
  reach(w, e.reach, (i, wt) => {
    const extra = e.negotiationOpen && (c.type[i] as number) === 2 ? -0.05 : 0;
    addDeltas(w, att, i, cause, (-0.2 * r + extra) * e.factor * wt, 0, 0.2 * r * e.factor * wt);
    c.L0[i] = Math.max(0, (c.L0[i] as number) - 0.1 * r * e.factor * wt);
  }, (wt) => { w.Lres = Math.max(0, w.Lres - 0.2 * r * e.factor * wt); });
  w.kappa = Math.max(0.1, w.kappa * 0.5);
  w.kappaCause = cause;
  seedRumor(w, 'blaming', 1, cause);
  w.event({ kind: 'promiseExposed', zone: 'none' });
}

export function apologize(w: World, att: Attribution, cause: number): number {
  const t = damping(w, TALK_KIND.apologize) * trust(w);
  const cls = w.broadcast ? Reach.all : Reach.address;
  let n = 0;
  reach(w, cls, (i, wt) => { n++; addDeltas(w, att, i, cause, 0.03 * t * wt, 0, 0); },
    (wt) => { w.Lres = Math.min(1, w.Lres + 0.03 * t * wt); });
  w.kappa = Math.min(1.5, w.kappa * 1.1);
  w.kappaCause = cause;
  informed(w);
  return n;
}
