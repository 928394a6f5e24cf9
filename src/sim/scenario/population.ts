// Creating citizens (crowd-model.md §4.2, §7.1, §7.2): the initial crowd and the arrivals of phase F.
// Draws only from the `population` stream, in slot order.

import type { Rng } from '../rng';
import { Stream } from '../rng';
import { clamp01 } from '../detMath';
import { CitizenState } from '../types';
import { Goal, RUMOR_SLOTS, Rumor } from './citizens';
import type { TypeDist } from './presetParams';
import type { World } from './world';

// Module-local aliases: hot loops read plain bindings, not module-export getters.
const { QUIET: ST_QUIET } = CitizenState;
const { U: RM_U, S: RM_S, Rst: RM_Rst, X: RM_X } = Rumor;
const { HOLD: GOAL_HOLD, PERIPHERY: GOAL_PERIPHERY } = Goal;

function dist(w: World, type: number): TypeDist {
  return type === 2 ? w.p.core : type === 1 ? w.p.participant : w.p.bystander;
}

/** Picks a spawn point for a citizen type, avoiding obstacles. */
function place(w: World, rng: Rng, type: number, i: number): void {
  const spawns = w.venue.spec.spawns;
  let total = 0;
  for (const s of spawns) if (s.types.includes(type)) total += (s.rect.x1 - s.rect.x0) * (s.rect.y1 - s.rect.y0);
  let pick = rng.uniform() * total;
  let rect = spawns[0]!.rect;
  for (const s of spawns) {
    if (!s.types.includes(type)) continue;
    const a = (s.rect.x1 - s.rect.x0) * (s.rect.y1 - s.rect.y0);
    rect = s.rect;
    if (pick < a) break;
    pick -= a;
  }
  let x = 0;
  let y = 0;
  for (let t = 0; t < 20; t++) {
    x = rect.x0 + 0.5 + rng.uniform() * (rect.x1 - rect.x0 - 1);
    y = rect.y0 + 0.5 + rng.uniform() * (rect.y1 - rect.y0 - 1);
    if (!w.venue.isBlocked(x, y)) break;
  }
  w.c.x[i] = x;
  w.c.y[i] = y;
}

/** Fills slot `i` with a new citizen of `type`; L0 shifted by `lShift` (arrivals carry the reservoir's mood). */
export function createCitizen(w: World, i: number, type: number, lShift: number, at?: { x: number; y: number }): void {
  const rng = w.rng[Stream.population] as Rng;
  const c = w.c;
  const d = dist(w, type);
  const p = w.p;
  c.state[i] = ST_QUIET;
  c.type[i] = type;
  const hs = type === 0 ? 1 : p.hardshipScale;
  c.H[i] = clamp01(rng.range(d.H[0], d.H[1]) * hs);
  const L = d.Luniform ? rng.range(d.L[0], d.L[1]) : rng.normal(d.L[0], d.L[1], 0, 1);
  c.L0[i] = clamp01(L + p.legitimacyShift + lShift);
  c.L[i] = c.L0[i] as number;
  c.R[i] = rng.range(d.R[0], d.R[1]); // core: U(0, .5), i.e. Epstein's R halved (§4.2)
  c.I0[i] = d.I0;
  c.I[i] = d.I0;
  c.E0[i] = clamp01(d.E0 + p.arousalShift);
  c.E[i] = c.E0[i] as number;
  c.eps[i] = d.eps;
  c.omega[i] = d.omega;
  c.vulnerable[i] = type === 1 && p.vulnerableShare > 0 && rng.chance(p.vulnerableShare) ? 1 : 0;
  c.goal[i] = type === 0 ? GOAL_PERIPHERY : GOAL_HOLD;
  if (at) {
    c.x[i] = at.x + (rng.uniform() - 0.5);
    c.y[i] = at.y + (rng.uniform() - 0.5);
  } else {
    place(w, rng, type, i);
  }
}

/** Creates the initial crowd: types by preset shares, representatives among participants. */
export function spawnInitialCrowd(w: World, agents: number): void {
  const [sc, sp] = w.p.shares;
  const nCore = Math.round(agents * sc);
  const nPart = Math.round(agents * sp);
  for (let i = 0; i < agents; i++) {
    const type = i < nCore ? 2 : i < nCore + nPart ? 1 : 0;
    createCitizen(w, i, type, 0);
  }
  // Representatives: the first repCount participants, with their own identity and arousal (§7.1).
  for (let k = 0; k < w.p.repCount && nCore + k < agents; k++) {
    const i = nCore + k;
    w.c.rep[i] = 1;
    w.c.I0[i] = 0.7;
    w.c.I[i] = 0.7;
    w.c.E0[i] = clamp01(0.3 + w.p.arousalShift);
    w.c.E[i] = w.c.E0[i] as number;
  }
  w.c.used = agents;
  w.initialAgents = agents;
}

/** Phase F: arrivals from the reservoir; deterministic count with carry, stream `population` for who. */
export function inflow(w: World): number {
  const p = w.p;
  const prev = w.cur;
  let mob = 0;
  let other = 0;
  for (let k = 0; k < w.rumors.length; k++) {
    const slot = w.rumors[k]!;
    if (!slot.active) continue;
    const prevK = w.rumorPrev[k] as number; // the previous tick's prevalence (§4.4 F)
    if (slot.content === 'mobilising') mob = Math.max(mob, prevK);
    else other = Math.max(other, prevK);
  }
  let mInfo = 1;
  for (let k = w.releases.length - 1; k >= 0; k--) {
    const r = w.releases[k]!;
    if (r.inflowDamping) {
      mInfo = 1 - 0.5 * r.transparency * prev.credibility;
      break;
    }
  }
  const lambda = p.lambda0 * (prev.activeFraction + 1.5 * mob + other) * mInfo;
  const total = lambda + w.inflowCarry;
  let arrivals = Math.floor(total);
  w.inflowCarry = total - arrivals;
  const room = Math.min(w.inflowCapacity - w.inflowCount, w.c.capacity - w.c.used);
  if (arrivals > room) arrivals = room;
  if (arrivals <= 0) return 0;
  const rng = w.rng[Stream.population] as Rng;
  const entries = w.venue.spec.arrivalEntries;
  const lShift = w.Lres - w.Lres0;
  for (let a = 0; a < arrivals; a++) {
    const i = w.c.used++;
    const type = rng.chance(p.arrivalOnlookerShare) ? 0 : rng.chance(p.shares[0] / (p.shares[0] + p.shares[1])) ? 2 : 1;
    const entry = entries[rng.int(entries.length)]!;
    createCitizen(w, i, type, lShift, entry);
    // Rumour state drawn from the reservoir's fractions, slot by slot.
    for (let k = 0; k < RUMOR_SLOTS; k++) {
      const slot = w.rumors[k];
      if (!slot || !slot.active) continue;
      const u = rng.uniform();
      w.c.rumor[i * RUMOR_SLOTS + k] = u < slot.s ? RM_S : u < slot.s + slot.r ? RM_Rst : u < slot.s + slot.r + slot.x ? RM_X : RM_U;
    }
  }
  w.inflowCount += arrivals;
  return arrivals;
}

/** Prevalence of one rumour slot: (on-site S + Rst + reservoir (s + r)·N_res) / (crowdSize + N_res). */
export function rumorPrevalenceOf(w: World, k: number): number {
  const c = w.c;
  const slot = w.rumors[k];
  if (!slot || !slot.active) return 0;
  let know = 0;
  let present = 0;
  for (let i = 0; i < c.used; i++) {
    if ((c.state[i] as number) > 2) continue;
    present++;
    const r = c.rumor[i * RUMOR_SLOTS + k] as number;
    if (r === RM_S || r === RM_Rst) know++;
  }
  const nRes = w.p.reservoir;
  return (know + (slot.s + slot.r) * nRes) / (present + nRes);
}
