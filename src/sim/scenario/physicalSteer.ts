// Citizens' steering and movement in one sub-step (crowd-model.md §4.6 points 3, 4 and 6): desired
// velocity from the navigation fields, Weidmann speed, arrival at the preferred density, compression
// avoidance, push impulse and jitter; moves clipped by the obstacle mask and closed cordon lines; exits.

import { weidmannSpeed } from '../detMath';
import type { Rng } from '../rng';
import { Goal } from './citizens';
import type { Physical } from './physical';
import type { PhysicalTickResult } from './physicalResult';
import { sweepX, sweepY } from './physicalMove';
import { BAND_SHIFT, Band, CellFlag, MASK_CELL } from './venue';

/** Fruin/Still: potentially dangerous crowd forces; critical (standing). */
export const RHO_DANGER = 5.55;
export const RHO_CRITICAL = 7.1;
/** Fall probability per sub-step at ρ ≥ 5.55 (◇), ×3 in turbulence, ×3 at ρ ≥ 7.1, ×3 if vulnerable. */
export const FALL_P = 2e-4;

/** Steering constants (§4.6; ◇ unless noted). */
export const steerParams = {
  /** Free walking speed ★ (Weidmann) and the vulnerable citizens' speed. */
  v0: 1.34,
  v0Vulnerable: 0.8,
  /** Preferred densities (p/m²): bystander, quiet participant, active, core. */
  prefBystander: 1.0,
  prefParticipant: 1.5,
  prefActive: 1.7,
  prefCore: 2.0,
  /** QUIET participants and core (goal HOLD) drift to the focal point while ρ < 1, at this share of speed. */
  holdDriftBelow: 1.0,
  holdDriftFactor: 0.5,
  /** Compression avoidance gain on −∇ρ above the preferred density. */
  gradientGain: 0.3,
  /** Largest jitter (m/s) and displacement per sub-step (m). */
  jitter: 0.02,
  maxStep: 1.5,
} as const;

const JIT = steerParams.jitter / Math.SQRT2; // per component, so |jitter| ≤ 0.02 m/s
const JIT_SCALE = (2 * JIT) / 65536;
const V0_SCALE = 1 / 1.34;
const G_EXIT = Goal.EXIT;
const G_FOCAL = Goal.FOCAL;
const G_HOLD = Goal.HOLD;
const G_PERIPHERY = Goal.PERIPHERY;
const B_NEAR = Band.NEAR;
const B_FAR = Band.FAR;
const F_WALL = CellFlag.NEAR_WALL;
const F_EXIT = CellFlag.NEAR_EXIT;
const F_LINE = CellFlag.NEAR_LINE;
const F_HOT = CellFlag.HOT;
const INV_MASK = 1 / MASK_CELL;

/** Steers and moves every present citizen once; returns how many left through an exit. */
export function moveCitizens(ph: Physical, rng: Rng, exitCount: Int32Array, alert: boolean, out: PhysicalTickResult): number {
  const { c, venue, density, cordons, cellOf, fallen } = ph;
  const rho = density.rho;
  const gw = venue.gw;
  const gh = venue.gh;
  const blocked = venue.dynBlocked;
  const exitId = venue.exitId;
  const mw = venue.mw;
  const focal = venue.focal;
  const exit = venue.exit;
  const focalDir = focal.dir;
  const exitDir = exit.dir;
  const focalVersion = focal.version;
  const exitVersion = exit.version;
  const flags = venue.flags;
  const { state, type, goal, leaving, vulnerable, x, y, vx: cvx, vy: cvy, px: cpx, py: cpy } = c;
  const moments = density.moments;
  const P = steerParams;
  const maxStep2 = P.maxStep * P.maxStep;
  // Where people land is counted for the next sub-step's density as they move.
  const nextCounts = density.nextCounts;
  const nextOcc = density.nextOccupied;
  let nNext = density.nNext;
  let exited = 0;
  // The physical stream's sfc32 state in locals (the same generator as Rng.nextU32, see rng.ts): this
  // loop makes one draw per citizen per sub-step, and property traffic was a tenth of its cost.
  let ra = rng.a | 0;
  let rb = rng.b | 0;
  let rc = rng.c | 0;
  let rd = rng.d | 0;
  for (let i = 0; i < c.used; i++) {
    const st = state[i] as number;
    if (st > 2) continue;
    const cell = cellOf[i] as number;
    const r = rho[cell] as number;
    const fl = flags[cell] as number;
    // Falls (§4.6 point 8), with the turbulence alert as it stood at the start of this sub-step.
    if (r >= RHO_DANGER && fallen[i] === 0) {
      let p = FALL_P;
      if (alert) p *= 3;
      if (r >= RHO_CRITICAL) p *= 3;
      if (vulnerable[i] === 1) p *= 3;
      const t = (((ra + rb) | 0) + rd) | 0;
      rd = (rd + 1) | 0;
      ra = rb ^ (rb >>> 9);
      rb = (rc + (rc << 3)) | 0;
      rc = (rc << 21) | (rc >>> 11);
      rc = (rc + t) | 0;
      if ((t >>> 0) / 4294967296 < p) ph.fall(i, out);
    }
    if (fallen[i] === 1) {
      cvx[i] = 0;
      cvy[i] = 0;
      if ((fl & F_HOT) !== 0) moments[4 * cell + 3] = (moments[4 * cell + 3] as number) + 1;
      const nc = venue.cellOf(x[i] as number, y[i] as number);
      const n = nextCounts[2 * nc] as number;
      if (n === 0) nextOcc[nNext++] = nc;
      nextCounts[2 * nc] = n + 1;
      nextCounts[2 * nc + 1] = (nextCounts[2 * nc + 1] as number) + 1;
      cellOf[i] = nc;
      continue;
    }
    const ty = type[i] as number;
    const pref = ty === 2 ? P.prefCore : st >= 1 ? P.prefActive : ty === 1 ? P.prefParticipant : P.prefBystander;
    const g = leaving[i] === 1 ? G_EXIT : (goal[i] as number);

    // Direction towards the goal (cut-off cells use the static field: people press against lines).
    let ex = 0;
    let ey = 0;
    let factor = 1;
    if (g === G_EXIT) {
      if (exitDir[3 * cell + 2] !== exitVersion) exit.fill(cell);
      ex = exitDir[3 * cell] as number;
      ey = exitDir[3 * cell + 1] as number;
    } else if (r < pref) {
      // Arrival rule: at or above the preferred density the desired speed is 0.
      let s = 0;
      if (g === G_FOCAL) s = 1;
      else if (g === G_HOLD) { if (r < P.holdDriftBelow) { s = 1; factor = P.holdDriftFactor; } }
      else if (g === G_PERIPHERY) {
        const band = (fl >> BAND_SHIFT) & 3;
        s = band === B_NEAR ? -1 : band === B_FAR ? 1 : 0;
      }
      if (s !== 0) {
        if (focalDir[3 * cell + 2] !== focalVersion) focal.fill(cell);
        ex = s * (focalDir[3 * cell] as number);
        ey = s * (focalDir[3 * cell + 1] as number);
        // People do not walk into a crowd denser than they want to stand in: the arrival rule also
        // looks one cell ahead, so the crowd fills outwards at its preferred density.
        const ax = ex > 0.38 ? 1 : ex < -0.38 ? -1 : 0;
        const ay = ey > 0.38 ? 1 : ey < -0.38 ? -1 : 0;
        const ahead = cell + ay * gw + ax;
        if (ahead >= 0 && ahead < rho.length && (rho[ahead] as number) >= pref) { ex = 0; ey = 0; }
      }
    }
    let vx = 0;
    let vy = 0;
    if (ex !== 0 || ey !== 0) {
      const speed = (vulnerable[i] === 1 ? P.v0Vulnerable : P.v0) * weidmannSpeed(r) * V0_SCALE * factor;
      vx = ex * speed;
      vy = ey * speed;
    }

    // Compression avoidance: −0.3·∇ρ by central differences; walls and closed lines count as "same as here".
    const nearLine = (fl & F_LINE) !== 0;
    if (r > pref) {
      let rl: number;
      let rr: number;
      let ru: number;
      let rd: number;
      if ((fl & F_WALL) === 0 && !nearLine) {
        // Open ground (no wall, edge or line within 2 m): no checks needed.
        rl = rho[cell - 1] as number;
        rr = rho[cell + 1] as number;
        ru = rho[cell - gw] as number;
        rd = rho[cell + gw] as number;
      } else {
        const cx = cell % gw;
        const cy = (cell - cx) / gw;
        rl = cx > 0 && blocked[cell - 1] === 0 ? (rho[cell - 1] as number) : r;
        rr = cx + 1 < gw && blocked[cell + 1] === 0 ? (rho[cell + 1] as number) : r;
        ru = cy > 0 && blocked[cell - gw] === 0 ? (rho[cell - gw] as number) : r;
        rd = cy + 1 < gh && blocked[cell + gw] === 0 ? (rho[cell + gw] as number) : r;
      }
      vx -= P.gradientGain * 0.5 * (rr - rl);
      vy -= P.gradientGain * 0.5 * (rd - ru);
    }

    // Push impulse (decays ×0.5 per sub-step).
    const px = cpx[i] as number;
    const py = cpy[i] as number;
    if (px !== 0 || py !== 0) {
      vx += px;
      vy += py;
      cpx[i] = px > -1e-6 && px < 1e-6 ? 0 : px * 0.5;
      cpy[i] = py > -1e-6 && py < 1e-6 ? 0 : py * 0.5;
    }
    const m2 = vx * vx + vy * vy;
    if (m2 > maxStep2) {
      const k = P.maxStep / Math.sqrt(m2);
      vx *= k;
      vy *= k;
    }
    // One 32-bit draw gives both jitter components (16 bits each).
    const t = (((ra + rb) | 0) + rd) | 0;
    rd = (rd + 1) | 0;
    ra = rb ^ (rb >>> 9);
    rb = (rc + (rc << 3)) | 0;
    rc = (rc << 21) | (rc >>> 11);
    rc = (rc + t) | 0;
    const u = t >>> 0;
    const jx = (u >>> 16) * JIT_SCALE - JIT;
    const jy = (u & 0xffff) * JIT_SCALE - JIT;

    // Move one axis at a time: exact against the mask, and the L-shaped path never cuts a corner.
    const x0 = x[i] as number;
    const y0 = y[i] as number;
    const wantX = x0 + vx + jx;
    const nearWall = (fl & F_WALL) !== 0;
    let x1 = nearWall ? sweepX(venue, x0, y0, wantX) : wantX;
    if (nearLine && cordons.clip(x0, y0, x1, y0)) x1 = cordons.clipX;
    const wantY = y0 + vy + jy;
    let y1 = nearWall ? sweepY(venue, x1, y0, wantY) : wantY;
    if (nearLine && cordons.clip(x1, y0, x1, y1)) y1 = cordons.clipY;
    x[i] = x1;
    y[i] = y1;
    // Velocities without jitter (crowd pressure); a clipped axis keeps what was really moved.
    const svx = x1 === wantX ? vx : x1 - x0;
    const svy = y1 === wantY ? vy : y1 - y0;
    cvx[i] = svx;
    cvy[i] = svy;
    if ((fl & F_HOT) !== 0) {
      const mb = 4 * cell;
      moments[mb] = (moments[mb] as number) + svx;
      moments[mb + 1] = (moments[mb + 1] as number) + svy;
      moments[mb + 2] = (moments[mb + 2] as number) + svx * svx + svy * svy;
      moments[mb + 3] = (moments[mb + 3] as number) + 1;
    }

    // Exits: the mask cell holds the exit id (sweeps keep positions inside the venue).
    if ((fl & F_EXIT) !== 0) {
      const e = (exitId[Math.floor(y1 * INV_MASK) * mw + Math.floor(x1 * INV_MASK)] as number) - 1;
      if (e >= 0) {
        state[i] = 4;
        exitCount[e] = (exitCount[e] as number) + 1;
        exited++;
        cellOf[i] = -1;
        continue;
      }
    }
    let cx1 = Math.floor(x1);
    let cy1 = Math.floor(y1);
    cx1 = cx1 < 0 ? 0 : cx1 >= gw ? gw - 1 : cx1;
    cy1 = cy1 < 0 ? 0 : cy1 >= gh ? gh - 1 : cy1;
    const nc = cy1 * gw + cx1;
    const n = nextCounts[2 * nc] as number;
    if (n === 0) nextOcc[nNext++] = nc;
    nextCounts[2 * nc] = n + 1;
    nextCounts[2 * nc + 1] = (nextCounts[2 * nc + 1] as number) + 1;
    cellOf[i] = nc;
  }
  density.nNext = nNext;
  rng.a = ra;
  rng.b = rb;
  rng.c = rc;
  rng.d = rd;
  return exited;
}
