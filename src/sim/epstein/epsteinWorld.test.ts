// Tests of the `epstein` world and tick against NetLogo Rebellion's rules (crowd-model.md §4.9): P from Ptab,
// incremental neighbourhood counts, jail terms, jailed citizens not blocking movement, the C/A roundings.

import { describe, expect, it } from 'vitest';
import { expDet, Ptab } from '../detMath';
import { epsteinLayout, resolveEpsteinParams } from './epsteinParams';
import type { EpsteinParams } from './epsteinParams';
import { stepEpstein } from './epsteinStep';
import { EpsteinWorld } from './epsteinWorld';

function world(seed: number, overrides: Partial<EpsteinParams> = {}): EpsteinWorld {
  const p = resolveEpsteinParams(overrides);
  return new EpsteinWorld(seed, p, epsteinLayout(p, undefined));
}

/** C and A − 1 by brute force over the neighbourhood table. */
function bruteCounts(w: EpsteinWorld, cell: number): [number, number] {
  let c = 0;
  let a = 0;
  for (let k = 0; k < w.nbSize; k++) {
    const q = w.nb[cell * w.nbSize + k] as number;
    for (let j = 0; j < w.nCops; j++) if (w.copCell[j] === q) c++;
    for (let i = 0; i < w.nCit; i++) if (w.citCell[i] === q && w.jail[i] === 0 && w.active[i] === 1) a++;
  }
  return [c, a];
}

describe('epstein world setup', () => {
  it('places round(density·cells) cops and citizens, one agent per cell, all quiet', () => {
    const w = world(1);
    expect(w.nCops).toBe(64);
    expect(w.nCit).toBe(1120);
    const cells = new Set<number>();
    for (let j = 0; j < w.nCops; j++) cells.add(w.copCell[j] as number);
    for (let i = 0; i < w.nCit; i++) cells.add(w.citCell[i] as number);
    expect(cells.size).toBe(1184);
    expect(w.active.every((v) => v === 0)).toBe(true);
    for (let i = 0; i < w.nCit; i++) {
      expect(w.hardship[i]).toBeGreaterThanOrEqual(0);
      expect(w.hardship[i]).toBeLessThan(1);
    }
  });

  it('computes C and A over the neighbourhood, own cell included', () => {
    const w = world(2);
    for (let i = 0; i < 200; i++) {
      const [c, a] = bruteCounts(w, w.citCell[i] as number);
      expect(w.C[i]).toBe(c);
      expect(w.A[i]).toBe(1 + a);
    }
  });
});

describe('epstein tick', () => {
  it('decides with P = Ptab[⌊C/A⌋] and D = H(1 − L) − R·P, active iff D > T', () => {
    const w = world(3, { legitimacy: 0.7 });
    let seenPositive = 0;
    for (let t = 0; t < 30; t++) {
      const L = w.L;
      const wasJailed = w.jail.slice();
      stepEpstein(w);
      for (let i = 0; i < w.nCit; i++) {
        // Citizens released at the end of this tick did not decide in it.
        if (w.jail[i] !== 0 || wasJailed[i] !== 0) continue;
        const c = w.C[i] as number;
        const a = w.A[i] as number;
        const q = Math.floor(c / a);
        expect(w.P[i]).toBe(Ptab[Math.min(q, 15)]);
        expect(w.D[i]).toBe((w.hardship[i] as number) * (1 - L) - (w.riskAversion[i] as number) * (w.P[i] as number));
        if (w.arrestedNow[i] === 0) expect(w.active[i]).toBe((w.D[i] as number) > 0.1 ? 1 : 0);
        if ((w.P[i] as number) > 0) seenPositive++;
      }
    }
    expect(seenPositive).toBeGreaterThan(0);
  });

  it('keeps the incremental counts equal to a full recount through moves, arrests, releases and commands', () => {
    const w = world(4, { legitimacy: 0.7 });
    for (let t = 0; t < 80; t++) {
      if (t === 20) for (let k = 0; k < 30; k++) w.removeCop(k % w.nCops);
      if (t === 40) for (let cell = 0; cell < w.cellCount && w.nCops < 80; cell += 7) if (w.blocked[cell] === 0) w.addCop(cell);
      stepEpstein(w);
    }
    const snapshot = [w.copCount, w.freeCount, w.activeCount, w.blocked, w.copsSeen, w.activesSeen].map((a) => a.slice());
    w.recount();
    expect([w.copCount, w.freeCount, w.activeCount, w.blocked, w.copsSeen, w.activesSeen]).toEqual(snapshot);
    for (let cell = 0; cell < w.cellCount; cell += 37) {
      const [c, a] = bruteCounts(w, cell);
      expect(w.copsSeen[cell]).toBe(c);
      expect(w.activesSeen[cell]).toBe(a);
    }
  });

  it('draws jail terms ⌊u·J_max⌋ and runs them down in the same tick (max seen J_max − 2)', () => {
    const w = world(5, { legitimacy: 0.6, maxJailTerm: 10 });
    let maxSeen = 0;
    let zeroTerm = 0;
    let arrests = 0;
    for (let t = 0; t < 200; t++) {
      stepEpstein(w);
      for (let i = 0; i < w.nCit; i++) {
        maxSeen = Math.max(maxSeen, w.jail[i] as number);
        if (w.arrestedNow[i] === 1) {
          arrests++;
          if (w.jail[i] === 0 && w.active[i] === 0) zeroTerm++;
        }
      }
    }
    expect(arrests).toBeGreaterThan(500);
    expect(maxSeen).toBe(8);
    expect(zeroTerm).toBeGreaterThan(0); // a term of 0 (then −1 clamps to free) leaves the citizen free
  });

  it('lets citizens move onto cells holding only jailed citizens', () => {
    let ontoJailed = 0;
    for (let seed = 1; seed <= 20; seed++) {
      // 3×3 torus, 8 citizens, no cops, vision 2: every cell is in every neighbourhood.
      const w = world(seed, { width: 3, height: 3, citizenDensity: 8 / 9, copDensity: 0, vision: 2, legitimacy: 1 });
      for (let i = 1; i < w.nCit; i++) {
        w.unlinkFree(i, w.citCell[i] as number);
        w.jail[i] = 5;
      }
      stepEpstein(w);
      const cell = w.citCell[0] as number;
      for (let i = 1; i < w.nCit; i++) if (w.citCell[i] === cell) ontoJailed++;
    }
    expect(ontoJailed).toBeGreaterThan(10); // 7 of the 8 candidate cells hold a jailed citizen
  });
});

describe('C/A rounding modes', () => {
  it('round is half to even (as Python in Mesa); none is 1 − e^(−k·C/A)', () => {
    const r = world(1, { rounding: 'round' });
    expect(r.arrestProbability(5, 2)).toBe(Ptab[2]); // 2.5 → 2
    expect(r.arrestProbability(3, 2)).toBe(Ptab[2]); // 1.5 → 2
    expect(r.arrestProbability(7, 2)).toBe(Ptab[4]); // 3.5 → 4
    expect(r.arrestProbability(2, 3)).toBe(Ptab[1]); // 0.67 → 1
    expect(r.arrestProbability(1, 3)).toBe(Ptab[0]);
    const f = world(1);
    expect(f.arrestProbability(2, 3)).toBe(0);
    expect(f.arrestProbability(1, 1)).toBe(Ptab[1]);
    expect(f.arrestProbability(1, 1)).toBeCloseTo(0.8997411562771962, 15);
    expect(f.arrestProbability(100, 1)).toBe(Ptab[15]);
    const n = world(1, { rounding: 'none' });
    expect(n.arrestProbability(1, 2)).toBe(1 - expDet(-2.3 / 2));
    const k = world(1, { k: 1 });
    expect(k.arrestProbability(1, 1)).toBe(1 - expDet(-1));
  });
});
