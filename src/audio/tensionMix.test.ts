// Tests of the tension → ambience mapping: calm/agitated zones, an even blend, loudness that only rises,
// and a follower that never jumps or overshoots.
import { describe, expect, it } from 'vitest';
import {
  AGITATED_ABOVE, CALM_BELOW, FOLLOW_TAU_MS, TensionFollower, agitation, ambienceLevel, ambienceMix, clampTension,
} from './tensionMix';

const power = (m: { calm: number; agitated: number }): number => m.calm * m.calm + m.agitated * m.agitated;

describe('ambienceMix', () => {
  it('plays only the calm loop below the calm threshold and only the agitated loop above the agitated one', () => {
    for (const t of [0, 10, 25, CALM_BELOW]) {
      expect(ambienceMix(t).agitated).toBe(0);
      expect(ambienceMix(t).calm).toBeGreaterThan(0);
    }
    for (const t of [AGITATED_ABOVE, 85, 100]) {
      expect(ambienceMix(t).calm).toBeCloseTo(0, 12);
      expect(ambienceMix(t).agitated).toBeGreaterThan(0);
    }
  });

  it('blends the two loops between the thresholds, agitation rising with tension', () => {
    let prev = -1;
    for (let t = CALM_BELOW; t <= AGITATED_ABOVE; t += 2) {
      const w = agitation(t);
      expect(w).toBeGreaterThanOrEqual(prev);
      prev = w;
    }
    const mid = ambienceMix((CALM_BELOW + AGITATED_ABOVE) / 2);
    expect(mid.calm).toBeGreaterThan(0.1);
    expect(mid.agitated).toBeGreaterThan(0.1);
    expect(mid.calm).toBeCloseTo(mid.agitated, 6);
  });

  it('keeps the combined power equal to the overall level squared (no dip in the crossfade)', () => {
    for (let t = 0; t <= 100; t += 5) {
      expect(power(ambienceMix(t))).toBeCloseTo(ambienceLevel(t) * ambienceLevel(t), 9);
    }
  });

  it('gets louder as tension rises: quiet at rest, several times louder at the peak', () => {
    let prev = 0;
    for (let t = 0; t <= 100; t += 1) {
      const level = ambienceLevel(t);
      expect(level).toBeGreaterThan(prev);
      prev = level;
    }
    expect(ambienceLevel(100) / ambienceLevel(0)).toBeGreaterThan(4);
    expect(ambienceLevel(0)).toBeLessThan(0.25);
  });

  it('keeps volumes within 0–1 and treats out-of-range or missing readings safely', () => {
    for (const t of [-50, 0, 50, 100, 1e6, Number.NaN, Number.POSITIVE_INFINITY]) {
      const m = ambienceMix(t);
      for (const v of [m.calm, m.agitated]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
    expect(clampTension(Number.NaN)).toBe(0);
    expect(ambienceMix(250)).toEqual(ambienceMix(100));
    expect(ambienceMix(-3)).toEqual(ambienceMix(0));
  });
});

describe('TensionFollower', () => {
  it('takes the first reading as is', () => {
    const f = new TensionFollower();
    expect(f.current).toBeNull();
    expect(f.advance(63, 1000)).toBe(63);
  });

  it('approaches a step gradually, without overshoot, and arrives within a few time constants', () => {
    const f = new TensionFollower();
    f.advance(10, 0);
    let prev = 10;
    let t = 0;
    for (; t <= 5 * FOLLOW_TAU_MS; t += 250) {
      const v = f.advance(90, t);
      expect(v).toBeGreaterThanOrEqual(prev);
      expect(v).toBeLessThanOrEqual(90);
      // At 4 calls a second no single step moves the mix by more than a sixth of the jump.
      expect(v - prev).toBeLessThan(80 / 6);
      prev = v;
    }
    expect(prev).toBeGreaterThan(89);
  });

  it('reaches about 63 % of a step after one time constant, whatever the call rate', () => {
    for (const stepMs of [50, 250, 500]) {
      const f = new TensionFollower();
      f.advance(0, 0);
      let v = 0;
      for (let t = stepMs; t <= FOLLOW_TAU_MS; t += stepMs) v = f.advance(100, t);
      expect(v).toBeCloseTo(63.2, 0);
    }
  });

  it('does not move when time does not pass or runs backwards, and never overshoots after a long gap', () => {
    const f = new TensionFollower();
    f.advance(20, 5000);
    expect(f.advance(80, 5000)).toBe(20);
    expect(f.advance(80, 4000)).toBe(20);
    expect(f.advance(80, 4000 + 1e9)).toBeLessThanOrEqual(80);
    expect(f.current).toBeGreaterThan(79.9);
  });
});
