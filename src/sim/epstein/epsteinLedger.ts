// Indicator measurement and cause ledger of the `epstein` engine (crowd-model.md §6.1 "E:" rules, §6.3).
// Legitimacy changes only through its schedule; drive changes split into schedule, cops and actives in view.

import { sigmoid } from '../detMath';
import type { LedgerEntry, LedgerIndicator } from '../types';
import type { EpsteinWorld } from './epsteinWorld';

/** Scale s of the tension index σ((D − T)/s) (§4.8). */
export const TENSION_SCALE = 0.05;

/** Raw (unrounded) indicator values the engine computes; the rest are 0 for this preset. */
export interface EpsteinMeasure {
  crowd: number;
  actives: number;
  /** 0–100. */
  tension: number;
  /** 0–1: quiet free citizens with G > T, over crowdSize. */
  latent: number;
  legitimacy: number;
}

export function emptyMeasure(): EpsteinMeasure {
  return { crowd: 0, actives: 0, tension: 0, latent: 0, legitimacy: 0 };
}

/** Measures the indicators of the current state into `out` (no allocation). */
export function measureEpstein(w: EpsteinWorld, out: EpsteinMeasure): void {
  const T = w.params.threshold;
  const oneMinusL = 1 - w.L;
  let crowd = 0;
  let actives = 0;
  let sig = 0;
  let latent = 0;
  for (let i = 0; i < w.nCit; i++) {
    if (w.jail[i] !== 0) continue;
    crowd++;
    sig += sigmoid(((w.D[i] as number) - T) / TENSION_SCALE);
    if (w.active[i] === 1) actives++;
    else if ((w.hardship[i] as number) * oneMinusL > T) latent++;
  }
  out.crowd = crowd;
  out.actives = actives;
  out.tension = crowd > 0 ? (100 * sig) / crowd : 0;
  out.latent = crowd > 0 ? latent / crowd : 0;
  out.legitimacy = w.L;
}

const CAUSES = ['schedule:legitimacy', 'deterrence', 'empowerment', 'arrest:any', 'composition'] as const;
const SCHEDULE = 0;
const DETERRENCE = 1;
const EMPOWERMENT = 2;
const ARREST = 3;
const COMPOSITION = 4;
const NC = CAUSES.length;
const INDICATORS: readonly LedgerIndicator[] = ['legitimacy', 'tension', 'activeFraction'];
const TENSION = 1;
const ACTIVE = 2;

/**
 * Per-tick attribution. `begin` copies what each citizen saw at its last decision; `finish` splits the
 * change of each drive D = H(1 − L) − R·P exactly into ΔG (the legitimacy schedule), the change of P from
 * the cops in view (deterrence) and from the actives in view (empowerment: safety in numbers).
 */
export class EpsteinLedger {
  private readonly D0: Float64Array;
  private readonly P0: Float64Array;
  private readonly A0: Int32Array;
  private readonly wasFree: Uint8Array;
  private readonly wasActive: Uint8Array;
  /** deltas[indicator·NC + cause] of the last tick. */
  private readonly deltas = new Float64Array(INDICATORS.length * NC);
  private tick = 0;
  private parent: string | undefined;

  constructor(n: number) {
    this.D0 = new Float64Array(n);
    this.P0 = new Float64Array(n);
    this.A0 = new Int32Array(n);
    this.wasFree = new Uint8Array(n);
    this.wasActive = new Uint8Array(n);
  }

  begin(w: EpsteinWorld): void {
    this.D0.set(w.D);
    this.P0.set(w.P);
    this.A0.set(w.A);
    this.wasActive.set(w.active);
    for (let i = 0; i < w.nCit; i++) this.wasFree[i] = w.jail[i] === 0 ? 1 : 0;
  }

  /** Attributes the change from `before` to `after`; `parent` names the cop command applied at this boundary. */
  finish(w: EpsteinWorld, before: EpsteinMeasure, after: EpsteinMeasure, parent: string | undefined): void {
    const d = this.deltas;
    d.fill(0);
    this.tick = w.tick;
    this.parent = parent;
    d[SCHEDULE] = after.legitimacy - before.legitimacy;

    const T = w.params.threshold;
    let both = 0;
    let sched = 0;
    let det = 0;
    let emp = 0;
    let cSched = 0;
    let cDet = 0;
    let cEmp = 0;
    let cArrest = 0;
    for (let i = 0; i < w.nCit; i++) {
      const free1 = w.jail[i] === 0;
      const act0 = this.wasActive[i] === 1;
      const act1 = w.active[i] === 1;
      if (this.wasFree[i] === 0 || !free1) {
        if (act0 && !act1) cArrest--; // active at the start, jailed at the end
        continue;
      }
      const r = w.riskAversion[i] as number;
      const p0 = this.P0[i] as number;
      const p1 = w.P[i] as number;
      const dG = (w.D[i] as number) + r * p1 - ((this.D0[i] as number) + r * p0);
      const pMid = w.arrestProbability(w.C[i] as number, this.A0[i] as number);
      const dDet = -r * (pMid - p0);
      const dEmp = -r * (p1 - pMid);
      const d0 = this.D0[i] as number;
      const d1 = w.D[i] as number;
      const s0 = sigmoid((d0 - T) / TENSION_SCALE);
      const s1 = sigmoid((d1 - T) / TENSION_SCALE);
      // Secant slope: each cause gets its share of ΔD of this citizen's Δσ, so the split is exact (the
      // tangent σ′ would leave most of a jump across T as a non-linear residual).
      const slope = d1 !== d0 ? (s1 - s0) / (d1 - d0) : 0;
      sched += slope * dG;
      det += slope * dDet;
      emp += slope * dEmp;
      both++;
      if (act0 === act1) continue;
      if (act0 && w.arrestedNow[i] === 1) {
        cArrest--; // arrested with a term of 0: free but quiet
        continue;
      }
      // A decision flipped: credit the term of ΔD with the largest share in the direction of the change.
      const dir = act1 ? 1 : -1;
      const g = dir * dG;
      const c = dir * dDet;
      const e = dir * dEmp;
      // No term pushes this way (e.g. released from jail with a drive above T): left to composition.
      if (g <= 0 && c <= 0 && e <= 0) continue;
      if (g >= c && g >= e) cSched += dir;
      else if (c >= e) cDet += dir;
      else cEmp += dir;
    }

    // tension: each continuing citizen's Δσ split by the terms of its ΔD; the rest is composition.
    const t = TENSION * NC;
    const dT = after.tension - before.tension;
    let tSched = 0;
    let tDet = 0;
    let tEmp = 0;
    if (both > 0) {
      const k = 100 / both;
      tSched = k * sched;
      tDet = k * det;
      tEmp = k * emp;
    }
    d[t + SCHEDULE] = tSched;
    d[t + DETERRENCE] = tDet;
    d[t + EMPOWERMENT] = tEmp;
    // Arrests and releases change who is averaged; the remainder also absorbs float rounding.
    d[t + COMPOSITION] = dT - (tSched + tDet + tEmp);

    // activeFraction: each flip is worth 1/N1; the denominator's change (and flips no term explains) is composition.
    const a = ACTIVE * NC;
    const af0 = before.crowd > 0 ? before.actives / before.crowd : 0;
    const af1 = after.crowd > 0 ? after.actives / after.crowd : 0;
    const unit = after.crowd > 0 ? 1 / after.crowd : 0;
    const aSched = cSched * unit;
    const aDet = cDet * unit;
    const aEmp = cEmp * unit;
    const aArrest = cArrest * unit;
    d[a + SCHEDULE] = aSched;
    d[a + DETERRENCE] = aDet;
    d[a + EMPOWERMENT] = aEmp;
    d[a + ARREST] = aArrest;
    d[a + COMPOSITION] = af1 - af0 - (aSched + aDet + aEmp + aArrest);
  }

  /** Clears the last tick's entries (after a restore). */
  clear(): void {
    this.deltas.fill(0);
  }

  /** The last tick's entries (allocates; called on demand). Zero shares are left out. */
  entries(): LedgerEntry[] {
    const out: LedgerEntry[] = [];
    for (let ind = 0; ind < INDICATORS.length; ind++) {
      for (let c = 0; c < NC; c++) {
        const delta = this.deltas[ind * NC + c] as number;
        if (delta === 0) continue;
        const e: LedgerEntry = { tick: this.tick, indicator: INDICATORS[ind] as LedgerIndicator, cause: CAUSES[c] as string, delta };
        if (c === DETERRENCE && this.parent !== undefined) e.parent = this.parent;
        out.push(e);
      }
    }
    return out;
  }
}
