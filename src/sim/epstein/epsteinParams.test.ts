// Parameters of the epstein preset: validation, the --agents sizing rule and the legitimacy schedule.

import { describe, expect, it } from 'vitest';
import { SimInputError } from '../types';
import { EPSTEIN_DEFAULTS, epsteinLayout, LegitimacySchedule, resolveEpsteinParams } from './epsteinParams';

describe('epstein parameters', () => {
  it('defaults to NetLogo Rebellion (§7.4)', () => {
    expect(epsteinLayout(resolveEpsteinParams({}), undefined)).toEqual({ width: 40, height: 40, citizens: 1120, cops: 64 });
    expect(EPSTEIN_DEFAULTS.rounding).toBe('floor');
  });

  it('sizes the world from --agents: side = round(√(n/0.70)), cops = round(copDensity·side²)', () => {
    expect(epsteinLayout(resolveEpsteinParams({}), 2000)).toEqual({ width: 53, height: 53, citizens: 2000, cops: 112 });
    expect(epsteinLayout(resolveEpsteinParams({}), 10)).toEqual({ width: 4, height: 4, citizens: 10, cops: 1 });
    expect(() => epsteinLayout(resolveEpsteinParams({}), 5)).toThrow(SimInputError);
    expect(() => epsteinLayout(resolveEpsteinParams({}), 40_001)).toThrow(SimInputError);
  });

  it('rejects unknown and malformed parameters with a message naming the field', () => {
    expect(() => resolveEpsteinParams({ speed: 1 } as never)).toThrow(/params\.speed: unknown parameter/);
    expect(() => resolveEpsteinParams({ rounding: 'ceil' } as never)).toThrow(/params\.rounding/);
    expect(() => resolveEpsteinParams({ legitimacy: 1.5 })).toThrow(/params\.legitimacy/);
    expect(() => resolveEpsteinParams({ legitimacy: [[10, 0.5], [5, 0.4]] })).toThrow(/params\.legitimacy\[1\]/);
    expect(() => resolveEpsteinParams({ maxJailTerm: 2.5 })).toThrow(/params\.maxJailTerm/);
    expect(() => epsteinLayout(resolveEpsteinParams({ citizenDensity: 0.9, copDensity: 0.2 }), undefined)).toThrow(SimInputError);
  });
});

describe('LegitimacySchedule', () => {
  it('interpolates linearly between points and holds outside them', () => {
    const s = new LegitimacySchedule([[80, 0.9], [380, 0.55]]);
    expect(s.at(0)).toBe(0.9);
    expect(s.at(80)).toBe(0.9);
    expect(s.at(230)).toBeCloseTo(0.725, 12);
    expect(s.at(380)).toBe(0.55);
    expect(s.at(1000)).toBe(0.55);
  });

  it('makes a step at a repeated tick (the later point holds from that tick) and takes constants', () => {
    const s = new LegitimacySchedule([[0, 0.9], [80, 0.9], [80, 0.7]]);
    expect(s.at(79)).toBe(0.9);
    expect(s.at(80)).toBe(0.7);
    expect(new LegitimacySchedule(0.82).at(500)).toBe(0.82);
  });
});
