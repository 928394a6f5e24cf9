import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../sim';
import { createEventDigest } from './eventDigest';

const ev = (tick: number, kind: SimEvent['kind'], zone = 'square'): SimEvent => ({ tick, kind, zone });

describe('createEventDigest', () => {
  it('passes a repeated alert once per gap, per kind and zone', () => {
    const pass = createEventDigest(30);
    expect(pass(ev(10, 'densityAlert'))).toBe(true);
    expect(pass(ev(11, 'densityAlert'))).toBe(false);
    expect(pass(ev(11, 'densityAlert', 'gate'))).toBe(true);
    expect(pass(ev(12, 'turbulence'))).toBe(true);
    expect(pass(ev(39, 'densityAlert'))).toBe(false);
    expect(pass(ev(40, 'densityAlert'))).toBe(true);
  });
});
