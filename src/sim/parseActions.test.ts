import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseActions } from './parseActions';
import { SimInputError } from './types';
import type { ActionItem } from './types';

function errorOf(json: unknown, preset: 'taxi' | 'rent' | 'housing' | 'epstein' = 'taxi'): string {
  try {
    parseActions(json, preset);
  } catch (e) {
    expect(e).toBeInstanceOf(SimInputError);
    return (e as Error).message;
  }
  throw new Error('expected a SimInputError');
}

const apologize = (tick: number): unknown => ({ tick, command: 'apologize', args: {} });

describe('parseActions', () => {
  it('accepts the example script of §5.1 and returns typed items', () => {
    const script = [
      { tick: 0, command: 'deploy', args: { posture: 'liaison', count: 12, zone: 'square' } },
      { tick: 30, command: 'release', args: { channel: 'official', transparency: 0.8, counterRumor: true } },
      { tick: 55, command: 'meetRepresentatives', args: {} },
      { tick: 60, command: 'commit', args: { credible: true, remedy: 0.6 } },
    ];
    expect(parseActions(script, 'taxi')).toEqual(script);
    expect(parseActions([], 'rent')).toEqual([]);
  });

  it('rejects anything but an array', () => {
    for (const json of [{}, null, 'x', 3, { tick: 0, command: 'apologize', args: {} }]) {
      expect(errorOf(json)).toBe('expected an array of {tick, command, args}');
    }
  });

  it('rejects bad items with their index in the file', () => {
    expect(errorOf([apologize(0), 5])).toBe('[1]: expected an object {tick, command, args}, got 5');
    expect(errorOf([apologize(0), [1]])).toBe('[1]: expected an object {tick, command, args}, got an array');
    expect(errorOf([{ tick: 0, command: 'apologize', args: {}, note: 'x' }]))
      .toBe('[0].note: unknown field "note" (expected tick, command, args)');
    expect(errorOf([{ command: 'apologize', args: {} }])).toBe('[0].tick: missing (expected an integer ≥ 0)');
    expect(errorOf([apologize(-1)])).toBe('[0].tick: must be an integer ≥ 0, got -1');
    expect(errorOf([apologize(2.5)])).toBe('[0].tick: must be an integer ≥ 0, got 2.5');
    expect(errorOf([apologize(0), { tick: '3', command: 'apologize', args: {} }])).toBe('[1].tick: must be an integer ≥ 0, got "3"');
  });

  it('reports command errors with the file index, even when sorting would move the item', () => {
    const script = [apologize(50), apologize(10), apologize(20), { tick: 0, command: 'arrestAll', args: {} }];
    expect(errorOf(script)).toMatch(/^\[3\]: unknown command "arrestAll" \(expected deploy, /);
    expect(errorOf([apologize(0), apologize(1), { tick: 2, command: 'deploy', args: { posture: 'uniform', count: 5, zone: 'plaza' } }]))
      .toBe('[2].args.zone: unknown zone "plaza" for preset "taxi" (expected gate, square, road)');
    expect(errorOf([{ tick: 0, command: 'speak', args: { tone: 'harsh' } }], 'epstein'))
      .toBe('[0]: command "speak" is not supported by preset "epstein"');
  });

  it('rejects injects in action scripts', () => {
    expect(errorOf([{ tick: 0, command: 'rumor', args: { content: 'blaming', importance: 1 } }])).toMatch(/^\[0\]: unknown command "rumor"/);
  });

  it('sorts stably by tick: same-tick items keep file order', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 20 }), { maxLength: 40 }), (ticks) => {
        // Tag each item by its file position through `count`, so order can be checked after sorting.
        const script = ticks.map((tick, i) => ({ tick, command: 'withdraw', args: { count: i + 1 } }));
        const out = parseActions(script, 'taxi');
        expect(out).toHaveLength(ticks.length);
        for (let i = 1; i < out.length; i++) {
          const a = out[i - 1] as ActionItem;
          const b = out[i] as ActionItem;
          expect(a.tick <= b.tick).toBe(true);
          if (a.tick === b.tick) expect((a.args as { count: number }).count).toBeLessThan((b.args as { count: number }).count);
        }
      }),
    );
  });
});
