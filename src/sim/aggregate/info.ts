// Phase C of the surrogate (crowd-model.md §4.5): rumours as well-mixed Maki–Thompson fractions on site
// and in the reservoir, official releases with the CIE discount, ambiguity and credibility.

import type { CommandArgs } from '../types';
import { PC, officers, updatable, reachShare, Reach, addDeltas, type Ctx } from './ctx';
import { K } from './knobs';
import { Ind } from './ledger';
import { MAX_RELEASES, RUMOR_SLOTS, SEGMENTS, type RumorRec } from './state';

const CHANNEL = {
  loudspeaker: { reach: 0.3, res: 0, addressOnly: 1, damping: 0, credMul: 1 },
  official: { reach: 0.05, res: 0.3, addressOnly: 0, damping: 1, credMul: 1 },
  press: { reach: 0.05, res: 0.5, addressOnly: 0, damping: 1, credMul: 1 },
  live: { reach: 0.3, res: 0.5, addressOnly: 0, damping: 1, credMul: 1.2 },
} as const;

/** Seeds a rumour in a free slot: `spreaders` on site (default 1 % of present, at least 3). */
export function seedRumor(x: Ctx, blaming: boolean, importance: number, parentCause: number, spreaders: number, reservoirShare: number): number {
  const k = x.st.rumor.findIndex((r) => r.active === 0);
  if (k < 0) return -1;
  const r = x.st.rumor[k]!;
  const n = updatable(x);
  const want = spreaders >= 0 ? spreaders : Math.max(3, Math.round(0.01 * n));
  r.active = 1; r.blaming = blaming ? 1 : 0; r.importance = importance; r.viral = 0;
  r.ss = n > 0 ? Math.min(1, want / n) : 0; r.us = 1 - r.ss; r.rs = 0; r.xs = 0;
  r.s = reservoirShare; r.u = 1 - reservoirShare; r.r = 0; r.x = 0;
  r.cause = x.led.register(`rumor:${k}`, parentCause >= 0 ? x.led.names[parentCause] : undefined);
  return k;
}

/** Mean legitimacy over present citizens and the reservoir, weighted by head count. */
export function meanPopulationL(x: Ctx): number {
  let s = 0;
  let n = 0;
  for (const seg of x.st.seg) { s += seg.L * seg.n; n += seg.n; }
  return (s + x.st.g.Lres * x.p.reservoir) / (n + x.p.reservoir);
}

/** cred = min(1, κ · L̄_pop · b), b = 1.2 while a live broadcast is on. */
export function credibility(x: Ctx): number {
  const v = x.st.g.kappa * meanPopulationL(x) * (x.st.g.broadcast ? 1.2 : 1);
  return v > 1 ? 1 : v;
}

/** Prevalence of one slot: (on-site believers + reservoir believers) / (crowd + reservoir). */
export function prevalenceOf(x: Ctx, r: RumorRec): number {
  if (r.active === 0) return 0;
  const n = updatable(x);
  return ((r.ss + r.rs) * n + (r.s + r.r) * x.p.reservoir) / (n + x.p.reservoir);
}

/** `release`: a new official release in circulation; stealing thunder before any rumour is viral. */
export function startRelease(x: Ctx, a: CommandArgs['release'], cause: number): void {
  const g = x.st.g;
  const ch = CHANNEL[a.channel];
  if (!g.anyRelease && x.st.cur.rumorPrevalence < 0.1) { g.kappa = Math.min(1.5, g.kappa * 1.2); g.kappaCause = cause; }
  g.anyRelease = 1;
  g.tInfo = g.tick;
  const cred = credibility(x) * ch.credMul;
  g.aBase = x.p.a0 * (1 - a.transparency * Math.min(1, cred));
  // A full table drops the weakest release.
  let slot = x.st.rel.findIndex((r) => r.active === 0);
  if (slot < 0) {
    slot = 0;
    for (let k = 1; k < MAX_RELEASES; k++) if (x.st.rel[k]!.reach + x.st.rel[k]!.reachRes < x.st.rel[slot]!.reach + x.st.rel[slot]!.reachRes) slot = k;
  }
  const r = x.st.rel[slot]!;
  r.active = 1; r.reach = ch.reach; r.reachRes = ch.res; r.transparency = a.transparency; r.counter = a.counterRumor ? 1 : 0;
  r.credMul = ch.credMul; r.addressOnly = ch.addressOnly; r.damping = ch.damping;
  r.cause = x.led.register(`release:${g.releaseCount++}`, x.led.names[cause]);
}

/** Runs phase C. */
export function infoPhase(x: Ctx): void {
  const g = x.st.g;
  const p = x.p;
  if (g.tick - g.tInfo > 30 && x.st.cur.rumorPrevalence > 0.05) { g.kappa = Math.max(0.1, g.kappa * 0.999); g.kappaCause = 13; }
  g.ambiguity = Math.min(p.aMax, g.aBase * (1 + p.g * (g.tick - g.tInfo)));
  const cred = credibility(x);
  const n = updatable(x);
  const nTot = n + p.reservoir;
  let top = -1;
  let topPrev = -1;
  for (let k = 0; k < RUMOR_SLOTS; k++) {
    const r = x.st.rumor[k]!;
    if (r.active && r.s + r.r > topPrev) { topPrev = r.s + r.r; top = k; }
  }
  const led = x.led;
  let addr = -1; // share of the crowd in `address` reach (loudspeaker releases reach only them), when needed
  for (const rel of x.st.rel) {
    if (!rel.active) continue;
    if (rel.reach < 0.001 && rel.reachRes < 0.001) { rel.active = 0; continue; }
    const rc = Math.min(1, cred * rel.credMul);
    if (rel.addressOnly && addr < 0) addr = addressShare(x, n);
    const share = rel.addressOnly ? addr : 1;
    let converted = 0;
    for (let k = 0; k < RUMOR_SLOTS; k++) {
      const r = x.st.rumor[k]!;
      if (!r.active) continue;
      const before = led.enabled ? prevalenceOf(x, r) : 0;
      const cie = rel.counter && k === top ? p.counterFactor * p.cie : p.cie;
      const uX = r.us * rel.reach * rc * share;
      const bF = rel.reach * rc * (1 - cie) * share;
      converted += uX + (r.ss + r.rs) * bF;
      r.us -= uX; r.xs += uX + (r.ss + r.rs) * bF; r.ss -= r.ss * bF; r.rs -= r.rs * bF;
      const ruX = r.u * rel.reachRes * rc;
      const rbF = rel.reachRes * rc * (1 - cie);
      r.u -= ruX; r.x += ruX + (r.s + r.r) * rbF; r.s -= r.s * rbF; r.r -= r.r * rbF;
      if (led.enabled) led.add(Ind.R, rel.cause, prevalenceOf(x, r) - before);
    }
    // Converts from a transparent release gain legitimacy (I2).
    if (rel.transparency >= 0.5 && converted > 0) for (let s = 0; s < SEGMENTS; s++) addDeltas(x, s, 1, rel.cause, 0.02 * converted, 0, 0);
    rel.reach *= p.releaseDecay;
    rel.reachRes *= p.releaseDecay;
  }
  contacts(x, n, nTot);
}

/** Share of the `n` present citizens within address reach. */
function addressShare(x: Ctx, n: number): number {
  let addr = 0;
  for (let s = 0; s < SEGMENTS; s++) addr += x.st.seg[s]!.n * reachShare(x, Reach.address, s);
  return n > 0 ? addr / n : 0;
}

function contacts(x: Ctx, n: number, nTot: number): void {
  const p = x.p;
  const g = x.st.g;
  const nRes = p.reservoir;
  const onSite = n / nTot;
  // Citizens near a liaison officer hear local information: ambiguity ×0.7 for them.
  const l = n > 0 ? (officers(x, -1, PC.liaison) * K.liaisonWide) / n : 0;
  const near = l / (1 + l);
  for (let k = 0; k < RUMOR_SLOTS; k++) {
    const r = x.st.rumor[k]!;
    if (!r.active) continue;
    const before = x.led.enabled ? prevalenceOf(x, r) : 0;
    const beta = Math.min(1, p.beta0 * r.importance * g.ambiguity);
    const betaSite = beta * (1 - near) + Math.min(1, beta * 0.7) * near;
    const noise = 1 + K.contactNoise * (x.rng.uniform() * 2 - 1);
    const made = p.contact * r.ss * noise; // contacts per present citizen this tick
    const toSite = made * onSite;
    const recruitSite = toSite * r.us * betaSite;
    let stifled = toSite * (1 - r.us);
    const toRes = made * (1 - onSite);
    const recruitRes = n > 0 ? (toRes * r.u * beta * n) / nRes : 0;
    stifled += toRes * (1 - r.u);
    stifled = Math.min(stifled, r.ss);
    const sRes = r.s * nRes;
    const pIn = sRes >= 0.5 ? (beta * p.contact * sRes) / nTot : 0;
    const fromRes = r.us * pIn;
    const know = (1 - r.us) * n + (1 - r.u) * nRes;
    const du = (-beta * p.contact * r.s * r.u * nRes) / nTot;
    const stifleRes = (p.contact * r.s * know) / nTot;
    r.us -= recruitSite + fromRes;
    r.ss += recruitSite + fromRes - stifled;
    r.rs += stifled;
    r.u += du - recruitRes;
    r.s += -du + recruitRes - stifleRes;
    r.r += stifleRes;
    if (r.s < 0) { r.r += r.s; r.s = 0; }
    if (r.us < 0) { r.ss += r.us; r.us = 0; }
    if (r.u < 0) { r.s += r.u; r.u = 0; }
    if (x.led.enabled) x.led.add(Ind.R, r.cause, prevalenceOf(x, r) - before);
    // Coupling: believers get aroused (Vosoughi); blaming content erodes legitimacy.
    const b = r.ss + r.rs;
    for (let s = 0; s < SEGMENTS; s++) addDeltas(x, s, b, r.cause, r.blaming ? -0.001 : 0, 0, 0.002);
    if (r.blaming) g.Lres = Math.max(0, g.Lres - 0.001 * (r.s + r.r));
  }
  g.Lres += -p.lambdaL * (g.Lres - g.Lres0);
}
