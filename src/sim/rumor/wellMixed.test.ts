// Unit tests of the well-mixed rumour layer: determinism, conservation, releases, CIE, validation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimInputError } from '../types';
import { runRumorWellMixed, type RumorSlotResult, type RumorWellMixedOptions } from './wellMixed';

const base: RumorWellMixedOptions = {
  N: 500, initialSpreaders: 5, beta0: 0.8, importance: 1, a0: 1, g: 0.01, aMax: 2, c: 0.5,
  credibility: 0.7, reach: 0.05, releaseDecay: 0.95, cie: 0.5, ticks: 120, seed: 7,
  releases: [{ tick: 20, transparency: 0.6 }],
};

const series = (r: RumorSlotResult): number[][] =>
  [r.ignorant, r.spreaders, r.stiflers, r.informed].map((a) => Array.from(a));

describe('runRumorWellMixed', () => {
  it('is deterministic per seed and depends on the seed', () => {
    const a = runRumorWellMixed(base);
    const b = runRumorWellMixed(base);
    expect(series(a)).toEqual(series(b));
    expect(a.neverHeard).toBe(b.neverHeard);
    const c = runRumorWellMixed({ ...base, seed: 8 });
    expect(series(c)).not.toEqual(series(a));
  });

  it('conserves agents across U, S, Rst and X at every tick', () => {
    fc.assert(
      fc.property(
        fc.record({
          N: fc.integer({ min: 2, max: 300 }),
          spreadShare: fc.double({ min: 0, max: 1, noNaN: true }),
          beta0: fc.double({ min: 0, max: 2, noNaN: true }),
          c: fc.double({ min: 0, max: 1, noNaN: true }),
          reach: fc.double({ min: 0, max: 1, noNaN: true }),
          releaseTick: fc.integer({ min: 0, max: 40 }),
          counterRumor: fc.boolean(),
          seed: fc.integer({ min: 0, max: 0xffffffff }),
        }),
        (p) => {
          const N = p.N;
          const r = runRumorWellMixed({
            N, initialSpreaders: Math.floor(p.spreadShare * N), beta0: p.beta0, c: p.c, reach: p.reach,
            g: 0.01, credibility: 0.8, ticks: 40, seed: p.seed,
            releases: [{ tick: p.releaseTick, transparency: 0.5, counterRumor: p.counterRumor }],
          });
          for (let t = 0; t <= 40; t++) {
            const total = (r.ignorant[t]! + r.spreaders[t]! + r.stiflers[t]! + r.informed[t]!) * N;
            expect(Math.round(total)).toBe(N);
          }
          // Believers at the end were believers at some point; believers have heard the rumour.
          expect(r.everBelieved).toBeGreaterThanOrEqual(r.finalBelievers - 1e-12);
          expect(r.neverHeard + r.everBelieved).toBeLessThanOrEqual(1 + 1e-12);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a release pre-bunks ignorants into X, who then never hear the rumour', () => {
    // No contacts (c = 0): only the release acts. Full reach and credibility convert every U at once.
    const r = runRumorWellMixed({
      ...base, N: 1000, initialSpreaders: 10, c: 0, reach: 1, credibility: 1, releaseDecay: 1,
      releases: [{ tick: 0, transparency: 1 }], ticks: 5,
    });
    expect(r.ignorant[0]).toBeCloseTo(0.99, 12);
    expect(r.ignorant[1]).toBe(0);
    expect(r.informed[1]).toBeGreaterThanOrEqual(0.99);
    expect(r.neverHeard).toBeCloseTo(0.99, 12);
  });

  it('converts believers less efficiently than ignorants (CIE), counterRumor narrows the gap', () => {
    // Half the agents start as spreaders; no contacts. Per tick U → X with ρ·cred = .1,
    // S → X with .1·(1 − CIE) = .05, or .1·(1 − .7·CIE) = .065 with a counter-rumour.
    const opts = {
      ...base, N: 20000, initialSpreaders: 10000, c: 0, reach: 0.1, credibility: 1, releaseDecay: 1,
      ticks: 10,
    };
    const plain = runRumorWellMixed({ ...opts, releases: [{ tick: 0, transparency: 0.5 }] });
    const counter = runRumorWellMixed({ ...opts, releases: [{ tick: 0, transparency: 0.5, counterRumor: true }] });
    const uLeft = plain.ignorant[10]! / 0.5;
    const sLeft = plain.spreaders[10]! / 0.5;
    const sLeftCounter = counter.spreaders[10]! / 0.5;
    expect(uLeft).toBeCloseTo(0.9 ** 10, 1);
    expect(sLeft).toBeCloseTo(0.95 ** 10, 1);
    expect(sLeftCounter).toBeCloseTo(0.935 ** 10, 1);
    expect(sLeftCounter).toBeLessThan(sLeft);
    expect(sLeft).toBeGreaterThan(uLeft);
  });

  it('a fully transparent, credible release removes ambiguity and stops new belief', () => {
    // Reach 0 isolates the ambiguity channel: a_base = a0·(1 − 1·1) = 0, so β = 0 from the release on.
    const at = 4;
    const r = runRumorWellMixed({
      ...base, N: 2000, initialSpreaders: 20, c: 1, reach: 0, credibility: 1, g: 0,
      releases: [{ tick: at, transparency: 1 }], ticks: 60,
    });
    const believersAtRelease = r.spreaders[at]! + r.stiflers[at]!;
    expect(r.everBelieved).toBeCloseTo(believersAtRelease, 12);
    expect(r.ignorant[60]).toBe(r.ignorant[at]);
    const noRelease = runRumorWellMixed({ ...base, N: 2000, initialSpreaders: 20, c: 1, g: 0, releases: [], ticks: 60 });
    expect(noRelease.everBelieved).toBeGreaterThan(r.everBelieved);
  });

  it('without a release nobody is informed and the peak is the maximum of the series', () => {
    const r = runRumorWellMixed({ ...base, releases: [] });
    expect(Math.max(...r.informed)).toBe(0);
    expect(r.peakSpreaders).toBe(Math.max(...r.spreaders));
    expect(r.spreaders[r.peakTick]).toBe(r.peakSpreaders);
    expect(r.finalBelievers).toBeCloseTo(r.everBelieved, 12);
  });

  it('runs up to four slots; slot 0 is also reported at the top level', () => {
    const r = runRumorWellMixed({
      ...base,
      slots: [{ importance: 1, initialSpreaders: 5 }, { importance: 0.2, initialSpreaders: 5 }],
    });
    expect(r.slots).toHaveLength(2);
    expect(series(r)).toEqual(series(r.slots[0]!));
    // Allport–Postman: the less important rumour spreads less.
    expect(r.slots[1]!.everBelieved).toBeLessThan(r.slots[0]!.everBelieved);
  });

  it('rejects bad input with a SimInputError naming the field', () => {
    expect(() => runRumorWellMixed({ ...base, N: 1 })).toThrow(SimInputError);
    expect(() => runRumorWellMixed({ ...base, c: 1.5 })).toThrow(/\bc\b/);
    expect(() => runRumorWellMixed({ ...base, initialSpreaders: 501 })).toThrow(/initialSpreaders/);
    expect(() => runRumorWellMixed({ ...base, releases: [{ tick: -1, transparency: 0.5 }] })).toThrow(
      /releases\[\]\.tick/,
    );
    const five = Array.from({ length: 5 }, () => ({ importance: 1, initialSpreaders: 1 }));
    expect(() => runRumorWellMixed({ ...base, slots: five })).toThrow(/slots/);
  });
});
