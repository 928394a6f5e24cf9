// Phase H (crowd-model.md §6): the 16 indicators from state, threshold events, and closing the
// cause ledger so that each explained indicator's entries sum exactly to its change.

import { clamp01, sigmoid } from '../detMath';
import { CitizenState, type Indicators } from '../types';
import { Cause, Ind } from './causeBook';
import { rumorPrevalenceOf } from './population';
import { currentCredibility } from './infoLayer';
import type { World } from './world';

// Module-local aliases: hot loops read plain bindings, not module-export getters.
const { QUIET: ST_QUIET, VIOLENT: ST_VIOLENT } = CitizenState;
const { legitimacy: IND_legitimacy, identification: IND_identification, arousal: IND_arousal, tension: IND_tension, activeFraction: IND_activeFraction, violentFraction: IND_violentFraction, rumorPrevalence: IND_rumorPrevalence, credibility: IND_credibility } = Ind;
const { composition: C_composition, residual: C_residual } = Cause;

/** The safetyRisk ramp (p/m²). */
export const SAFETY_RAMP_FROM = 3.57;
export const SAFETY_RAMP_TO = 5.55;

export function emptyIndicators(): Indicators {
  return {
    tick: 0, crowdSize: 0, activeFraction: 0, violentFraction: 0, tension: 0, violenceRisk: 0,
    latentTension: 0, legitimacy: 0, identification: 0, arousal: 0, rumorPrevalence: 0,
    credibility: 0, safetyRisk: 0, maxDensity: 0, arrests: 0, injuries: 0,
  };
}

/** Computes the unrounded indicators of the current state into `out`. */
export function computeIndicators(w: World, out: Indicators): void {
  const c = w.c;
  const p = w.p;
  let n = 0, act = 0, vio = 0, ten = 0, vr = 0, latent = 0, sL = 0, sI = 0, sE = 0;
  for (let i = 0; i < c.used; i++) {
    const s = c.state[i] as number;
    if (s > ST_VIOLENT) continue;
    n++;
    const L = c.L[i] as number;
    const E = c.E[i] as number;
    sL += L; sI += c.I[i] as number; sE += E;
    ten += sigmoid(((c.D[i] as number) - p.threshold) / p.tensionScale);
    if (s !== ST_QUIET) {
      act++;
      if (s === ST_VIOLENT) vio++;
      const thetaV = (c.trig[i] as number) > 0 ? p.thetaV - 0.1 : p.thetaV;
      vr += sigmoid((E - thetaV) / p.violenceScale) * sigmoid((p.thetaL - L) / p.violenceScale);
    } else if (c.leaving[i] === 0) {
      const h = (c.type[i] as number) === 0 ? 1 : w.hardshipMul;
      if ((c.H[i] as number) * h * (1 - L) + p.wE * E > p.threshold) latent++;
    }
  }
  let prev = 0;
  for (let k = 0; k < w.rumors.length; k++) {
    w.rumorPrev[k] = rumorPrevalenceOf(w, k);
    prev = Math.max(prev, w.rumorPrev[k] as number);
  }
  out.tick = w.tick;
  out.crowdSize = n;
  out.activeFraction = n > 0 ? act / n : 0;
  out.violentFraction = n > 0 ? vio / n : 0;
  out.tension = n > 0 ? 100 * ten / n : 0;
  out.violenceRisk = act > 0 ? 100 * vr / act : 0;
  out.latentTension = n > 0 ? latent / n : 0;
  out.legitimacy = n > 0 ? sL / n : 0;
  out.identification = n > 0 ? sI / n : 0;
  out.arousal = n > 0 ? sE / n : 0;
  out.rumorPrevalence = prev;
  out.credibility = currentCredibility(w);
  // Crush risk ramps from involuntary contact (3.57 p/m²) to dangerous crowd forces (5.55 p/m²), Fruin/Still.
  // (The spec's starting ramp 2 → 5.5 is a calibration; at 2 p/m² a standing crowd is merely dense.)
  out.safetyRisk = Math.min(100, 100 * clamp01((w.maxDensity - SAFETY_RAMP_FROM) / (SAFETY_RAMP_TO - SAFETY_RAMP_FROM)) * (w.turbulence ? 1.5 : 1));
  out.maxDensity = w.maxDensity;
  out.arrests = w.arrests;
  out.injuries = w.injuries;
}

/** Rounds reported values (§6.1): fractions 4 decimals, indices 1, density 2. */
export function roundIndicators(v: Indicators): Indicators {
  const r4 = (x: number): number => Math.round(x * 10000) / 10000;
  const r1 = (x: number): number => Math.round(x * 10) / 10;
  return {
    tick: v.tick, crowdSize: v.crowdSize,
    activeFraction: r4(v.activeFraction), violentFraction: r4(v.violentFraction),
    tension: r1(v.tension), violenceRisk: r1(v.violenceRisk), latentTension: r4(v.latentTension),
    legitimacy: r4(v.legitimacy), identification: r4(v.identification), arousal: r4(v.arousal),
    rumorPrevalence: r4(v.rumorPrevalence), credibility: r4(v.credibility),
    safetyRisk: r1(v.safetyRisk), maxDensity: Math.round(v.maxDensity * 100) / 100,
    arrests: v.arrests, injuries: v.injuries,
  };
}

/** Closes the ledger: per-citizen sums become mean contributions; remainders go to composition/residual. */
export function closeLedger(w: World, prev: Indicators, cur: Indicators, updated: number, kappaBefore: number, lPopBefore: number): void {
  const b = w.causes;
  const perUpdated = updated > 0 ? 1 / updated : 0;
  b.scale(IND_legitimacy, perUpdated);
  b.add(IND_legitimacy, C_composition, cur.legitimacy - prev.legitimacy - b.total(IND_legitimacy));
  b.scale(IND_identification, perUpdated);
  b.add(IND_identification, C_composition, cur.identification - prev.identification - b.total(IND_identification));
  b.scale(IND_arousal, perUpdated);
  b.add(IND_arousal, C_composition, cur.arousal - prev.arousal - b.total(IND_arousal));
  const n = cur.crowdSize;
  b.scale(IND_tension, n > 0 ? 100 / (w.p.tensionScale * n) : 0);
  b.add(IND_tension, C_residual, cur.tension - prev.tension - b.total(IND_tension));
  b.scale(IND_activeFraction, n > 0 ? 1 / n : 0);
  b.add(IND_activeFraction, C_composition, cur.activeFraction - prev.activeFraction - b.total(IND_activeFraction));
  b.scale(IND_violentFraction, n > 0 ? 1 / n : 0);
  b.add(IND_violentFraction, C_composition, cur.violentFraction - prev.violentFraction - b.total(IND_violentFraction));
  b.add(IND_rumorPrevalence, C_composition, cur.rumorPrevalence - prev.rumorPrevalence - b.total(IND_rumorPrevalence));
  if (w.kappaCause >= 0 && w.kappa !== kappaBefore) {
    const bb = w.broadcast ? 1.2 : 1;
    b.add(IND_credibility, w.kappaCause, Math.min(1, w.kappa * lPopBefore * bb) - Math.min(1, kappaBefore * lPopBefore * bb));
  }
  b.add(IND_credibility, C_composition, cur.credibility - prev.credibility - b.total(IND_credibility));
}

const TENSION_LEVELS = [40, 60, 80];
const DENSITY_LEVELS = [3.57, 5.55, 7.1];

/** Raises threshold events (§6.2, §6.4) by comparing this tick's indicators with the last. */
export function thresholdEvents(w: World, prev: Indicators, cur: Indicators, viral: Uint8Array, focalZone: string): void {
  for (const level of TENSION_LEVELS) {
    if ((prev.tension < level) !== (cur.tension < level)) w.event({ kind: 'tensionCrossed', zone: focalZone, level });
  }
  if (prev.violentFraction <= 0.01 && cur.violentFraction > 0.01) w.event({ kind: 'violenceOnset', zone: focalZone });
  for (const level of DENSITY_LEVELS) {
    if (prev.maxDensity < level && cur.maxDensity >= level) w.event({ kind: 'densityAlert', zone: w.densityZone, level });
  }
  for (let k = 0; k < w.rumors.length; k++) {
    if (viral[k] || !w.rumors[k]!.active) continue;
    if ((w.rumorPrev[k] as number) >= 0.1) { viral[k] = 1; w.event({ kind: 'rumorViral', zone: 'none', slot: k }); }
  }
}
