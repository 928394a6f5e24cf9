// Phase B (crowd-model.md §4.4): arrests and isolations with the two-officer backup rule, force,
// posture effects, incursions and Nassauer's triggers. Draws only from the `police` stream.

import type { Rng } from '../rng';
import { Stream } from '../rng';
import { CitizenState, OfficerStatus } from '../types';
import { Cause } from './causeBook';
import { OfficerPostureCode } from './citizens';
import type { CitizenGrid } from './citizenGrid';
import { SOCIAL_CELL } from './perception';
import { addDeltas, creditEvent, eventDeltas, type Attribution } from './social';
import type { World } from './world';
import { seedRumor } from './infoLayer';
import { CORDON_DI, LIAISON_DE, LIAISON_DI, LIAISON_DL, RIOT_DE, RIOT_DI, RIOT_DL } from '../posture';

// Module-local aliases: hot loops read plain bindings, not module-export getters.
const { QUIET: ST_QUIET, VIOLENT: ST_VIOLENT, ARRESTED: ST_ARRESTED } = CitizenState;
const { onDuty: OS_onDuty } = OfficerStatus;
const { liaison: PC_liaison, cordon: PC_cordon, riot: PC_riot } = OfficerPostureCode;
const { incursion: C_incursion } = Cause;

const ESCORT = 1;

/** An arrest or isolation sweep, carried out when the command is applied at the tick boundary. */
export interface ArrestOrder { kind: 'targeted' | 'any' | 'agitators'; count: number; cause: number }

/** Finds the nearest available non-liaison on-duty partner within the backup radius (−1 if none). */
function partnerOf(w: World, j: number, used: Uint8Array): number {
  const o = w.o;
  const r2 = w.p.backupRadius * w.p.backupRadius;
  let best = -1;
  let bestD = r2;
  for (let k = 0; k < o.used; k++) {
    if (k === j || used[k] || (o.status[k] as number) !== OS_onDuty || (o.posture[k] as number) === PC_liaison) continue;
    const dx = (o.x[k] as number) - (o.x[j] as number);
    const dy = (o.y[k] as number) - (o.y[j] as number);
    const d = dx * dx + dy * dy;
    if (d <= bestD) { bestD = d; best = k; }
  }
  return best;
}

/** Runs one arrest sweep; returns the number arrested. */
export function runArrests(w: World, grid: CitizenGrid, att: Attribution, order: ArrestOrder, used: Uint8Array): number {
  const o = w.o;
  const c = w.c;
  const rng = w.rng[Stream.police] as Rng;
  let made = 0;
  let nonViolent = 0;
  const radius = order.kind === 'agitators' ? w.p.arrestRadius * 3 : w.p.arrestRadius;
  for (let j = 0; j < o.used && made < order.count; j++) {
    if (used[j] || (o.status[j] as number) !== OS_onDuty || (o.posture[j] as number) === PC_liaison) continue;
    const partner = partnerOf(w, j, used);
    if (partner < 0) continue; // the backup rule: no arrest without a second officer (Lemos et al.)
    const n = grid.query(c, o.x[j] as number, o.y[j] as number, radius);
    // Eligible candidates: violent first for "any"; only violent for "targeted"; active core for agitators.
    let violentCount = 0;
    let eligible = 0;
    for (let k = 0; k < n; k++) {
      const i = grid.found[k] as number;
      const s = c.state[i] as number;
      if (s === ST_VIOLENT) violentCount++;
      if (order.kind === 'agitators' ? (c.type[i] as number) === 2 && s !== ST_QUIET : s !== ST_QUIET) eligible++;
    }
    const violentOnly = order.kind === 'targeted' || (order.kind === 'any' && violentCount > 0);
    const pool = order.kind === 'agitators' ? eligible : violentOnly ? violentCount : eligible;
    if (pool === 0) continue;
    let pick = rng.int(pool);
    let target = -1;
    for (let k = 0; k < n; k++) {
      const i = grid.found[k] as number;
      const s = c.state[i] as number;
      const ok = order.kind === 'agitators' ? (c.type[i] as number) === 2 && s !== ST_QUIET
        : violentOnly ? s === ST_VIOLENT : s !== ST_QUIET;
      if (ok && pick-- === 0) { target = i; break; }
    }
    if (target < 0) continue;
    const wasViolent = (c.state[target] as number) === ST_VIOLENT;
    c.state[target] = ST_ARRESTED;
    w.arrests++;
    made++;
    used[j] = 1;
    used[partner] = 1;
    o.status[j] = ESCORT;
    o.status[partner] = ESCORT;
    o.timer[j] = w.p.escortTicks;
    o.timer[partner] = w.p.escortTicks;
    const tx = c.x[target] as number;
    const ty = c.y[target] as number;
    if (order.kind === 'agitators') continue; // discreet: witnesses ΔL 0 (D7)
    // Witnesses: bystanders of a legitimate arrest are unmoved; a non-violent arrest delegitimises (D9).
    const m = grid.query(c, tx, ty, 10);
    for (let k = 0; k < m; k++) {
      const i = grid.found[k] as number;
      const dx = (c.x[i] as number) - tx;
      const dy = (c.y[i] as number) - ty;
      if (wasViolent) {
        if (dx * dx + dy * dy <= 4) addDeltas(w, att, i, order.cause, 0, 0.02, 0);
      } else {
        addDeltas(w, att, i, order.cause, -0.01, 0.01, 0);
      }
    }
    if (!wasViolent) nonViolent++;
  }
  if (nonViolent > 0) {
    // A mass-arrest wave lowers everyone's baseline legitimacy (Lemos et al. 2016).
    for (let i = 0; i < c.used; i++) if ((c.state[i] as number) <= ST_VIOLENT) c.L0[i] = Math.max(0, (c.L0[i] as number) - 0.02);
  }
  return made;
}

/** Escorting officers return to duty after their escort time. */
export function tickEscorts(w: World): void {
  const o = w.o;
  for (let j = 0; j < o.used; j++) {
    if ((o.status[j] as number) !== ESCORT) continue;
    o.timer[j] = (o.timer[j] as number) - 1;
    if ((o.timer[j] as number) <= 0) { o.status[j] = OS_onDuty; o.timer[j] = 0; }
  }
}

/** Use of force by every on-duty non-liaison officer in the order's zone (D10): indiscriminate. */
export function runForce(w: World, grid: CitizenGrid, att: Attribution, zone: number, cause: number, witnessed: Uint8Array): void {
  const o = w.o;
  const c = w.c;
  const rng = w.rng[Stream.police] as Rng;
  for (let j = 0; j < o.used; j++) {
    if ((o.status[j] as number) !== OS_onDuty || (o.posture[j] as number) === PC_liaison) continue;
    if (zone >= 0 && (o.zone[j] as number) !== zone) continue;
    const ox = o.x[j] as number;
    const oy = o.y[j] as number;
    const n = grid.query(c, ox, oy, 2);
    if (n === 0) {
      // No one within reach: advance 1 m towards the nearest citizen (a spatial incursion).
      let best = -1;
      let bestD = Infinity;
      for (let i = 0; i < c.used; i++) {
        if ((c.state[i] as number) > ST_VIOLENT) continue;
        const ex = (c.x[i] as number) - ox;
        const ey = (c.y[i] as number) - oy;
        const d = ex * ex + ey * ey;
        if (d < bestD) { bestD = d; best = i; }
      }
      if (best >= 0) {
        const d = Math.sqrt(bestD);
        o.x[j] = ox + ((c.x[best] as number) - ox) / d;
        o.y[j] = oy + ((c.y[best] as number) - oy) / d;
        o.sx[j] = o.x[j] as number;
        o.sy[j] = o.y[j] as number;
        if (w.physical.densityAt(o.x[j] as number, o.y[j] as number) >= 1) incursion(w, grid, att, o.x[j] as number, o.y[j] as number, cause);
      }
      continue;
    }
    const hit = grid.found[rng.int(n)] as number;
    addDeltas(w, att, hit, cause, 0, 0, 0.15);
    if (rng.chance(0.05) && (c.injured[hit] as number) === 0) {
      c.injured[hit] = 1;
      w.injuries++;
      if (!w.firstInjurySeeded) {
        w.firstInjurySeeded = true;
        seedRumor(w, 'blaming', 1, cause);
      }
    }
    const m = grid.query(c, ox, oy, 10);
    for (let k = 0; k < m; k++) {
      const i = grid.found[k] as number;
      const dx = (c.x[i] as number) - ox;
      const dy = (c.y[i] as number) - oy;
      const d2 = dx * dx + dy * dy;
      if (d2 <= 16 && d2 > 0) {
        // Push impulse 1.5 m/s away from the officer: density spikes at the crowd's edge.
        const d = Math.sqrt(d2);
        c.px[i] = (c.px[i] as number) + 1.5 * dx / d;
        c.py[i] = (c.py[i] as number) + 1.5 * dy / d;
      }
      // Witness effects follow every hit seen (§5.3 disperse): force near many officers weighs more.
      const quiet = (c.state[i] as number) === ST_QUIET;
      addDeltas(w, att, i, cause, quiet ? -0.02 : -0.01, 0.02, 0.03);
      // Dispersal works on the uncommitted: quiet, weakly identified witnesses leave (one draw per tick).
      if (witnessed[i]) continue;
      witnessed[i] = 1;
      if (quiet && (c.I[i] as number) < 0.5 && rng.chance(0.1)) c.leaving[i] = 1;
    }
  }
}

/** An incursion at (x, y): arousal for those within 5 m and a trigger window (Nassauer). */
export function incursion(w: World, grid: CitizenGrid, att: Attribution, x: number, y: number, cause: number): void {
  const n = grid.query(w.c, x, y, 5);
  for (let k = 0; k < n; k++) {
    const i = grid.found[k] as number;
    addDeltas(w, att, i, cause, 0, 0, 0.05);
    openTrigger(w, att, i, C_incursion);
  }
}

/** Opens a trigger window for one citizen. */
export function openTrigger(w: World, att: Attribution, i: number, cause: number): void {
  w.c.trig[i] = w.p.trigWindow;
  att.trigCause[i] = cause;
}

/** Indices of the on-duty riot officers this tick (scratch: grows with the officer pool, never per tick). */
let riotOfficers = new Int32Array(0);

/** Posture effects (B3): liaison within 3 m, riot within the citizen's vision window, enclosure by cordons. */
export function postureEffects(w: World, grid: CitizenGrid, att: Attribution, liaisonCount: Uint8Array, riotCount: Uint8Array, zoneViolent: Float64Array): void {
  const o = w.o;
  const c = w.c;
  if (riotOfficers.length < o.used) riotOfficers = new Int32Array(o.capacity);
  liaisonCount.fill(0, 0, c.used);
  riotCount.fill(0, 0, c.used);
  const half = (w.p.visionCells + 0.5) * SOCIAL_CELL;
  let nRiot = 0;
  for (let j = 0; j < o.used; j++) {
    if ((o.status[j] as number) !== OS_onDuty) continue;
    const posture = o.posture[j] as number;
    if (posture === PC_liaison) {
      const n = grid.query(c, o.x[j] as number, o.y[j] as number, 3);
      for (let k = 0; k < n; k++) { const i = grid.found[k] as number; if ((liaisonCount[i] as number) < 3) liaisonCount[i] = (liaisonCount[i] as number) + 1; }
    } else if (posture === PC_riot) riotOfficers[nRiot++] = j;
  }
  // Riot officers stand in a block whose view squares overlap: count each citizen's squares at once.
  if (nRiot > 0) grid.coverSquares(c, o.x, o.y, riotOfficers, nRiot, half, riotCount, 3);
  const liaisonCause = w.postureCause[PC_liaison] as number;
  const riotCause = w.postureCause[PC_riot] as number;
  const cordonCause = w.postureCause[PC_cordon] as number;
  const zones = w.venue.spec.zones.length;
  for (let i = 0; i < c.used; i++) {
    if ((c.state[i] as number) > ST_VIOLENT) continue;
    const nl = liaisonCount[i] as number;
    if (nl > 0) {
      eventDeltas[0] = LIAISON_DL * nl;
      eventDeltas[1] = LIAISON_DI * nl;
      eventDeltas[2] = LIAISON_DE * nl;
      creditEvent(w, att, i, liaisonCause);
    }
    const nr = riotCount[i] as number;
    if (nr > 0) {
      // Graded response: the riot effect halves once the zone is violent (ESIM).
      const z = w.venue.zoneAt(c.x[i] as number, c.y[i] as number);
      const f = z >= 0 && (zoneViolent[z] as number) >= 0.02 ? 0.5 : 1;
      eventDeltas[0] = RIOT_DL * nr * f;
      eventDeltas[1] = RIOT_DI * nr * f;
      eventDeltas[2] = RIOT_DE * nr * f;
      creditEvent(w, att, i, riotCause);
    }
    for (let z = 0; z < zones; z++) {
      if (w.physical.enclosed(z, c.x[i] as number, c.y[i] as number)) { addDeltas(w, att, i, cordonCause, 0, CORDON_DI, 0); break; }
    }
  }
}
