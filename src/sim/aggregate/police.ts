// Phase B of the surrogate (crowd-model.md §4.4 B): force under dispersal orders, posture effects of
// liaison, riot and cordon officers, and the share of the crowd inside a Nassauer trigger window.

import { addDeltas, forceOfficers, officers, PC, updatable, zoneCrowd, type Ctx } from './ctx';
import { seedRumor } from './info';
import { K } from './knobs';
import { POSTURE_COUNT, SEGMENTS, ZONES } from './state';
import { CORDON_DI, LIAISON_DE, LIAISON_DI, LIAISON_DL, RIOT_DE, RIOT_DI, RIOT_DL } from '../posture';

/** Mean number of officers of a posture seen per zone citizen, capped at 3 per citizen. */
function seen(nOfficers: number, perOfficer: number, crowd: number): number {
  if (nOfficers <= 0 || crowd <= 0) return 0;
  return Math.min(3, (nOfficers * perOfficer) / crowd);
}

export function policePhase(x: Ctx): void {
  const st = x.st;
  const g = st.g;
  let forcing = 0;
  for (const f of st.force) {
    if (!f.active) continue;
    forcing += forceOfficers(x, f.zone);
    for (let z = 0; z < ZONES; z++) if (f.zone < 0 || f.zone === z) force(x, z, f.cause);
  }
  g.forcePush = forcing;
  if (forcing > 0) {
    g.forceTicks++;
    // Repeated indiscriminate force is a lasting event: L0 −.01 per 10 ticks of force.
    if (g.forceTicks % 10 === 0) for (const s of st.seg) s.L0 = Math.max(0, s.L0 - 0.01);
  }
  const violent = st.cur.violentFraction >= K.riotHalvingAt ? 0.5 : 1;
  // Head counts do not change below (only force above moves citizens out).
  const present = Math.max(1, updatable(x));
  let trig = 0;
  for (let z = 0; z < ZONES; z++) {
    // A zone without officers has no posture effects and opens no trigger window.
    let onDuty = 0;
    for (let p = 0; p < POSTURE_COUNT; p++) onDuty += st.onDuty[z * POSTURE_COUNT + p] as number;
    if (!(onDuty > 0)) continue;
    const crowd = zoneCrowd(x, z);
    if (crowd <= 0) continue;
    const ml = seen(officers(x, z, PC.liaison), K.liaisonNear, crowd);
    const mr = seen(officers(x, z, PC.riot), K.riotView, crowd) * violent;
    const enclosed = Math.min(1, (officers(x, z, PC.cordon) * K.cordonEnclosed) / crowd);
    for (let s = 0; s < SEGMENTS; s++) {
      const w = x.zoneShare[s * ZONES + z] as number;
      if (w <= 0) continue;
      if (ml > 0) addDeltas(x, s, w, st.postureCause[PC.liaison] as number, LIAISON_DL * ml, LIAISON_DI * ml, LIAISON_DE * ml);
      const wf = w * (K.front[s] as number);
      if (mr > 0) addDeltas(x, s, wf, st.postureCause[PC.riot] as number, RIOT_DL * mr, RIOT_DI * mr, RIOT_DE * mr);
      if (enclosed > 0) addDeltas(x, s, w * enclosed, st.postureCause[PC.cordon] as number, 0, CORDON_DI, 0);
    }
    // Outnumbered officers (actives within 10 m > 5 × officers within 10 m) open trigger windows.
    let spread = 0;
    let block = 0;
    for (let p = 0; p < POSTURE_COUNT; p++) {
      const n = st.onDuty[z * POSTURE_COUNT + p] as number;
      if (p === PC.liaison || p === PC.uniform) spread += n; else block += n;
    }
    const area = x.zoneArea[z] as number;
    const nbSpread = 1 + (spread * 314) / area;
    const nbBlock = 1 + Math.min(block, 16);
    let reachN = 0;
    if (spread > 0 && st.cur.activeFraction * K.triggerReach > 5 * nbSpread) reachN += spread * K.triggerReach;
    // Blocks stand at the focal front: everyone within 10 m of the block is in the window.
    if (block > 0 && st.cur.activeFraction * K.activeNearFocal > 5 * nbBlock) reachN += block * K.triggerReach;
    const v = reachN / crowd;
    trig += (v / (1 + v)) * (crowd / present);
  }
  g.trig = Math.min(1, trig);
}

/** One tick of force in zone z: hits, witnesses, leaving of the uncommitted, injuries (D10). */
function force(x: Ctx, z: number, cause: number): void {
  const st = x.st;
  const g = st.g;
  const crowd = zoneCrowd(x, z);
  const n = forceOfficers(x, z);
  if (crowd <= 0 || n <= 0) return;
  const hits = n * K.hitChance;
  const hitShare = Math.min(1, hits / crowd);
  const m = (hits * K.witnesses) / crowd; // hits seen per zone citizen
  const seenShare = Math.min(1, m);
  for (let s = 0; s < SEGMENTS; s++) {
    const w = x.zoneShare[s * ZONES + z] as number;
    if (w <= 0) continue;
    const seg = st.seg[s]!;
    const dL = -(0.02 * (1 - seg.act) + 0.01 * seg.act) * m;
    addDeltas(x, s, w, cause, dL, 0.02 * m, 0.15 * hitShare + 0.03 * m);
    // Dispersal works on the uncommitted: quiet witnesses with I < .5 leave with probability .1.
    if (seg.I < 0.5) { const go = seg.n * w * seenShare * (1 - seg.act) * 0.1; seg.n -= go; seg.leaving += go; }
  }
  g.injuryCarry += hits * 0.05;
  const whole = Math.floor(g.injuryCarry);
  if (whole > 0) {
    g.injuryCarry -= whole;
    g.injuries += whole;
    if (!g.firstInjury) { g.firstInjury = 1; seedRumor(x, true, 1, cause, -1, 0); }
  }
}
