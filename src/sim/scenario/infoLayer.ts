// Phase C (crowd-model.md §4.5): rumours on site and in the off-site reservoir (Maki–Thompson contacts,
// Allport–Postman transmission), official releases, ambiguity and credibility. Stream `info` only.

import type { Rng } from '../rng';
import { Stream } from '../rng';
import { CitizenState, OfficerStatus, type CommandArgs, type RumorContent } from '../types';
import { Ind } from './causeBook';
import { OfficerPostureCode, RUMOR_SLOTS, Rumor } from './citizens';
import { addDeltas, type Attribution } from './social';
import { addressReach } from './talk';
import type { World } from './world';
import { MAX_RELEASES } from './world';

// Module-local aliases: hot loops read plain bindings, not module-export getters.
const { VIOLENT: ST_VIOLENT } = CitizenState;
const { onDuty: OS_onDuty } = OfficerStatus;
const { liaison: PC_liaison } = OfficerPostureCode;
const { U: RM_U, S: RM_S, Rst: RM_Rst, X: RM_X } = Rumor;
const { rumorPrevalence: IND_rumorPrevalence } = Ind;

/** On-site reach ρ and reservoir reach ρ_res per channel (§5.3). */
const CHANNEL = {
  loudspeaker: { reach: 0.3, res: 0, addressOnly: true, damping: false, credMul: 1 },
  official: { reach: 0.05, res: 0.3, addressOnly: false, damping: true, credMul: 1 },
  press: { reach: 0.05, res: 0.5, addressOnly: false, damping: true, credMul: 1 },
  live: { reach: 0.3, res: 0.5, addressOnly: false, damping: true, credMul: 1.2 },
} as const;

/** Seeds a rumour in a free slot: 1 % of present citizens (at least 3) become spreaders. */
export function seedRumor(w: World, content: RumorContent, importance: number, parentCause: number, spreaders?: number, reservoirShare = 0): number {
  let k = w.rumors.findIndex((s) => !s.active);
  if (k < 0) {
    if (w.rumors.length >= RUMOR_SLOTS) return -1;
    k = w.rumors.length;
    w.rumors.push({ active: false, content, importance, u: 1, s: 0, r: 0, x: 0, cause: 0 });
  }
  const slot = w.rumors[k]!;
  slot.active = true;
  slot.content = content;
  slot.importance = importance;
  slot.u = 1 - reservoirShare;
  slot.s = reservoirShare;
  slot.r = 0;
  slot.x = 0;
  const parent = parentCause >= 0 ? w.causes.names[parentCause] : undefined;
  slot.cause = w.causes.register(`rumor:${k}`, parent);
  const c = w.c;
  let present = 0;
  for (let i = 0; i < c.used; i++) if ((c.state[i] as number) <= ST_VIOLENT) present++;
  let n = spreaders ?? Math.max(3, Math.round(0.01 * present));
  if (n > present) n = present;
  const rng = w.rng[Stream.info] as Rng;
  for (let guard = 0; n > 0 && guard < 100 * (n + 1); guard++) {
    const i = rng.int(c.used);
    if ((c.state[i] as number) > ST_VIOLENT || (c.rumor[i * RUMOR_SLOTS + k] as number) === RM_S) continue;
    c.rumor[i * RUMOR_SLOTS + k] = RM_S;
    n--;
  }
  return k;
}

/** Marks the tick as carrying official information (resets the ambiguity clock). */
export function informed(w: World): void {
  w.tInfo = w.tick;
}

/** `release`: a new official release in circulation; stealing thunder if it comes before any rumour is viral. */
export function startRelease(w: World, a: CommandArgs['release'], cause: number, prevalence: number): void {
  const ch = CHANNEL[a.channel];
  if (!w.anyRelease && prevalence < 0.1) {
    w.kappa = Math.min(1.5, w.kappa * 1.2);
    w.kappaCause = cause;
  }
  w.anyRelease = true;
  informed(w);
  const cred = currentCredibility(w) * ch.credMul;
  w.aBase = w.p.a0 * (1 - a.transparency * Math.min(1, cred));
  if (w.releases.length >= MAX_RELEASES) w.releases.shift();
  w.releases.push({
    reach: ch.reach, reachRes: ch.res, transparency: a.transparency, counterRumor: a.counterRumor === true,
    credMul: ch.credMul, addressOnly: ch.addressOnly, inflowDamping: ch.damping,
    cause: w.causes.register(`release:${w.releaseCount++}`, w.causes.names[cause]),
  });
}

/** Mean legitimacy over present citizens and the reservoir, weighted by head count. */
export function meanPopulationL(w: World): number {
  const c = w.c;
  let s = 0;
  let n = 0;
  for (let i = 0; i < c.used; i++) {
    if ((c.state[i] as number) > ST_VIOLENT) continue;
    s += c.L[i] as number;
    n++;
  }
  return (s + w.Lres * w.p.reservoir) / (n + w.p.reservoir);
}

/** cred = min(1, κ · L̄_pop · b), b = 1.2 while a live broadcast is on. */
export function currentCredibility(w: World): number {
  const b = w.broadcast ? 1.2 : 1;
  const v = w.kappa * meanPopulationL(w) * b;
  return v > 1 ? 1 : v;
}

/** Runs phase C. `present` lists present citizens (index order); `address` flags citizens in address reach. */
export function infoPhase(w: World, att: Attribution, present: Int32Array, nPresent: number, nearLiaison: Uint8Array, prevalence: number, spreaders: Int32Array): void {
  const p = w.p;
  const c = w.c;
  const rng = w.rng[Stream.info] as Rng;
  const b = w.causes;
  const nRes = p.reservoir;
  const nTot = nPresent + nRes;
  // Silence (I6): credibility decays while a rumour circulates and nothing has been said for 30 ticks.
  if (w.tick - w.tInfo > 30 && prevalence > 0.05) {
    w.kappa = Math.max(0.1, w.kappa * 0.999);
    w.kappaCause = w.silenceCause;
  }
  w.ambiguity = Math.min(p.aMax, w.aBase * (1 + p.g * (w.tick - w.tInfo)));
  const cred = currentCredibility(w);
  // Most prevalent slot gets the stronger rebuttal of a counter-rumour release (I3).
  let top = -1;
  let topPrev = -1;
  for (let k = 0; k < w.rumors.length; k++) {
    const slot = w.rumors[k]!;
    if (!slot.active) continue;
    const v = slot.s + slot.r;
    if (v > topPrev) { topPrev = v; top = k; }
  }
  for (let r = 0; r < w.releases.length; r++) {
    const rel = w.releases[r]!;
    if (rel.reach < 0.001 && rel.reachRes < 0.001) continue;
    const rc = cred * rel.credMul > 1 ? 1 : cred * rel.credMul;
    const inAddress = rel.addressOnly ? addressReach(w) : undefined;
    for (let k = 0; k < w.rumors.length; k++) {
      const slot = w.rumors[k]!;
      if (!slot.active) continue;
      const cie = rel.counterRumor && k === top ? p.counterFactor * p.cie : p.cie;
      const pU = rel.reach * rc;
      const pB = rel.reach * rc * (1 - cie);
      for (let q = 0; q < nPresent; q++) {
        const i = present[q] as number;
        if (inAddress && !inAddress[i]) continue;
        const idx = i * RUMOR_SLOTS + k;
        const s = c.rumor[idx] as number;
        if (s === RM_X) continue;
        const believer = s === RM_S || s === RM_Rst;
        if (rng.chance(believer ? pB : pU)) {
          c.rumor[idx] = RM_X;
          if (believer) b.add(IND_rumorPrevalence, rel.cause, -1 / nTot);
          if (rel.transparency >= 0.5) addDeltas(w, att, i, rel.cause, 0.02, 0, 0);
        }
      }
      // The reservoir converts the same fractions with its own reach.
      const uX = slot.u * rel.reachRes * rc;
      const bX = (slot.s + slot.r) * rel.reachRes * rc * (1 - cie);
      const sShare = slot.s + slot.r > 0 ? slot.s / (slot.s + slot.r) : 0;
      slot.u -= uX;
      slot.s -= bX * sShare;
      slot.r -= bX * (1 - sShare);
      slot.x += uX + bX;
      b.add(IND_rumorPrevalence, rel.cause, -bX * nRes / nTot);
    }
    rel.reach *= p.releaseDecay;
    rel.reachRes *= p.releaseDecay;
  }
  contacts(w, att, present, nPresent, nearLiaison, spreaders);
}

/** Maki–Thompson contacts of on-site spreaders, reservoir → site, reservoir mean field, and coupling. */
function contacts(w: World, att: Attribution, present: Int32Array, nPresent: number, nearLiaison: Uint8Array, spreaders: Int32Array): void {
  const p = w.p;
  const c = w.c;
  const rng = w.rng[Stream.info] as Rng;
  const b = w.causes;
  const nRes = p.reservoir;
  const nTot = nPresent + nRes;
  const onSiteShare = nPresent / nTot;
  for (let k = 0; k < w.rumors.length; k++) {
    const slot = w.rumors[k]!;
    if (!slot.active) continue;
    const beta = Math.min(1, p.beta0 * slot.importance * w.ambiguity);
    const betaLocal = Math.min(1, p.beta0 * slot.importance * w.ambiguity * 0.7);
    let know = 0;
    // Spreaders are taken at the start of the tick: recruits spread from the next tick, so the
    // outcome cannot depend on agent order (§3.2).
    let nSpread = 0;
    for (let q = 0; q < nPresent; q++) {
      const i = present[q] as number;
      if ((c.rumor[i * RUMOR_SLOTS + k] as number) === RM_S) spreaders[nSpread++] = i;
    }
    for (let q = 0; q < nSpread; q++) {
      const i = spreaders[q] as number;
      const idx = i * RUMOR_SLOTS + k;
      if ((c.rumor[idx] as number) !== RM_S) continue;
      if (!rng.chance(p.contact)) continue;
      if (rng.chance(onSiteShare)) {
        const t = present[rng.int(nPresent)] as number;
        const tIdx = t * RUMOR_SLOTS + k;
        const ts = c.rumor[tIdx] as number;
        if (ts === RM_U) {
          if (rng.chance(nearLiaison[t] ? betaLocal : beta)) {
            c.rumor[tIdx] = RM_S;
            b.add(IND_rumorPrevalence, slot.cause, 1 / nTot);
          }
        } else if (t !== i) {
          c.rumor[idx] = RM_Rst; // MT: the initiating spreader meets someone who knows
        }
      } else if (rng.chance(slot.u)) {
        if (rng.chance(beta)) {
          const d = 1 / nRes;
          slot.u -= d;
          slot.s += d;
          b.add(IND_rumorPrevalence, slot.cause, 1 / nTot);
        }
      } else {
        c.rumor[idx] = RM_Rst;
      }
    }
    // Reservoir → site: on-site ignorants hear it from off-site spreaders (phones, radio).
    const sRes = slot.s * nRes;
    if (sRes >= 0.5) {
      const pIn = beta * p.contact * sRes / nTot;
      for (let q = 0; q < nPresent; q++) {
        const i = present[q] as number;
        const idx = i * RUMOR_SLOTS + k;
        if ((c.rumor[idx] as number) === RM_U && rng.chance(pIn)) {
          c.rumor[idx] = RM_S;
          b.add(IND_rumorPrevalence, slot.cause, 1 / nTot);
        }
      }
    }
    // Reservoir internal mean field.
    for (let q = 0; q < nPresent; q++) {
      const s = c.rumor[(present[q] as number) * RUMOR_SLOTS + k] as number;
      if (s !== RM_U) know++;
    }
    const K = know + (1 - slot.u) * nRes;
    const du = -beta * p.contact * slot.s * slot.u * nRes / nTot;
    const stifle = p.contact * slot.s * K / nTot;
    slot.u += du;
    slot.s += -du - stifle;
    slot.r += stifle;
    if (slot.s < 0) { slot.r += slot.s; slot.s = 0; }
    b.add(IND_rumorPrevalence, slot.cause, -du * nRes / nTot);
    // Coupling: believing raises arousal (Vosoughi); blaming content erodes legitimacy.
    const blaming = slot.content === 'blaming';
    for (let q = 0; q < nPresent; q++) {
      const i = present[q] as number;
      const s = c.rumor[i * RUMOR_SLOTS + k] as number;
      if (s === RM_S || s === RM_Rst) addDeltas(w, att, i, slot.cause, blaming ? -0.001 : 0, 0, 0.002);
    }
    if (blaming) w.Lres = Math.max(0, w.Lres - 0.001 * (slot.s + slot.r));
  }
  // The reservoir's mean legitimacy relaxes towards its baseline like everyone's.
  w.Lres += -p.lambdaL * (w.Lres - w.Lres0);
}

/** Flags present citizens within 15 m of an on-duty liaison officer (local information, ambiguity ×0.7). */
export function markNearLiaison(w: World, out: Uint8Array): void {
  const o = w.o;
  const grid = w.grid;
  out.fill(0, 0, w.c.used);
  // One stamp for this tick's liaisons: cells one reach wholly covers are not read again for the next.
  const stamp = grid.newStamp();
  for (let j = 0; j < o.used; j++) {
    if ((o.status[j] as number) !== OS_onDuty || (o.posture[j] as number) !== PC_liaison) continue;
    grid.markWithin(w.c, o.x[j] as number, o.y[j] as number, 15, out, stamp);
  }
}
