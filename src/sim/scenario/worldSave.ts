// State hash (crowd-model.md §9.3) and exact save/restore of a scenario-preset world.
// Save copies every typed array and scalar that the next tick reads, so restore + same commands = same hash.

import { Fnv1a } from '../stateHash';
import { RUMOR_SLOTS } from './citizens';
import type { World } from './world';

/** 32-bit FNV-1a over the §9.3 word order; 8 lowercase hex digits. */
export function hashWorld(w: World): string {
  const h = new Fnv1a();
  const c = w.c;
  const o = w.o;
  h.word(w.tick);
  h.word(c.used);
  h.word(o.used);
  for (let i = 0; i < c.used; i++) {
    h.word(c.state[i] as number);
    h.word(c.type[i] as number);
    h.word((c.rep[i] as number) | ((c.vulnerable[i] as number) << 1) | ((c.leaving[i] as number) << 2) | ((c.injured[i] as number) << 3) | ((c.trig[i] as number) << 8));
    let packed = 0;
    for (let k = 0; k < RUMOR_SLOTS; k++) packed |= (c.rumor[i * RUMOR_SLOTS + k] as number) << (k * 2);
    h.word(packed);
    h.cm(c.x[i] as number);
    h.cm(c.y[i] as number);
    h.q(c.L[i] as number); h.q(c.L0[i] as number);
    h.q(c.I[i] as number); h.q(c.I0[i] as number);
    h.q(c.E[i] as number); h.q(c.E0[i] as number);
  }
  for (let j = 0; j < o.used; j++) {
    h.word(o.status[j] as number);
    h.word(o.posture[j] as number);
    h.word(o.zone[j] as number);
    h.cm(o.x[j] as number);
    h.cm(o.y[j] as number);
  }
  h.q(w.hardshipMul); h.q(w.J); h.q(w.kappa); h.q(w.ambiguity); h.q(w.Lres);
  for (const s of w.rumors) { h.q(s.u); h.q(s.s); h.q(s.r); h.q(s.x); }
  h.q(w.inflowCarry);
  h.word(w.broadcast ? 1 : 0);
  h.word(w.negotiation ? 1 : 0);
  h.word(w.exposures.length);
  const words = new Uint32Array(4);
  for (const r of w.rng) {
    r.words(words, 0);
    for (let k = 0; k < 4; k++) h.word(words[k] as number);
  }
  return h.hex();
}

const WORLD_SCALARS = [
  'tick', 'initialAgents', 'inflowCapacity', 'inflowCount', 'inflowCarry', 'arrests', 'injuries', 'deployCounter',
  'commandCount', 'hardshipMul', 'J', 'kappa', 'ambiguity', 'aBase', 'tInfo', 'anyRelease', 'Lres', 'Lres0',
  'broadcast', 'negotiation', 'repsReturnTick', 'commitLeaveUntil', 'forceTicks', 'firstInjurySeeded',
  'releaseCount', 'deterrenceCause', 'deterrenceSince', 'maxDensity', 'turbulence', 'densityZone',
] as const;

function copyArrays(src: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(src)) {
    if (ArrayBuffer.isView(v)) out[k] = (v as Float64Array).slice();
    else if (typeof v === 'number') out[k] = v;
  }
  return out;
}

function loadArrays(dst: object, data: Record<string, unknown>): void {
  const d = dst as Record<string, unknown>;
  for (const [k, v] of Object.entries(data)) {
    const cur = d[k];
    if (ArrayBuffer.isView(cur)) (cur as Float64Array).set(v as Float64Array);
    else if (typeof cur === 'number') d[k] = v;
  }
}

/** Plain-data copy of everything the model reads next tick (structured-clone safe). */
export function saveWorld(w: World) {
  const scalars: Record<string, unknown> = {};
  for (const k of WORLD_SCALARS) scalars[k] = w[k];
  const rng = new Uint32Array(4 * w.rng.length);
  w.rng.forEach((r, k) => r.words(rng, 4 * k));
  return {
    scalars,
    citizens: copyArrays(w.c),
    officers: copyArrays(w.o),
    rumors: w.rumors.map((r) => ({ ...r })),
    releases: w.releases.map((r) => ({ ...r })),
    exposures: w.exposures.map((e) => ({ ...e })),
    forces: w.forces.map((f) => ({ ...f })),
    recentTalk: w.recentTalk.map((l) => l.slice()),
    postureCause: w.postureCause.slice(),
    rumorPrev: w.rumorPrev.slice(),
    attribution: { P: w.P.slice(), Reff: w.Reff.slice(), sig: w.sig.slice(), Awin: w.Awin.slice(), cellWin: w.cellWin.slice() },
    indicators: { prev: { ...w.prev }, cur: { ...w.cur } },
    causes: { names: w.causes.names.slice(), parents: w.causes.parents.slice() },
    rng,
    physical: w.physical.saveState(),
  };
}

type WorldData = ReturnType<typeof saveWorld>;

export function loadWorld(w: World, data: Record<string, unknown>): void {
  const d = data as unknown as WorldData;
  const scalars = d.scalars as Record<string, unknown>;
  const wr = w as unknown as Record<string, unknown>;
  for (const k of WORLD_SCALARS) wr[k] = scalars[k];
  loadArrays(w.c, d.citizens);
  loadArrays(w.o, d.officers);
  w.rumors.length = 0;
  for (const r of d.rumors) w.rumors.push({ ...r });
  w.releases.length = 0;
  for (const r of d.releases) w.releases.push({ ...r });
  w.exposures.length = 0;
  for (const e of d.exposures) w.exposures.push({ ...e });
  w.forces.length = 0;
  for (const f of d.forces) w.forces.push({ ...f });
  d.recentTalk.forEach((l, k) => { w.recentTalk[k] = l.slice(); });
  w.postureCause.set(d.postureCause);
  w.rumorPrev.set(d.rumorPrev);
  w.P.set(d.attribution.P);
  w.Reff.set(d.attribution.Reff);
  w.sig.set(d.attribution.sig);
  // Saves from before the ΔP split have no Awin: every citizen then starts as never updated.
  if (d.attribution.Awin) w.Awin.set(d.attribution.Awin);
  else w.Awin.fill(0);
  if (d.attribution.cellWin) w.cellWin.set(d.attribution.cellWin);
  else w.cellWin.fill(-1);
  w.prev = { ...d.indicators.prev };
  w.cur = { ...d.indicators.cur };
  w.causes.names.length = 0;
  w.causes.names.push(...d.causes.names);
  w.causes.parents.length = 0;
  w.causes.parents.push(...d.causes.parents);
  w.rng.forEach((r, k) => r.setWords(d.rng, 4 * k));
  w.physical.loadState(d.physical);
}
