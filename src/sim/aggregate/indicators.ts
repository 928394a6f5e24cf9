// Phase H of the surrogate: the 16 indicators (crowd-model.md §6.1, same units and rounding as the full
// model), the density proxy behind maxDensity/safetyRisk, threshold events and the ledger's closing.

import { clamp01 } from '../detMath';
import { SAFETY_RAMP_FROM, SAFETY_RAMP_TO, roundIndicators } from '../scenario/indicatorCalc';
import type { Indicators } from '../types';
import { forceOfficers, officers, PC, raise, type Ctx } from './ctx';
import { credibility, prevalenceOf } from './info';
import { K } from './knobs';
import { C, Ind } from './ledger';
import { evaluateClasses, sums } from './social';
import { RUMOR_SLOTS } from './state';

export { roundIndicators };

/** Computes the unrounded indicators into `out` (`initial`: evaluates the classes first, at tick 0). */
export function computeIndicators(x: Ctx, out: Indicators, initial = false): void {
  const st = x.st;
  if (initial) evaluateClasses(x);
  let n = 0, leaving = 0, sL = 0, sI = 0, sE = 0;
  for (const seg of st.seg) { n += seg.n; leaving += seg.leaving; sL += seg.n * seg.L; sI += seg.n * seg.I; sE += seg.n * seg.E; }
  const present = n + leaving;
  let prev = 0;
  for (let k = 0; k < RUMOR_SLOTS; k++) {
    const r = st.rumor[k]!;
    r.prev = prevalenceOf(x, r);
    if (r.prev > prev) prev = r.prev;
  }
  // Density proxy: the active crowd packs at the focal point; cordon lines and force compress it (§4.6).
  const z = x.focalZone;
  const act = present > 0 ? sums.act / present : 0;
  const rho = K.densityBase + K.densityPerActive * act + K.densityCordon * officers(x, z, PC.cordon) + K.densityForce * (st.g.forcePush > 0 ? forceOfficers(x, z) : 0);
  st.g.maxDensity = rho;
  out.tick = st.g.tick;
  out.crowdSize = Math.round(present);
  out.activeFraction = act;
  out.violentFraction = present > 0 ? sums.vio / present : 0;
  out.tension = present > 0 ? (100 * sums.ten) / present : 0;
  out.violenceRisk = sums.act > 0 ? (100 * sums.vr) / sums.act : 0;
  out.latentTension = present > 0 ? sums.latent / present : 0;
  out.legitimacy = n > 0 ? sL / n : 0;
  out.identification = n > 0 ? sI / n : 0;
  out.arousal = n > 0 ? sE / n : 0;
  out.rumorPrevalence = prev;
  out.credibility = credibility(x);
  out.safetyRisk = Math.min(100, 100 * clamp01((rho - SAFETY_RAMP_FROM) / (SAFETY_RAMP_TO - SAFETY_RAMP_FROM)));
  out.maxDensity = rho;
  out.arrests = st.g.arrests;
  out.injuries = st.g.injuries;
}

const TENSION_LEVELS = [40, 60, 80] as const;
const DENSITY_LEVELS = [3.57, 5.55, 7.1] as const;

/** Ends a tick: new indicators, the ledger closed to sum exactly to each change, threshold events. */
export function closeTick(x: Ctx, kappaBefore: number, lPopBefore: number): void {
  const st = x.st;
  const led = x.led;
  const updated = sums.n;
  const cur = st.prev;
  st.prev = st.cur;
  st.cur = cur;
  computeIndicators(x, cur);
  const prev = st.prev;
  if (led.enabled) closeLedger(x, cur, prev, updated, kappaBefore, lPopBefore);
  raiseEvents(x, cur, prev);
}

/** Scales the tick's ledger entries to mean contributions and closes each indicator on its change. */
function closeLedger(x: Ctx, cur: Indicators, prev: Indicators, updated: number, kappaBefore: number, lPopBefore: number): void {
  const led = x.led;
  const per = updated > 0 ? 1 / updated : 0;
  led.scale(Ind.L, per); led.close(Ind.L, cur.legitimacy - prev.legitimacy, C.composition);
  led.scale(Ind.I, per); led.close(Ind.I, cur.identification - prev.identification, C.composition);
  led.scale(Ind.E, per); led.close(Ind.E, cur.arousal - prev.arousal, C.composition);
  led.scale(Ind.T, cur.crowdSize > 0 ? 100 / (x.p.tensionScale * cur.crowdSize) : 0);
  // State changes are credited to the drive terms (tension) and arousal causes pushing the same way.
  led.splitLike(Ind.A, Ind.T, cur.activeFraction - prev.activeFraction, C.composition);
  led.splitLike(Ind.V, Ind.E, cur.violentFraction - prev.violentFraction, C.composition);
  led.close(Ind.T, cur.tension - prev.tension, C.residual);
  led.close(Ind.A, cur.activeFraction - prev.activeFraction, C.composition);
  led.close(Ind.V, cur.violentFraction - prev.violentFraction, C.composition);
  led.close(Ind.R, cur.rumorPrevalence - prev.rumorPrevalence, C.composition);
  const g = x.st.g;
  if (g.kappaCause >= 0 && g.kappa !== kappaBefore) {
    const b = g.broadcast ? 1.2 : 1;
    led.add(Ind.C, g.kappaCause, Math.min(1, g.kappa * lPopBefore * b) - Math.min(1, kappaBefore * lPopBefore * b));
  }
  led.close(Ind.C, cur.credibility - prev.credibility, C.composition);
}

/** Threshold events of the tick (tension and density levels, violence onset, viral rumours). */
function raiseEvents(x: Ctx, cur: Indicators, prev: Indicators): void {
  const st = x.st;
  const focal = x.zoneNames[x.focalZone] ?? 'none';
  for (const level of TENSION_LEVELS) {
    if ((prev.tension < level) !== (cur.tension < level)) raise(x, { kind: 'tensionCrossed', zone: focal, level });
  }
  if (prev.violentFraction <= 0.01 && cur.violentFraction > 0.01) raise(x, { kind: 'violenceOnset', zone: focal });
  for (const level of DENSITY_LEVELS) {
    if (prev.maxDensity < level && cur.maxDensity >= level) raise(x, { kind: 'densityAlert', zone: focal, level });
  }
  for (let k = 0; k < RUMOR_SLOTS; k++) {
    const r = st.rumor[k]!;
    if (!r.active || r.viral) continue;
    if (r.prev >= 0.1) { r.viral = 1; raise(x, { kind: 'rumorViral', zone: 'none', slot: k }); }
  }
}
