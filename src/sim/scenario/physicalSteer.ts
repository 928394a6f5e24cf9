// Citizens' steering and movement in one sub-step (crowd-model.md §4.6 points 3, 4 and 6): desired
// velocity from the navigation fields, Weidmann speed, arrival at the preferred density, compression
// avoidance, push impulse and jitter; moves clipped by the obstacle mask and closed cordon lines; exits.

import { weidmannSpeed } from '../detMath';
import type { Rng } from '../rng';
import { Goal } from './citizens';
import type { Physical } from './physical';
import type { PhysicalTickResult } from './physicalResult';
import { MOVE_EPS, NOT_BLOCKED, blockedX, blockedY } from './physicalMove';
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

// Module-local aliases: the hot loop reads plain bindings, not module-export getters or object fields.
const JIT = steerParams.jitter / Math.SQRT2; // per component, so |jitter| ≤ 0.02 m/s
const JIT_SCALE = (2 * JIT) / 65536;
const V0_SCALE = 1 / 1.34;
const { v0: V0, v0Vulnerable: V0_VULNERABLE, prefBystander: PREF_BYSTANDER, prefParticipant: PREF_PARTICIPANT,
  prefActive: PREF_ACTIVE, prefCore: PREF_CORE, holdDriftBelow: HOLD_DRIFT_BELOW, holdDriftFactor: HOLD_DRIFT_FACTOR,
  maxStep: MAX_STEP } = steerParams;
const HALF_GAIN = steerParams.gradientGain * 0.5;
const MAX_STEP2 = MAX_STEP * MAX_STEP;
const { EXIT: G_EXIT, FOCAL: G_FOCAL, HOLD: G_HOLD, PERIPHERY: G_PERIPHERY } = Goal;
const { NEAR: B_NEAR, FAR: B_FAR } = Band;
const { NEAR_WALL: F_WALL, NEAR_EXIT: F_EXIT, NEAR_LINE: F_LINE, HOT: F_HOT } = CellFlag;
const BAND_AT = BAND_SHIFT;
const CELL = MASK_CELL;
const INV_MASK = 1 / MASK_CELL;
const EPS = MOVE_EPS;
const FREE = NOT_BLOCKED;
const speedAt = weidmannSpeed;
const blockX = blockedX;
const blockY = blockedY;

/** Steers and moves every present citizen once; returns how many left through an exit. */
export function moveCitizens(ph: Physical, rng: Rng, exitCount: Int32Array, alert: boolean, out: PhysicalTickResult): number {
  const { c, venue, density, cordons, cellOf, fallen } = ph;
  const rho = density.rho;
  const { gw, gh, mw, mh, exitId } = venue;
  const blocked = venue.dynBlocked;
  const focal = venue.focal;
  const exit = venue.exit;
  const focalDir = focal.dir;
  const exitDir = exit.dir;
  const focalVersion = focal.version;
  const exitVersion = exit.version;
  const flags = venue.flags;
  const { state, type, goal, leaving, vulnerable, x, y, vx: cvx, vy: cvy, px: cpx, py: cpy } = c;
  const moments = density.moments;
  const seg = cordons.seg;
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
  // No call in this loop takes a floating-point argument: it would be boxed on the heap.
  const used = c.used;
  for (let i = 0; i < used; i++) {
    const st = state[i] as number;
    if (st > 2) continue;
    const cell = cellOf[i] as number;
    const r = rho[cell] as number;
    const fl = flags[cell] as number;
    // Falls (§4.6 point 8), with the turbulence alert as it stood at the start of this sub-step.
    if (r >= RHO_DANGER && fallen[i] === 0) {
      // One product rather than `p *= 3` steps, which got p boxed; factors of 1 are exact, so the
      // roundings are those of the successive ×3.
      const p = FALL_P * (alert ? 3 : 1) * (r >= RHO_CRITICAL ? 3 : 1) * (vulnerable[i] === 1 ? 3 : 1);
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
      let fx = Math.floor(x[i] as number);
      let fy = Math.floor(y[i] as number);
      fx = fx < 0 ? 0 : fx >= gw ? gw - 1 : fx;
      fy = fy < 0 ? 0 : fy >= gh ? gh - 1 : fy;
      const nc = fy * gw + fx;
      const n = nextCounts[2 * nc] as number;
      if (n === 0) nextOcc[nNext++] = nc;
      nextCounts[2 * nc] = n + 1;
      nextCounts[2 * nc + 1] = (nextCounts[2 * nc + 1] as number) + 1;
      cellOf[i] = nc;
      continue;
    }
    const ty = type[i] as number;
    const pref = ty === 2 ? PREF_CORE : st >= 1 ? PREF_ACTIVE : ty === 1 ? PREF_PARTICIPANT : PREF_BYSTANDER;
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
      else if (g === G_HOLD) { if (r < HOLD_DRIFT_BELOW) { s = 1; factor = HOLD_DRIFT_FACTOR; } }
      else if (g === G_PERIPHERY) {
        const band = (fl >> BAND_AT) & 3;
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
      const speed = (vulnerable[i] === 1 ? V0_VULNERABLE : V0) * speedAt(r) * V0_SCALE * factor;
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
      vx -= HALF_GAIN * (rr - rl);
      vy -= HALF_GAIN * (rd - ru);
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
    if (m2 > MAX_STEP2) {
      const k = MAX_STEP / Math.sqrt(m2);
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

    // Move one axis at a time: exact against the mask, and the L-shaped path never cuts a corner
    // (physicalMove's sweepX/sweepY, with the mask walk only when a move leaves its 0.5 m cell).
    const x0 = x[i] as number;
    const y0 = y[i] as number;
    const wantX = x0 + vx + jx;
    const nearWall = (fl & F_WALL) !== 0;
    let x1 = wantX;
    if (nearWall) {
      const my = Math.floor(y0 * INV_MASK);
      if (my < 0 || my >= mh) x1 = x0;
      else {
        const m0 = Math.floor(x0 * INV_MASK);
        const m1 = Math.floor(wantX * INV_MASK);
        const m = m0 === m1 ? FREE : blockX(venue, my, m0, m1);
        if (m !== FREE) {
          // Both stops are computed, so the first clip in either direction gives V8 type feedback for
          // both: a first clip the other way, minutes later, deoptimised this function again, and when that
          // raced a concurrent on-stack-replacement compile the loop stayed on the slower OSR code (≈14 %).
          const before = m * CELL - EPS;
          const after = (m + 1) * CELL + EPS;
          x1 = wantX > x0 ? before : after;
        }
      }
    }
    if (nearLine) {
      seg[0] = x0; seg[1] = y0; seg[2] = x1; seg[3] = y0;
      if (cordons.clipSeg()) x1 = seg[2] as number;
    }
    const wantY = y0 + vy + jy;
    let y1 = wantY;
    if (nearWall) {
      const mx = Math.floor(x1 * INV_MASK);
      if (mx < 0 || mx >= mw) y1 = y0;
      else {
        const m0 = Math.floor(y0 * INV_MASK);
        const m1 = Math.floor(wantY * INV_MASK);
        const m = m0 === m1 ? FREE : blockY(venue, mx, m0, m1);
        if (m !== FREE) {
          // Both stops, as along x.
          const before = m * CELL - EPS;
          const after = (m + 1) * CELL + EPS;
          y1 = wantY > y0 ? before : after;
        }
      }
    }
    if (nearLine) {
      seg[0] = x1; seg[1] = y0; seg[2] = x1; seg[3] = y1;
      if (cordons.clipSeg()) y1 = seg[3] as number;
    }
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
