import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateCommand } from './commandValidation';
import { SimInputError } from './types';
import type { PresetName } from './types';

const ALL = 'deploy, withdraw, setPosture, isolate, arrest, disperse, speak, meetRepresentatives, commit, apologize, release, broadcast';

/** The SimInputError message thrown for `raw`, or a failure if it does not throw one. */
function errorOf(raw: unknown, preset: PresetName = 'taxi', where = '[0]'): string {
  try {
    validateCommand(raw, preset, where);
  } catch (e) {
    expect(e).toBeInstanceOf(SimInputError);
    return (e as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(raw)} to be rejected`);
}

describe('validateCommand: messages of crowd-model.md §10', () => {
  it('unknown command lists every command', () => {
    expect(errorOf({ command: 'arrestAll', args: {} }, 'taxi', '[3]'))
      .toBe(`[3]: unknown command "arrestAll" (expected ${ALL})`);
  });

  it('unknown zone names the preset and its zones', () => {
    expect(errorOf({ command: 'deploy', args: { posture: 'uniform', count: 5, zone: 'plaza' } }, 'taxi', '[2]'))
      .toBe('[2].args.zone: unknown zone "plaza" for preset "taxi" (expected gate, square, road)');
    expect(errorOf({ command: 'disperse', args: { zone: 'square' } }, 'housing'))
      .toBe('[0].args.zone: unknown zone "square" for preset "housing" (expected salesOffice, gate, road)');
  });

  it('remedy out of [0, 1]', () => {
    expect(errorOf({ command: 'commit', args: { credible: true, remedy: 1.5 } }, 'rent', '[5]'))
      .toBe('[5].args.remedy: must be a number in [0, 1], got 1.5');
  });

  it('a command epstein does not support', () => {
    expect(errorOf({ command: 'speak', args: { tone: 'harsh' } }, 'epstein'))
      .toBe('[0]: command "speak" is not supported by preset "epstein"');
  });
});

describe('validateCommand: every error class', () => {
  it('injects are not commands', () => {
    expect(errorOf({ command: 'rumor', args: { content: 'blaming', importance: 1 } })).toBe(`[0]: unknown command "rumor" (expected ${ALL})`);
    expect(errorOf({ command: 'shock', args: {} })).toMatch(/^\[0\]: unknown command "shock"/);
    expect(errorOf({ command: 'contradiction', args: {} })).toMatch(/^\[0\]: unknown command "contradiction"/);
  });

  it('names inherited from Object are not commands', () => {
    expect(errorOf({ command: 'constructor', args: {} })).toMatch(/^\[0\]: unknown command "constructor"/);
    expect(errorOf({ command: 'toString' })).toMatch(/^\[0\]: unknown command "toString"/);
  });

  it('missing or non-string command, non-object item or args', () => {
    expect(errorOf({ args: {} })).toBe(`[0].command: missing (expected ${ALL})`);
    expect(errorOf({ command: 7, args: {} })).toBe('[0].command: must be a string, got 7');
    expect(errorOf('deploy')).toBe('[0]: expected an object {command, args}, got "deploy"');
    expect(errorOf(null)).toBe('[0]: expected an object {command, args}, got null');
    expect(errorOf({ command: 'apologize', args: [] })).toBe('[0].args: must be an object, got an array');
  });

  it('unknown argument key', () => {
    expect(errorOf({ command: 'deploy', args: { posture: 'riot', count: 3, zone: 'square', speed: 2 } }, 'taxi', '[1]'))
      .toBe('[1].args.speed: unknown argument "speed" for "deploy" (expected posture, count, zone)');
    expect(errorOf({ command: 'apologize', args: { sincerely: true } }))
      .toBe('[0].args.sincerely: unknown argument "sincerely" for "apologize" (expected none)');
    // A key named like an Object.prototype member is still unknown (JSON.parse makes it an own key).
    expect(errorOf(JSON.parse('{"command":"broadcast","args":{"on":true,"__proto__":1}}')))
      .toBe('[0].args.__proto__: unknown argument "__proto__" for "broadcast" (expected on)');
  });

  it('missing required argument', () => {
    expect(errorOf({ command: 'deploy', args: { posture: 'riot', zone: 'square' } }))
      .toBe('[0].args.count: missing (required by "deploy")');
    expect(errorOf({ command: 'release', args: { channel: 'live' } }))
      .toBe('[0].args.transparency: missing (required by "release")');
    expect(errorOf({ command: 'deploy' })).toBe('[0].args.posture: missing (required by "deploy")');
  });

  it('wrong type', () => {
    expect(errorOf({ command: 'deploy', args: { posture: 'riot', count: '3', zone: 'square' } }))
      .toBe('[0].args.count: must be an integer ≥ 1, got "3"');
    expect(errorOf({ command: 'broadcast', args: { on: 'yes' } })).toBe('[0].args.on: must be true or false, got "yes"');
    expect(errorOf({ command: 'deploy', args: { posture: 'swat', count: 3, zone: 'square' } }))
      .toBe('[0].args.posture: must be one of liaison, uniform, cordon, riot, got "swat"');
    expect(errorOf({ command: 'speak', args: { tone: 1 } }))
      .toBe('[0].args.tone: must be one of empathetic, neutral, harsh, got 1');
    expect(errorOf({ command: 'withdraw', args: { count: 1, zone: 3 } }))
      .toBe('[0].args.zone: must be a zone name (string), got 3');
    expect(errorOf({ command: 'release', args: { channel: 'tv', transparency: 0.5 } }))
      .toBe('[0].args.channel: must be one of loudspeaker, official, press, live, got "tv"');
  });

  it('out-of-range and non-integer values', () => {
    expect(errorOf({ command: 'withdraw', args: { count: 0 } })).toBe('[0].args.count: must be an integer ≥ 1, got 0');
    expect(errorOf({ command: 'withdraw', args: { count: 2.5 } })).toBe('[0].args.count: must be an integer ≥ 1, got 2.5');
    expect(errorOf({ command: 'disperse', args: { ticks: 1.5 } })).toBe('[0].args.ticks: must be an integer ≥ 1, got 1.5');
    expect(errorOf({ command: 'arrest', args: { mode: 'any', count: -1 } })).toBe('[0].args.count: must be an integer ≥ 1, got -1');
    expect(errorOf({ command: 'commit', args: { credible: false, remedy: 0.5, exposeAfterTicks: 0 } }))
      .toBe('[0].args.exposeAfterTicks: must be an integer ≥ 1, got 0');
    expect(errorOf({ command: 'release', args: { channel: 'press', transparency: -0.1 } }))
      .toBe('[0].args.transparency: must be a number in [0, 1], got -0.1');
    expect(errorOf({ command: 'commit', args: { credible: true, remedy: Number.NaN } }))
      .toBe('[0].args.remedy: must be a number in [0, 1], got NaN');
    expect(errorOf({ command: 'deploy', args: { posture: 'riot', count: Infinity, zone: 'square' } }))
      .toBe('[0].args.count: must be an integer ≥ 1, got Infinity');
  });

  it('exposeAfterTicks with a credible commitment', () => {
    expect(errorOf({ command: 'commit', args: { credible: true, remedy: 1, exposeAfterTicks: 90 } }, 'taxi', '[4]'))
      .toBe('[4].args.exposeAfterTicks: not allowed with credible: true (only an empty promise is exposed)');
  });

  it('epstein: only deploy and withdraw, in the zone "world"', () => {
    for (const command of ['setPosture', 'isolate', 'arrest', 'disperse', 'meetRepresentatives', 'commit', 'apologize', 'release', 'broadcast']) {
      expect(errorOf({ command, args: {} }, 'epstein')).toBe(`[0]: command "${command}" is not supported by preset "epstein"`);
    }
    expect(errorOf({ command: 'deploy', args: { posture: 'uniform', count: 5, zone: 'square' } }, 'epstein'))
      .toBe('[0].args.zone: unknown zone "square" for preset "epstein" (expected world)');
    expect(validateCommand({ command: 'withdraw', args: { count: 2, zone: 'world' } }, 'epstein', '[0]'))
      .toEqual({ command: 'withdraw', args: { count: 2, zone: 'world' } });
  });

  it('an empty prefix still names the field', () => {
    expect(errorOf({ command: 'speak', args: { tone: 'loud' } }, 'taxi', '')).toBe('args.tone: must be one of empathetic, neutral, harsh, got "loud"');
    expect(errorOf({ command: 'x' }, 'taxi', '')).toMatch(/^command: unknown command "x"/);
  });
});

describe('validateCommand: valid commands', () => {
  const valid: [PresetName, unknown][] = [
    ['taxi', { command: 'deploy', args: { posture: 'liaison', count: 12, zone: 'square' } }],
    ['taxi', { command: 'withdraw', args: { count: 3, posture: 'riot', zone: 'gate' } }],
    ['rent', { command: 'setPosture', args: { to: 'uniform', from: 'riot', zone: 'plaza' } }],
    ['rent', { command: 'isolate', args: { target: 'representatives' } }],
    ['rent', { command: 'arrest', args: { mode: 'targeted' } }],
    ['housing', { command: 'disperse', args: { zone: 'gate', ticks: 30 } }],
    ['housing', { command: 'disperse', args: {} }],
    ['housing', { command: 'speak', args: { tone: 'neutral' } }],
    ['taxi', { command: 'meetRepresentatives', args: {} }],
    ['taxi', { command: 'commit', args: { credible: false, remedy: 0, exposeAfterTicks: 1 } }],
    ['taxi', { command: 'apologize', args: {} }],
    ['taxi', { command: 'release', args: { channel: 'official', transparency: 1, counterRumor: true } }],
    ['taxi', { command: 'broadcast', args: { on: false } }],
    ['epstein', { command: 'deploy', args: { posture: 'riot', count: 40, zone: 'world' } }],
  ];
  it.each(valid)('%s accepts %j and returns an equal copy', (preset, raw) => {
    const out = validateCommand(raw, preset, '[0]');
    expect(out).toEqual(raw);
    expect(out.args).not.toBe((raw as { args: object }).args);
  });

  it('ignores an action item\'s tick and treats missing args as {}', () => {
    expect(validateCommand({ tick: 5, command: 'apologize' }, 'rent', '[0]')).toEqual({ command: 'apologize', args: {} });
  });
});

describe('validateCommand: robustness', () => {
  it('any input either validates or throws a one-line SimInputError starting with the prefix', () => {
    const command = fc.oneof(fc.constantFrom('deploy', 'withdraw', 'commit', 'release', 'speak', 'rumor'), fc.anything());
    const argValue = fc.oneof(fc.constantFrom('square', 'riot', 'plaza', 'official', 'harsh', true, 0, 1, 0.5, 3, -2, 1.5), fc.anything());
    const args = fc.dictionary(
      fc.constantFrom('posture', 'count', 'zone', 'credible', 'remedy', 'exposeAfterTicks', 'tone', 'channel', 'transparency', 'x'),
      argValue,
    );
    const item = fc.oneof(fc.record({ command, args }, { requiredKeys: [] }), fc.anything());
    fc.assert(
      fc.property(item, fc.constantFrom<PresetName>('taxi', 'rent', 'housing', 'epstein'), (raw, preset) => {
        try {
          validateCommand(raw, preset, '[9]');
        } catch (e) {
          if (!(e instanceof SimInputError)) throw e;
          expect(e.message.startsWith('[9]')).toBe(true);
          expect(e.message).not.toContain('\n');
        }
      }),
      { numRuns: 2000 },
    );
  });
});
