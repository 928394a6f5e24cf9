// Phase E (crowd-model.md §4.4): each present, non-leaving citizen updates L, I, E, grievance, arrest
// risk and drive, then activation, violence, self-policing and leaving; every term is credited to a cause.

import type { Rng } from '../rng';
import { Stream } from '../rng';
import { clamp01, pContinuous, sigmoidSlope } from '../detMath';
import { CitizenState } from '../types';
import { Cause, Ind } from './causeBook';
import { Goal } from './citizens';
import { Layer, type Perception } from './perception';
import type { World } from './world';

// Module-local aliases: hot loops read plain bindings, not module-export getters.
const { QUIET: ST_QUIET, ACTIVE: ST_ACTIVE, VIOLENT: ST_VIOLENT } = CitizenState;
const { HOLD: GOAL_HOLD, FOCAL: GOAL_FOCAL, PERIPHERY: GOAL_PERIPHERY, EXIT: GOAL_EXIT } = Goal;
const { present: LAYER_present, active: LAYER_active, selfPolicers: LAYER_selfPolicers, eps: LAYER_eps, epsE: LAYER_epsE, police: LAYER_police } = Layer;
const { legitimacy: IND_legitimacy, identification: IND_identification, arousal: IND_arousal, tension: IND_tension, activeFraction: IND_activeFraction, violentFraction: IND_violentFraction } = Ind;
const { clamp: C_clamp, contagion: C_contagion, deterrence: C_deterrence, empowerment: C_empowerment, relaxation: C_relaxation, residual: C_residual } = Cause;

/** Per-citizen attribution scratch: strongest event cause of ΔL and ΔE this tick. */
export class Attribution {
  readonly lCause: Int32Array;
  /** Signed delta of the strongest cause (compared by magnitude). */
  readonly lVal: Float64Array;
  readonly eCause: Int32Array;
  readonly eVal: Float64Array;
  readonly trigCause: Int32Array;

  constructor(capacity: number) {
    this.lCause = new Int32Array(capacity).fill(-1);
    this.lVal = new Float64Array(capacity);
    this.eCause = new Int32Array(capacity).fill(-1);
    this.eVal = new Float64Array(capacity);
    this.trigCause = new Int32Array(capacity).fill(-1);
  }

  reset(used: number): void {
    this.lCause.fill(-1, 0, used);
    this.lVal.fill(0, 0, used);
    this.eCause.fill(-1, 0, used);
    this.eVal.fill(0, 0, used);
  }
}

/** True if the citizen will be updated in phase E (so its event deltas count in the ledger). */
export function updatable(w: World, i: number): boolean {
  return (w.c.state[i] as number) <= ST_VIOLENT && w.c.leaving[i] === 0;
}

/**
 * The (ΔL, ΔI, ΔE) that `creditEvent` adds. Hot loops fill it and call `creditEvent`: a double passed to a
 * call V8 does not inline is boxed on the heap, a slot of a reused Float64Array is not.
 */
export const eventDeltas = new Float64Array(3);

/** Adds event deltas to one citizen and credits them (ledger and attribution) to `cause`. */
export function addDeltas(w: World, att: Attribution, i: number, cause: number, dL: number, dI: number, dE: number): void {
  eventDeltas[0] = dL;
  eventDeltas[1] = dI;
  eventDeltas[2] = dE;
  creditEvent(w, att, i, cause);
}

/** `addDeltas` with the deltas taken from `eventDeltas`. */
export function creditEvent(w: World, att: Attribution, i: number, cause: number): void {
  const c = w.c;
  if (!updatable(w, i)) return;
  const dL = eventDeltas[0] as number;
  const dI = eventDeltas[1] as number;
  const dE = eventDeltas[2] as number;
  const b = w.causes;
  const slope = w.sig[i] as number;
  if (dL !== 0) {
    c.dL[i] = (c.dL[i] as number) + dL;
    b.add(IND_legitimacy, cause, dL);
    const h = (c.type[i] as number) === 0 ? 1 : w.hardshipMul;
    b.add(IND_tension, cause, -(c.H[i] as number) * h * slope * dL);
    if (Math.abs(dL) > Math.abs(att.lVal[i] as number)) { att.lVal[i] = dL; att.lCause[i] = cause; }
  }
  if (dI !== 0) {
    c.dI[i] = (c.dI[i] as number) + dI;
    b.add(IND_identification, cause, dI);
  }
  if (dE !== 0) {
    c.dE[i] = (c.dE[i] as number) + dE;
    b.add(IND_arousal, cause, dE);
    b.add(IND_tension, cause, w.p.wE * slope * dE);
    if (Math.abs(dE) > Math.abs(att.eVal[i] as number)) { att.eVal[i] = dE; att.eCause[i] = cause; }
  }
}

/** Scene ticks (5 minutes) in which a police command's officers are still arriving at or leaving their posts. */
const COMMAND_TRANSIT_TICKS = 30;

/** Runs phase E; returns the number of citizens updated. */
export function socialUpdate(w: World, perc: Perception, att: Attribution, deterrenceCause: number, hardshipCause: number, dHardship: number): number {
  const c = w.c;
  const p = w.p;
  const b = w.causes;
  const rng = w.rng[Stream.social] as Rng;
  const T = p.threshold;
  const s = p.tensionScale;
  const vr = p.visionCells;
  const Jalpha = p.alpha === 0 ? 1 : Math.sqrt(w.J);
  const commitActive = w.tick < w.commitLeaveUntil;
  const pLeave = commitActive ? p.pLeave * 3 : p.pLeave;
  const ILeave = commitActive ? 0.5 : p.ILeave;
  // A police command changes the officers in view while its officers walk in, re-post or walk out; after
  // that, officers shifting with their patrol stations are police presence, not that decision.
  const officerCause = w.tick - w.deterrenceSince <= COMMAND_TRANSIT_TICKS ? deterrenceCause : C_deterrence;
  rowCause[ROW_OFFICERS] = officerCause;
  rowCause[ROW_LEN - 1] = hardshipCause;
  let updated = 0;
  for (let i = 0; i < c.used; i++) {
    const st = c.state[i] as number;
    if (st > ST_VIOLENT) continue;
    if (c.leaving[i] !== 0) { c.goal[i] = GOAL_EXIT; continue; }
    updated++;
    const cell = perc.cellOf[i] as number;
    const selfActive = st !== ST_QUIET ? 1 : 0;
    perc.windowAll(cell, vr, sums);
    const n = (sums[LAYER_present] as number) - 1;
    const a = (sums[LAYER_active] as number) - selfActive;
    const selfSp = st !== ST_VIOLENT && (c.L[i] as number) > 0.6 && (c.I[i] as number) > 0.35 ? 1 : 0;
    const spCount = (sums[LAYER_selfPolicers] as number) - selfSp;
    const eps4096 = Math.floor(4096 * (c.eps[i] as number));
    const sumEps = (sums[LAYER_eps] as number) - eps4096;
    const sumEpsE = (sums[LAYER_epsE] as number) - Math.floor(4096 * (c.eps[i] as number) * (c.E[i] as number));
    const cw10 = sums[LAYER_police] as number;
    const A = 1 + a;
    const E = c.E[i] as number;
    const Ebar = sumEps > 0 ? sumEpsE / sumEps : E;
    const aLoc = n > 0 ? a / n : 0;
    const sp = n > 0 ? spCount / n : 0;

    // L, I, E with relaxation towards the slow baselines; clipping is credited to `clamp`.
    const L = c.L[i] as number;
    const relaxL = -p.lambdaL * (L - (c.L0[i] as number));
    const rawL = L + (c.dL[i] as number) + relaxL;
    const Ln = clamp01(rawL);
    const I = c.I[i] as number;
    const relaxI = -p.lambdaI * (I - (c.I0[i] as number));
    const rawI = I + (c.dI[i] as number) + relaxI;
    const In = clamp01(rawI);
    const contagion = p.etaE * (c.omega[i] as number) * (Ebar - E);
    const relaxE = -p.lambdaE * (E - (c.E0[i] as number));
    const rawE = E + contagion + (c.dE[i] as number) + relaxE;
    const En = clamp01(rawE);
    row[0] = relaxL;
    row[1] = Ln - rawL;
    row[2] = relaxI;
    row[3] = In - rawI;
    row[4] = contagion;
    row[5] = relaxE;
    row[6] = En - rawE;
    c.L[i] = Ln; c.I[i] = In; c.E[i] = En;
    c.dL[i] = 0; c.dI[i] = 0; c.dE[i] = 0;

    // Drive D = G + w_E·E − R_eff·P·J^α (Epstein, with Kim & Hanneman's empowerment).
    const type = c.type[i] as number;
    const h = type === 0 ? 1 : w.hardshipMul;
    const H = c.H[i] as number;
    const G = H * h * (1 - Ln);
    const P = pContinuous(cw10, A);
    const Reff = (c.R[i] as number) * (1 - p.psi * In * aLoc);
    const D = G + p.wE * En - Reff * P * Jalpha;

    // Tension attribution: the linearised change σ′·ΔD split through ΔD's terms.
    const slope = w.sig[i] as number;
    const hl = -H * h * slope;
    row[7] = hl * relaxL + p.wE * slope * relaxE;
    row[8] = hl * (Ln - rawL) + p.wE * slope * (En - rawE);
    row[9] = p.wE * slope * contagion;
    const Pold = w.P[i] as number;
    const ReffOld = w.Reff[i] as number;
    // ΔP splits exactly: officers moving in or out of view of where the citizen stood (credited to the
    // police command behind them), and the rest — the citizen walking past officers, fewer or more
    // actives in view — to plain `deterrence`. Without the split a calming crowd (fewer actives, so the
    // same officers deter more) was credited to whichever deploy came last, hours earlier.
    const Aold = w.Awin[i] as number;
    const cellOld = w.cellWin[i] as number;
    let Pofficers = P;
    if (Aold > 0 && cellOld >= 0) {
      const cwOld = cellOld === cell ? cw10 : perc.window(LAYER_police, cellOld, vr);
      Pofficers = pContinuous(cwOld, Aold);
    }
    row[10] = -ReffOld * (Pofficers - Pold) * Jalpha * slope;
    row[11] = -ReffOld * (P - Pofficers) * Jalpha * slope;
    w.Awin[i] = A;
    w.cellWin[i] = cell;
    row[12] = -(Reff - ReffOld) * P * Jalpha * slope;
    let nRow = ROW_LEN - 1;
    if (dHardship !== 0 && type !== 0) row[nRow++] = H * dHardship * (1 - Ln) * slope;
    // Credited before any state change below: the ledger sees the same sequence of adds as term by term.
    b.addAll(ROW_IND, rowCause, row, nRow);
    w.P[i] = P;
    w.Reff[i] = Reff;
    c.D[i] = D;

    // Activation (Rule A), violence, self-policing.
    let ns: number = D > T ? ST_ACTIVE : ST_QUIET;
    if (ns === ST_ACTIVE) {
      const trig = (c.trig[i] as number) > 0;
      if ((En > p.thetaV && Ln < p.thetaL) || (trig && En > p.thetaV - 0.1)) {
        ns = ST_VIOLENT;
        // Crowds police their own violent minority where policing is seen as legitimate (ESIM).
        if (sp > 0 && rng.chance(p.piSp * sp)) ns = ST_ACTIVE;
      }
    }
    if (ns !== st) {
      terms.l = -H * h * (att.lVal[i] as number);
      terms.e = p.wE * (att.eVal[i] as number);
      terms.contagion = p.wE * contagion;
      terms.relax = -H * h * relaxL + p.wE * relaxE;
      // Deterrence in the same two parts as the tension ledger above.
      terms.det = -ReffOld * (Pofficers - Pold) * Jalpha;
      terms.detCrowd = -ReffOld * (P - Pofficers) * Jalpha;
      terms.emp = -(Reff - ReffOld) * P * Jalpha;
      terms.hardship = type !== 0 ? H * dHardship * (1 - Ln) : 0;
      terms.detCause = officerCause;
      terms.hardshipCause = hardshipCause;
      creditStateChange(w, att, i, st, ns, terms);
    }
    c.state[i] = ns;

    // Leaving: quiet, far below threshold and weakly identified people go home.
    if (ns === ST_QUIET && D < T - p.mLeave && In < ILeave && rng.chance(pLeave)) {
      c.leaving[i] = 1;
    }
    c.goal[i] = c.leaving[i] !== 0 ? GOAL_EXIT
      : ns !== ST_QUIET ? GOAL_FOCAL
      : type === 0 ? GOAL_PERIPHERY : GOAL_HOLD;
    w.sig[i] = sigmoidSlope((D - T) / s);
  }
  return updated;
}

/** Credits one citizen's change of state to the term of ΔD (or E/L/trigger for violence) that dominated. */
function creditStateChange(w: World, att: Attribution, i: number, from: number, to: number, t: DriveTerms): void {
  const b = w.causes;
  const wasActive = from !== ST_QUIET ? 1 : 0;
  const isActive = to !== ST_QUIET ? 1 : 0;
  const lCause = (att.lCause[i] as number) >= 0 ? (att.lCause[i] as number) : C_relaxation;
  const eCause = (att.eCause[i] as number) >= 0 ? (att.eCause[i] as number) : C_contagion;
  if (isActive !== wasActive) {
    const dir = isActive - wasActive;
    let best = C_residual;
    let bestV = 0;
    if (t.l * dir > bestV) { bestV = t.l * dir; best = lCause; }
    if (t.e * dir > bestV) { bestV = t.e * dir; best = eCause; }
    if (t.contagion * dir > bestV) { bestV = t.contagion * dir; best = C_contagion; }
    if (t.relax * dir > bestV) { bestV = t.relax * dir; best = C_relaxation; }
    if (t.det * dir > bestV) { bestV = t.det * dir; best = t.detCause; }
    if (t.detCrowd * dir > bestV) { bestV = t.detCrowd * dir; best = C_deterrence; }
    if (t.emp * dir > bestV) { bestV = t.emp * dir; best = C_empowerment; }
    if (t.hardship * dir > bestV) { best = t.hardshipCause; }
    b.add(IND_activeFraction, best, dir);
  }
  const wasViolent = from === ST_VIOLENT ? 1 : 0;
  const isViolent = to === ST_VIOLENT ? 1 : 0;
  if (isViolent !== wasViolent) {
    const cause = (w.c.trig[i] as number) > 0 && (att.trigCause[i] as number) >= 0 ? (att.trigCause[i] as number)
      : Math.abs(att.eVal[i] as number) >= Math.abs(att.lVal[i] as number) ? eCause : lCause;
    b.add(IND_violentFraction, cause, isViolent - wasViolent);
  }
}

/** The signed terms of one citizen's ΔD this tick (reused object: no allocation per citizen). */
interface DriveTerms {
  /** det: officers moving in or out of view (credited to detCause); detCrowd: the rest of ΔP. */
  l: number; e: number; contagion: number; relax: number; det: number; detCrowd: number; emp: number; hardship: number;
  detCause: number; hardshipCause: number;
}
/**
 * One citizen's ledger terms (indicator, cause, delta) in the order they are credited, handed to the
 * CauseBook in one call: socialUpdate is too large for V8 to inline fourteen `add` calls, and every call
 * it does not inline boxes its delta on the heap. Slot 10's and the last slot's causes are set per tick.
 */
const ROW_IND = Int32Array.of(
  IND_legitimacy, IND_legitimacy, IND_identification, IND_identification, IND_arousal, IND_arousal, IND_arousal,
  IND_tension, IND_tension, IND_tension, IND_tension, IND_tension, IND_tension, IND_tension,
);
const rowCause = Int32Array.of(
  C_relaxation, C_clamp, C_relaxation, C_clamp, C_contagion, C_relaxation, C_clamp,
  C_relaxation, C_clamp, C_contagion, -1, C_deterrence, C_empowerment, -1,
);
const ROW_LEN = ROW_IND.length;
const ROW_OFFICERS = 10;
const row = new Float64Array(ROW_LEN);
/** Window sums of one citizen's perception (reused: no allocation per citizen). */
const sums = new Float64Array(6);
const terms: DriveTerms = { l: 0, e: 0, contagion: 0, relax: 0, det: 0, detCrowd: 0, emp: 0, hardship: 0, detCause: 0, hardshipCause: 0 };
