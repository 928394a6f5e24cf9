// Strict validation of one trainee command {command, args} (crowd-model.md §5.1, §5.3).
// Every bad command becomes a one-line SimInputError naming the field; nothing is silently ignored.

import { COMMAND_NAMES, POSTURES, SimInputError } from './types';
import type { Command, CommandName, PresetName } from './types';
import { ZONE_NAMES } from './scenario/venueSpecs';

/** How one argument is checked. */
type ArgKind =
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'zone' }
  | { kind: 'int1' } // an integer ≥ 1
  | { kind: 'unit' } // a number in [0, 1]
  | { kind: 'bool' };

interface ArgSpec {
  name: string;
  required: boolean;
  check: ArgKind;
}

const posture: ArgKind = { kind: 'enum', values: POSTURES };
const req = (name: string, check: ArgKind): ArgSpec => ({ name, required: true, check });
const opt = (name: string, check: ArgKind): ArgSpec => ({ name, required: false, check });

/** Argument shapes of §5.3, in the order they are reported. */
const ARG_SPECS: Record<CommandName, readonly ArgSpec[]> = {
  deploy: [req('posture', posture), req('count', { kind: 'int1' }), req('zone', { kind: 'zone' })],
  withdraw: [req('count', { kind: 'int1' }), opt('posture', posture), opt('zone', { kind: 'zone' })],
  setPosture: [req('to', posture), opt('from', posture), opt('zone', { kind: 'zone' })],
  isolate: [req('target', { kind: 'enum', values: ['agitators', 'representatives'] })],
  arrest: [req('mode', { kind: 'enum', values: ['targeted', 'any'] }), opt('count', { kind: 'int1' })],
  disperse: [opt('zone', { kind: 'zone' }), opt('ticks', { kind: 'int1' })],
  speak: [req('tone', { kind: 'enum', values: ['empathetic', 'neutral', 'harsh'] })],
  meetRepresentatives: [],
  commit: [req('credible', { kind: 'bool' }), req('remedy', { kind: 'unit' }), opt('exposeAfterTicks', { kind: 'int1' })],
  apologize: [],
  release: [
    req('channel', { kind: 'enum', values: ['loudspeaker', 'official', 'press', 'live'] }),
    req('transparency', { kind: 'unit' }),
    opt('counterRumor', { kind: 'bool' }),
  ],
  broadcast: [req('on', { kind: 'bool' })],
};

/** The epstein engine models only the number of cops (§4.9). */
const EPSTEIN_COMMANDS: readonly CommandName[] = ['deploy', 'withdraw'];

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A short, one-line rendering of an offending value for "got …". */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') {
    const s = JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
    return s;
  }
  return String(v);
}

/** A key as it may appear in a one-line field path (control characters escaped). */
export function describeKey(key: string): string {
  return JSON.stringify(key).slice(1, -1);
}

function isCommandName(v: unknown): v is CommandName {
  return typeof v === 'string' && (COMMAND_NAMES as readonly string[]).includes(v);
}

/** Whether `preset` accepts `command` at all (epstein: deploy and withdraw only). */
export function supportsCommand(preset: PresetName, command: CommandName): boolean {
  return preset !== 'epstein' || EPSTEIN_COMMANDS.includes(command);
}

function checkArg(v: unknown, spec: ArgSpec, preset: PresetName, field: string): unknown {
  const c = spec.check;
  switch (c.kind) {
    case 'enum':
      if (typeof v !== 'string' || !c.values.includes(v)) {
        throw new SimInputError(`${field}: must be one of ${c.values.join(', ')}, got ${describeValue(v)}`);
      }
      return v;
    case 'zone': {
      if (typeof v !== 'string') throw new SimInputError(`${field}: must be a zone name (string), got ${describeValue(v)}`);
      const zones = ZONE_NAMES[preset];
      if (!zones.includes(v)) {
        throw new SimInputError(`${field}: unknown zone ${describeValue(v)} for preset "${preset}" (expected ${zones.join(', ')})`);
      }
      return v;
    }
    case 'int1':
      if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) {
        throw new SimInputError(`${field}: must be an integer ≥ 1, got ${describeValue(v)}`);
      }
      return v;
    case 'unit':
      if (typeof v !== 'number' || !(v >= 0 && v <= 1)) {
        throw new SimInputError(`${field}: must be a number in [0, 1], got ${describeValue(v)}`);
      }
      return v;
    case 'bool':
      if (typeof v !== 'boolean') throw new SimInputError(`${field}: must be true or false, got ${describeValue(v)}`);
      return v;
  }
}

/**
 * Validates one `{command, args}` for `preset` and returns a fresh, typed copy; throws SimInputError
 * with a one-line message prefixed by `where` (e.g. "[3]"). Other top-level keys (such as an action
 * item's `tick`) are ignored here; parseActions checks those. A missing `args` counts as `{}`.
 */
export function validateCommand(raw: unknown, preset: PresetName, where: string): Command {
  const at = where === '' ? 'command' : where;
  const sub = (key: string): string => (where === '' ? key : `${where}.${key}`);
  if (!isPlainObject(raw)) {
    throw new SimInputError(`${at}: expected an object {command, args}, got ${describeValue(raw)}`);
  }
  const name = raw['command'];
  if (name === undefined) throw new SimInputError(`${sub('command')}: missing (expected ${COMMAND_NAMES.join(', ')})`);
  if (typeof name !== 'string') throw new SimInputError(`${sub('command')}: must be a string, got ${describeValue(name)}`);
  if (!isCommandName(name)) {
    throw new SimInputError(`${at}: unknown command ${describeValue(name)} (expected ${COMMAND_NAMES.join(', ')})`);
  }
  if (!supportsCommand(preset, name)) {
    throw new SimInputError(`${at}: command "${name}" is not supported by preset "${preset}"`);
  }
  const rawArgs = Object.hasOwn(raw, 'args') ? raw['args'] : {};
  if (!isPlainObject(rawArgs)) throw new SimInputError(`${sub('args')}: must be an object, got ${describeValue(rawArgs)}`);

  const specs = ARG_SPECS[name];
  for (const key of Object.keys(rawArgs)) {
    if (!specs.some((s) => s.name === key)) {
      const expected = specs.length === 0 ? 'none' : specs.map((s) => s.name).join(', ');
      const k = describeKey(key);
      throw new SimInputError(`${sub(`args.${k}`)}: unknown argument "${k}" for "${name}" (expected ${expected})`);
    }
  }
  const args: Record<string, unknown> = {};
  for (const spec of specs) {
    const field = sub(`args.${spec.name}`);
    const v = rawArgs[spec.name];
    if (v === undefined) {
      if (spec.required) throw new SimInputError(`${field}: missing (required by "${name}")`);
      continue;
    }
    args[spec.name] = checkArg(v, spec, preset, field);
  }
  if (name === 'commit' && args['credible'] === true && args['exposeAfterTicks'] !== undefined) {
    throw new SimInputError(`${sub('args.exposeAfterTicks')}: not allowed with credible: true (only an empty promise is exposed)`);
  }
  // The shape was checked field by field against ARG_SPECS, which mirrors CommandArgs.
  return { command: name, args } as Command;
}
