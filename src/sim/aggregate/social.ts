// Phases E–F of the surrogate: per-segment L, I, E updates (relaxation, contagion, event deltas), then
// activation, violence, tension and leaving over the fixed quadrature classes, and inflow from the reservoir.

import { sigmoid } from '../detMath';
import { PC, POSTURE_WEIGHT, zoneCrowd, type Ctx } from './ctx';
import { CLASSES_PER_SEGMENT, H_POINTS, K, L_POINTS } from './knobs';
import { C, Ind } from './ledger';
import { POSTURE_COUNT, RUMOR_SLOTS, SEGMENTS, ZONES } from './state';

/** Per-tick sums the indicators read (reused: no allocation per tick). */
export const sums = { ten: 0, vr: 0, latent: 0, act: 0, vio: 0, n: 0 };
/** Arrest risk for a citizen seeing at least one officer per active neighbour: Ptab[1]. */
const P1 = 0.8997411562771962;
const R_QUART = [0.25, 0.75] as const;
/** How many actives a citizen of each type has in view, relative to the crowd's share (bystanders stand apart). */
const ACTIVE_NEIGHBOURS = [0.02, 1, 1] as const;

/** Patrol-like officer weight per zone this tick (officers do not move during phase E). Scratch, reused. */
const zoneW = new Float64Array(ZONES);

/** Fills `zoneW`; false when no zone has any, so nobody is deterred. */
function zoneWeights(x: Ctx): boolean {
  const d = x.st.onDuty;
  let any = false;
  for (let z = 0; z < ZONES; z++) {
    // Patrols (liaison, uniform) spread over the zone where ρ < 2; riot blocks and cordon lines stand at
    // the front, before a few hundred actives, and their view reaches few of the crowd.
    const W = POSTURE_WEIGHT[PC.liaison] * (d[z * POSTURE_COUNT + PC.liaison] as number)
      + POSTURE_WEIGHT[PC.uniform] * (d[z * POSTURE_COUNT + PC.uniform] as number)
      + K.cordonDeterrence * POSTURE_WEIGHT[PC.cordon] * (d[z * POSTURE_COUNT + PC.cordon] as number);
    zoneW[z] = W;
    if (W > 0) any = true;
  }
  return any;
}

/**
 * Share of a segment deterred at Ptab[1]; reads `zoneW`. A two-point stand-in for the full model's
 * continuous P = 1 − e^(−2.3·C_w/A): it saturates in officers per active as that does, and its knobs are
 * fitted to the full model (tests/fixtures/aggregateReference.json).
 */
function deterredShare(x: Ctx, s: number): number {
  let cov = 0;
  const A = 1 + ACTIVE_NEIGHBOURS[s]! * x.st.cur.activeFraction * K.activeInWindow;
  for (let z = 0; z < ZONES; z++) {
    const w = x.zoneShare[s * ZONES + z] as number;
    const W = zoneW[z] as number;
    if (w <= 0 || W <= 0) continue;
    const crowd = zoneCrowd(x, z);
    if (crowd <= 0) continue;
    const y = (W * K.viewPerWeight) / crowd / A;
    cov += w * (y / (1 + y));
  }
  return cov;
}

/** Phase E: updates every segment and fills `sums`. */
export function socialUpdate(x: Ctx): void {
  const st = x.st;
  const p = x.p;
  const led = x.led;
  const g = st.g;
  // Contagion is local: bystanders stand apart at the periphery, participants and core mix at the front.
  const eb = x.eps[0]! * st.seg[0]!.n;
  let ef = 0;
  let efE = 0;
  for (let s = 1; s < SEGMENTS; s++) { const seg = st.seg[s]!; ef += x.eps[s]! * seg.n; efE += x.eps[s]! * seg.n * seg.E; }
  const Efront = ef > 0 ? efE / ef : st.seg[0]!.E;
  const Eby = st.seg[0]!.E;
  const mixBy = K.bystanderMixing;
  const EbarBy = eb + ef > 0 ? (1 - mixBy) * Eby + mixBy * Efront : Eby;
  const EbarFront = eb + ef > 0 ? (1 - mixBy) * Efront + mixBy * Eby : Efront;
  const commitActive = g.tick < g.commitLeaveUntil;
  const pLeave = commitActive ? p.pLeave * 3 : p.pLeave;
  const ILeave = commitActive ? 0.5 : p.ILeave;
  const T = p.threshold;
  const inv = 1 / p.tensionScale;
  const Ja = p.alpha === 0 ? 1 : Math.sqrt(g.J);
  const aLoc = st.cur.activeFraction;
  const policed = zoneWeights(x);
  // Self-policers (L > .6, I > .35, not violent) damp violence where policing is seen as legitimate.
  let spN = 0;
  let nAll = 0;
  for (let s = 0; s < SEGMENTS; s++) { const seg = st.seg[s]!; nAll += seg.n; if (seg.I > 0.35) spN += seg.n * shareAbove(x, s, seg.L, 0.6); }
  const sp = nAll > 0 ? spN / nAll : 0;
  sums.ten = 0; sums.vr = 0; sums.latent = 0; sums.act = 0; sums.vio = 0; sums.n = 0;
  for (let s = 0; s < SEGMENTS; s++) {
    const seg = st.seg[s]!;
    const n = seg.n;
    const relaxL = -p.lambdaL * (seg.L - seg.L0);
    const rawL = seg.L + seg.dL + relaxL;
    const L = rawL < 0 ? 0 : rawL > 1 ? 1 : rawL;
    const relaxI = -p.lambdaI * (seg.I - seg.I0);
    const rawI = seg.I + seg.dI + relaxI;
    const I = rawI < 0 ? 0 : rawI > 1 ? 1 : rawI;
    const contagion = p.etaE * x.omega[s]! * ((s === 0 ? EbarBy : EbarFront) - seg.E);
    const relaxE = -p.lambdaE * (seg.E - seg.E0);
    const rawE = seg.E + contagion + seg.dE + relaxE;
    const E = rawE < 0 ? 0 : rawE > 1 ? 1 : rawE;
    if (n > 0 && led.enabled) {
      led.add(Ind.L, C.relaxation, relaxL * n); led.add(Ind.L, C.clamp, (L - rawL) * n);
      led.add(Ind.I, C.relaxation, relaxI * n); led.add(Ind.I, C.clamp, (I - rawI) * n);
      led.add(Ind.E, C.contagion, contagion * n); led.add(Ind.E, C.relaxation, relaxE * n); led.add(Ind.E, C.clamp, (E - rawE) * n);
      const sl = seg.slope * n;
      led.add(Ind.T, C.relaxation, (-seg.hh * relaxL + p.wE * relaxE) * sl);
      led.add(Ind.T, C.contagion, p.wE * contagion * sl);
      led.add(Ind.T, C.clamp, (-seg.hh * (L - rawL) + p.wE * (E - rawE)) * sl);
      if (g.dHardship !== 0 && s !== 0) led.add(Ind.T, g.hardshipCause >= 0 ? g.hardshipCause : C.hardship, seg.hh / g.hardshipMul * g.dHardship * (1 - L) * sl);
    }
    seg.L = L; seg.I = I; seg.E = E; seg.dL = 0; seg.dI = 0; seg.dE = 0;
    classes(x, s, policed ? deterredShare(x, s) : 0, sp, aLoc, Ja, T, inv, pLeave, ILeave);
  }
}

/** Evaluates activation and tension of the current state without updating it (tick 0). */
export function evaluateClasses(x: Ctx): void {
  const p = x.p;
  sums.ten = 0; sums.vr = 0; sums.latent = 0; sums.act = 0; sums.vio = 0; sums.n = 0;
  const policed = zoneWeights(x);
  for (let s = 0; s < SEGMENTS; s++) classes(x, s, policed ? deterredShare(x, s) : 0, 0, 0, 1, p.threshold, 1 / p.tensionScale, 0, 0);
}

/** Share of a segment's classes whose L (mean L plus the class offset) exceeds `v`. */
function shareAbove(x: Ctx, s: number, L: number, v: number): number {
  // Every legitimacy offset occurs once per hardship level.
  const dL = x.cls[s]!.dLpts;
  let k = 0;
  for (let b = 0; b < L_POINTS; b++) if (L + (dL[b] as number) > v) k++;
  return (k * H_POINTS) / CLASSES_PER_SEGMENT;
}

/** Per-offset scratch of `classes` (1 − L_c, violence factor, violence-risk sigmoid). Reused. */
const omLb = new Float64Array(L_POINTS);
const vioB = new Float64Array(L_POINTS);
const vrB = new Float64Array(L_POINTS);

/**
 * Activation, violence, tension, latent tension and leaving over one segment's classes (`cov`: the
 * deterred share). Terms that depend only on a class's legitimacy offset are computed once per offset.
 */
function classes(x: Ctx, s: number, cov: number, sp: number, aLoc: number, Ja: number, T: number, inv: number, pLeave: number, ILeave: number): void {
  const st = x.st;
  const p = x.p;
  const seg = st.seg[s]!;
  const cl = x.cls[s]!;
  const h = s === 0 ? 1 : st.g.hardshipMul;
  const k = P1 * (1 - p.psi * seg.I * aLoc) * Ja;
  const Rlo = cl.Rlo;
  const Rw = cl.Rhi - cl.Rlo;
  const RloRw = Rlo + Rw;
  const kq1 = k * (Rlo + Rw * R_QUART[0]);
  const kq2 = k * (Rlo + Rw * R_QUART[1]);
  const mLeave = p.mLeave;
  const thetaV = p.thetaV;
  const thetaL = p.thetaL;
  const spread = 2 * K.arousalSpread;
  const pE = clamp((0.5 + (seg.E - thetaV) / spread));
  const pEt = clamp((0.5 + (seg.E - thetaV + 0.1) / spread));
  const trig = st.g.trig;
  const selfPolice = 1 - p.piSp * sp;
  const vrE = sigmoid((seg.E - thetaV) / p.violenceScale) * (1 - trig) + sigmoid((seg.E - thetaV + 0.1) / p.violenceScale) * trig;
  const violent = pE > 0 || pEt > 0;
  const risky = vrE > 1e-9;
  const covered = cov > 1e-4 && k > 0;
  const coveredQuiet = cov > 1e-4 && !(k > 0);
  // Reciprocals: the class loop multiplies instead of dividing (2.67 → 2.54 µs a tick on the whole surrogate).
  const invK = covered ? 1 / k : 0;
  const invRw = 1 / Rw;
  const eT = p.wE * seg.E;
  const dLp = cl.dLpts;
  for (let b = 0; b < L_POINTS; b++) {
    const Lc0 = seg.L + (dLp[b] as number);
    const Lc = Lc0 < 0 ? 0 : Lc0 > 1 ? 1 : Lc0;
    omLb[b] = 1 - Lc;
    if (violent) {
      const pL = clamp(0.5 + (thetaL - Lc) / 0.06);
      const base = pE * pL;
      vioB[b] = base + trig * (1 - base) * pEt;
    }
    if (risky) vrB[b] = sigmoid((thetaL - Lc) / p.violenceScale);
  }
  const Hp = cl.Hpts;
  let act = 0, vio = 0, ten = 0, slope = 0, latent = 0, leave = 0, vr = 0, hh = 0;
  for (let ai = 0; ai < H_POINTS; ai++) {
    const H = (Hp[ai] as number) * h;
    hh += H * L_POINTS;
    for (let b = 0; b < L_POINTS; b++) {
      const xD = H * (omLb[b] as number) + eT - T; // drive above threshold before deterrence
      // Activation: uncovered citizens are active iff xD > 0; covered ones iff R·k < xD (R uniform).
      let a = xD > 0 ? 1 - cov : 0;
      let q = 0; // quiet but above threshold without deterrence (latent)
      let sg = sigmoid(xD * inv);
      let slp = sg * (1 - sg);
      if (covered) {
        const aP = xD > 0 ? clamp((xD * invK - Rlo) * invRw) : 0;
        a += cov * aP;
        if (xD > 0) q = cov * (1 - aP);
        const s1 = sigmoid((xD - kq1) * inv);
        const s2 = sigmoid((xD - kq2) * inv);
        sg = (1 - cov) * sg + cov * 0.5 * (s1 + s2);
        slp = (1 - cov) * slp + cov * 0.5 * (s1 * (1 - s1) + s2 * (1 - s2));
        // Leaving: quiet with D < T − m_leave, i.e. R·k > xD + m.
        leave += cov * clamp((RloRw - (xD + mLeave) * invK) * invRw);
      } else if (coveredQuiet && xD < -mLeave) {
        leave += 1;
      }
      if (cov < 1 && xD < -mLeave) leave += 1 - cov;
      if (a > 0) {
        if (violent) vio += a * (vioB[b] as number) * selfPolice;
        if (risky) vr += a * vrE * (vrB[b] as number);
      }
      act += a; ten += sg; slope += slp; latent += q;
    }
  }
  const inv12 = 1 / CLASSES_PER_SEGMENT;
  seg.act = act * inv12; seg.vio = vio * inv12; seg.slope = slope * inv12; seg.hh = hh * inv12;
  const n = seg.n;
  sums.ten += ten * inv12 * n; sums.vr += vr * inv12 * n; sums.latent += latent * inv12 * n;
  sums.act += seg.act * n; sums.vio += seg.vio * n; sums.n += n;
  if (seg.I < ILeave && leave > 0) {
    const go = n * leave * inv12 * pLeave;
    seg.n -= go;
    seg.leaving += go;
  }
}

function clamp(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

/** Phase F: arrivals from the reservoir (deterministic count with carry) and departures through exits. */
export function inflowPhase(x: Ctx): void {
  const st = x.st;
  const g = st.g;
  const p = x.p;
  let mob = 0;
  let other = 0;
  for (let k = 0; k < RUMOR_SLOTS; k++) {
    const r = st.rumor[k]!;
    if (!r.active) continue;
    if (r.blaming) other = Math.max(other, r.prev); else mob = Math.max(mob, r.prev);
  }
  let mInfo = 1;
  let latest = -1;
  for (const r of st.rel) if (r.active && r.damping && r.cause > latest) { latest = r.cause; mInfo = 1 - 0.5 * r.transparency * st.cur.credibility; }
  const lambda = p.lambda0 * (st.cur.activeFraction + 1.5 * mob + other) * mInfo;
  const total = lambda + g.inflowCarry;
  let arrivals = Math.floor(total);
  g.inflowCarry = total - arrivals;
  arrivals = Math.min(arrivals, g.inflowCapacity - g.inflowCount);
  for (const seg of st.seg) {
    const out = seg.leaving / K.exitTicks;
    seg.leaving -= out;
    g.left += out;
  }
  if (arrivals <= 0) return;
  g.inflowCount += arrivals;
  const onlook = p.arrivalOnlookerShare;
  const coreShare = p.shares[0] / (p.shares[0] + p.shares[1]);
  const shift = g.Lres - g.Lres0;
  let nSite = 0;
  for (let s = 0; s < SEGMENTS; s++) nSite += st.seg[s]!.n;
  for (let s = 0; s < SEGMENTS; s++) {
    const a = s === 0 ? arrivals * onlook : s === 1 ? arrivals * (1 - onlook) * (1 - coreShare) : arrivals * (1 - onlook) * coreShare;
    if (a <= 0) continue;
    const seg = st.seg[s]!;
    const d = s === 0 ? p.bystander : s === 1 ? p.participant : p.core;
    const L0 = clamp(x.cls[s]!.L0 + shift);
    const E0 = clamp(d.E0 + p.arousalShift);
    const m = seg.n + a;
    seg.L = (seg.L * seg.n + L0 * a) / m; seg.L0 = (seg.L0 * seg.n + L0 * a) / m;
    seg.I = (seg.I * seg.n + d.I0 * a) / m; seg.I0 = (seg.I0 * seg.n + d.I0 * a) / m;
    seg.E = (seg.E * seg.n + E0 * a) / m; seg.E0 = (seg.E0 * seg.n + E0 * a) / m;
    seg.n = m;
  }
  // Arrivals carry the reservoir's rumour fractions.
  const f = nSite / (nSite + arrivals);
  for (const r of st.rumor) {
    if (!r.active) continue;
    r.us = r.us * f + r.u * (1 - f); r.ss = r.ss * f + r.s * (1 - f); r.rs = r.rs * f + r.r * (1 - f); r.xs = r.xs * f + r.x * (1 - f);
  }
}
