// The deterministic math tables match the spec's literals and the functions they stand for.

import { describe, expect, it } from 'vitest';
import { expDet, pContinuous, Ptab, ptab, sigmoid, weidmannSpeed } from './detMath';

describe('expDet', () => {
  it('agrees with e^x to within a couple of ulps over the range the model uses', () => {
    for (let x = -30; x <= 30; x += 0.173) {
      expect(Math.abs(expDet(x) - Math.exp(x)) / Math.exp(x)).toBeLessThan(5e-16);
    }
    expect(expDet(0)).toBe(1);
  });
});

describe('Ptab', () => {
  it('holds the literal values of §3.4', () => {
    expect(Ptab[0]).toBe(0);
    expect(Ptab[1]).toBe(0.8997411562771962);
    expect(Ptab[2]).toBe(0.9899481642553665);
    expect(Ptab[3]).toBe(0.9989922145709514);
    expect(ptab(40)).toBe(Ptab[15]);
  });
});

describe('pContinuous', () => {
  it("is the paper's 1 − e^(−2.3·C/A) to about 1e−5 for every officer weight and active count the scenarios see", () => {
    let worst = 0;
    for (let A = 1; A <= 400; A += A < 20 ? 1 : 7) {
      for (let cw10 = 0; cw10 <= 2000; cw10 += 3) worst = Math.max(worst, Math.abs(pContinuous(cw10, A) - (1 - Math.exp((-2.3 * cw10) / (10 * A)))));
    }
    expect(worst).toBeLessThan(1.1e-5); // linear interpolation at h = 1/256: h²·2.3²/8 ≈ 1.0e−5
    expect(worst).toBeGreaterThan(0); // interpolated, not recomputed: the bound above is what is tested
  });

  it('is 0 without officers, Ptab[1] at one officer per active, rises with officers and falls with actives', () => {
    expect(pContinuous(0, 7)).toBe(0);
    expect(pContinuous(30, 3)).toBe(Ptab[1]);
    expect(pContinuous(10, 5)).toBeGreaterThan(0.3); // one officer against four actives still deters
    for (let cw10 = 0; cw10 < 300; cw10++) expect(pContinuous(cw10 + 1, 9)).toBeGreaterThan(pContinuous(cw10, 9));
    for (let A = 1; A < 300; A++) expect(pContinuous(50, A + 1)).toBeLessThan(pContinuous(50, A));
    expect(pContinuous(100000, 1)).toBeLessThan(1);
  });
});

describe('tables', () => {
  it('sigmoid is the logistic to table precision and saturates outside [−8, 8]', () => {
    for (let x = -7.9; x < 7.9; x += 0.37) expect(sigmoid(x)).toBeCloseTo(1 / (1 + Math.exp(-x)), 4);
    expect(sigmoid(-20)).toBeCloseTo(0, 3);
    expect(sigmoid(20)).toBeCloseTo(1, 3);
  });

  it('Weidmann speed falls with density, peaks near 1.34 m/s and never stops (Johansson)', () => {
    expect(weidmannSpeed(0.1)).toBeCloseTo(1.34, 2);
    expect(weidmannSpeed(2)).toBeLessThan(weidmannSpeed(1));
    expect(weidmannSpeed(9)).toBe(0.05);
    // Specific flow ρ·v peaks near 2 p/m² at about 73 p/m/min.
    let best = 0;
    let at = 0;
    for (let r = 0.5; r < 5; r += 0.05) if (r * weidmannSpeed(r) > best) { best = r * weidmannSpeed(r); at = r; }
    expect(at).toBeGreaterThan(1.5);
    expect(at).toBeLessThan(2.5);
    expect(best * 60).toBeGreaterThan(65);
    expect(best * 60).toBeLessThan(80);
  });
});
