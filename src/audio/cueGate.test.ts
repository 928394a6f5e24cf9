// Tests of cue rate limiting (per kind, with an injected clock) and of which cues raise captions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUE_MIN_INTERVAL_MS, CueGate, captionFor, captionMessageKey } from './cueGate';
import type { CueKind } from './types';

function clock(start = 0): { now: () => number; advance: (ms: number) => void; set: (ms: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => { t += ms; }, set: (ms) => { t = ms; } };
}

describe('CueGate', () => {
  it('lets the same siren through at most once per 2 seconds', () => {
    const c = clock(10_000);
    const gate = new CueGate(c.now);
    expect(gate.allow('siren')).toBe(true);
    c.advance(500);
    expect(gate.allow('siren')).toBe(false);
    c.advance(1499);
    expect(gate.allow('siren')).toBe(false);
    c.advance(1);
    expect(gate.allow('siren')).toBe(true);
  });

  it('does not let blocked attempts extend the quiet period', () => {
    const c = clock();
    const gate = new CueGate(c.now);
    gate.allow('alert');
    for (let i = 0; i < 19; i++) {
      c.advance(100);
      expect(gate.allow('alert')).toBe(false);
    }
    c.advance(100);
    expect(gate.allow('alert')).toBe(true);
  });

  it('limits each kind separately', () => {
    const c = clock();
    const gate = new CueGate(c.now);
    const kinds: CueKind[] = ['siren', 'loudspeaker', 'alert', 'click'];
    for (const k of kinds) expect(gate.allow(k)).toBe(true);
    for (const k of kinds) expect(gate.allow(k)).toBe(false);
  });

  it('keeps clicks responsive: a click 100 ms after another plays, a bounce 20 ms after does not', () => {
    const c = clock();
    const gate = new CueGate(c.now);
    expect(CUE_MIN_INTERVAL_MS.click).toBeLessThan(100);
    expect(gate.allow('click')).toBe(true);
    c.advance(20);
    expect(gate.allow('click')).toBe(false);
    c.advance(80);
    expect(gate.allow('click')).toBe(true);
  });

  it('does not stay silent if the clock jumps backwards, and forgets everything on reset', () => {
    const c = clock(50_000);
    const gate = new CueGate(c.now);
    gate.allow('loudspeaker');
    c.set(1_000);
    expect(gate.allow('loudspeaker')).toBe(true);
    expect(gate.allow('loudspeaker')).toBe(false);
    gate.reset();
    expect(gate.allow('loudspeaker')).toBe(true);
  });
});

describe('captions', () => {
  it('captions sirens, loudspeaker calls and alerts but not clicks', () => {
    expect(captionFor('siren')).toBe('siren');
    expect(captionFor('loudspeaker')).toBe('loudspeaker');
    expect(captionFor('alert')).toBe('alert');
    expect(captionFor('click')).toBeNull();
  });

  it('names i18n keys that the audio catalogue defines in both languages', () => {
    // Read as text: src/audio may not import src/i18n (layer rules), but its keys must match.
    const catalogue = readFileSync(new URL('../i18n/features/audio.ts', import.meta.url), 'utf8');
    for (const cue of ['siren', 'loudspeaker', 'alert'] as const) {
      const key = captionMessageKey(cue);
      expect(key).toBe(`audio.caption.${cue}`);
      expect(catalogue.split(`'${key}':`).length - 1).toBe(2);
    }
  });
});
