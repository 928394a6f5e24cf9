// Parses and validates one Ink tag ("deploy: posture=liaison count=8 zone=square") against the
// vocabulary of docs/authoring.md §2 and a scenario's declarations. Returns a one-line error, never throws.

import { SimInputError, validateCommand, type Command, type Inject, type ScenarioPresetName } from '../sim';
import {
  APPROVAL_SUBJECTS, EVIDENCE_KINDS, RELEASE_BLOCKS, REPORT_FIELDS, REPORT_KINDS, REPORT_LEVELS, WORKING_GROUPS,
  type DrillAction, type ReleaseBlock, type ReportField, type StoryTag,
} from './drillActions';

/** What a scenario declares, for checking tag arguments. */
export interface TagContext {
  preset: ScenarioPresetName;
  departments: ReadonlySet<string>;
  characters: ReadonlySet<string>;
  endings: ReadonlySet<string>;
  principles: ReadonlySet<string>;
}

export type TagParse = { ok: true; tag: StoryTag } | { ok: false; error: string };

const SIM_COMMANDS = new Set([
  'deploy', 'withdraw', 'setPosture', 'isolate', 'arrest', 'disperse', 'speak', 'meetRepresentatives',
  'commit', 'apologize', 'broadcast',
]);
/** Every tag name the vocabulary knows (for "unknown tag" messages). */
export const TAG_NAMES = [
  ...SIM_COMMANDS, 'release', 'inject', 'callDepartment', 'report', 'requestApproval', 'assignGroup', 'evidence',
  'warn', 'wait', 'phase', 'dp', 'mark', 'honours', 'breaks', 'redLine', 'rationale', 'speaker', 'hint', 'ending',
] as const;

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const RED_LINES = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'];

class TagError extends Error {}
const fail = (msg: string): never => {
  throw new TagError(msg);
};

/** `key=value key=value` → record of typed values (numbers and booleans converted). */
function parsePairs(name: string, rest: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (rest === '') return out;
  for (const part of rest.split(/\s+/)) {
    const eq = part.indexOf('=');
    if (eq <= 0) fail(`"${name}": expected key=value arguments, got "${part}"`);
    const key = part.slice(0, eq);
    const raw = part.slice(eq + 1);
    if (Object.hasOwn(out, key)) fail(`"${name}": argument "${key}" given twice`);
    out[key] = raw === 'true' ? true : raw === 'false' ? false : raw !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
  }
  return out;
}

function single(name: string, rest: string): string {
  if (rest === '' || /\s/.test(rest)) fail(`"${name}": expected one value, got "${rest}"`);
  return rest;
}

function oneOf<T extends string>(name: string, v: unknown, allowed: readonly T[], what: string): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    fail(`"${name}": ${what} must be one of ${allowed.join(', ')}, got "${String(v)}"`);
  }
  return v as T;
}

function declared(name: string, v: string, set: ReadonlySet<string>, what: string): string {
  if (!set.has(v)) fail(`"${name}": unknown ${what} "${v}" (declared: ${[...set].join(', ') || 'none'})`);
  return v;
}

function only(name: string, args: Record<string, unknown>, allowed: readonly string[]): void {
  for (const k of Object.keys(args)) if (!allowed.includes(k)) fail(`"${name}": unknown argument "${k}" (expected ${allowed.join(', ')})`);
}

function list<T extends string>(name: string, v: unknown, allowed: readonly T[], what: string): T[] {
  if (typeof v !== 'string' || v === '') fail(`"${name}": ${what} must be a comma-separated list`);
  return String(v).split(',').map((x) => oneOf(name, x, allowed, what));
}

function simCommand(name: string, args: Record<string, unknown>, ctx: TagContext): Command {
  try {
    return validateCommand({ command: name, args }, ctx.preset, '');
  } catch (e) {
    if (e instanceof SimInputError) fail(`"${name}": ${e.message.replace(/^command:\s*|^args\./, '')}`);
    throw e;
  }
}

function parseInject(args: Record<string, unknown>): Inject {
  const kind = oneOf('inject', args['kind'], ['rumor', 'contradiction', 'shock'] as const, 'kind');
  if (kind === 'contradiction') {
    only('inject', args, ['kind']);
    return { kind };
  }
  const unit = (k: string, v: unknown): number => (typeof v === 'number' && v >= 0 && v <= 1 ? v : fail(`"inject": ${k} must be a number in [0, 1]`));
  if (kind === 'rumor') {
    only('inject', args, ['kind', 'content', 'importance', 'spreaders']);
    const content = oneOf('inject', args['content'], ['mobilising', 'blaming'] as const, 'content');
    const importance = unit('importance', args['importance']);
    const s = args['spreaders'];
    if (s !== undefined && !(typeof s === 'number' && Number.isInteger(s) && s >= 1)) fail('"inject": spreaders must be an integer ≥ 1');
    return s === undefined ? { kind, content, importance } : { kind, content, importance, spreaders: s as number };
  }
  only('inject', args, ['kind', 'group', 'dL', 'dE', 'hardship']);
  const group = oneOf('inject', args['group'], ['all', 'core', 'participants', 'bystanders'] as const, 'group');
  const shock: Inject = { kind, group };
  for (const k of ['dL', 'dE', 'hardship'] as const) {
    const v = args[k];
    if (v === undefined) continue;
    if (typeof v !== 'number') fail(`"inject": ${k} must be a number`);
    shock[k] = v as number;
  }
  return shock;
}

function action(a: DrillAction): StoryTag {
  return { kind: 'action', action: a };
}

function parseKnown(name: string, rest: string, ctx: TagContext): StoryTag {
  if (SIM_COMMANDS.has(name)) return action({ kind: 'command', command: simCommand(name, parsePairs(name, rest), ctx) });
  switch (name) {
    case 'release': {
      const args = parsePairs(name, rest);
      only(name, args, ['channel', 'content', 'transparency']);
      const channel = oneOf(name, args['channel'], ['loudspeaker', 'official', 'press', 'live'] as const, 'channel');
      const content: ReleaseBlock[] = list(name, args['content'], RELEASE_BLOCKS, 'content');
      const t = args['transparency'];
      if (t !== undefined && !(typeof t === 'number' && t >= 0 && t <= 1)) fail(`"${name}": transparency must be a number in [0, 1]`);
      return action(t === undefined ? { kind: 'release', channel, content } : { kind: 'release', channel, content, transparency: t as number });
    }
    case 'inject':
      return action({ kind: 'inject', inject: parseInject(parsePairs(name, rest)) });
    case 'callDepartment':
      return action({ kind: 'callDepartment', department: declared(name, single(name, rest), ctx.departments, 'department') });
    case 'report': {
      const args = parsePairs(name, rest);
      only(name, args, ['kind', 'level', 'fields']);
      const report = oneOf(name, args['kind'], REPORT_KINDS, 'kind');
      const level = oneOf(name, args['level'], REPORT_LEVELS, 'level');
      const fields: ReportField[] = args['fields'] === undefined ? [] : list(name, args['fields'], REPORT_FIELDS, 'fields');
      return action({ kind: 'report', report, level, fields });
    }
    case 'requestApproval':
      return action({ kind: 'requestApproval', what: oneOf(name, single(name, rest), APPROVAL_SUBJECTS, 'the subject') });
    case 'assignGroup':
      return action({ kind: 'assignGroup', group: oneOf(name, single(name, rest), WORKING_GROUPS, 'the group') });
    case 'evidence':
      return action({ kind: 'evidence', what: oneOf(name, single(name, rest), EVIDENCE_KINDS, 'the evidence kind') });
    case 'warn': {
      const args = parsePairs(name, rest);
      only(name, args, ['basis']);
      const basis = args['basis'];
      return action(basis === undefined ? { kind: 'warn' } : { kind: 'warn', basis: String(basis) });
    }
    case 'wait': {
      const m = Number(single(name, rest));
      if (!Number.isFinite(m) || m <= 0 || m > 600) fail(`"${name}": minutes must be a number in (0, 600], got "${rest}"`);
      return { kind: 'wait', minutes: m };
    }
    case 'phase': {
      const p = Number(single(name, rest));
      if (!Number.isInteger(p) || p < 1 || p > 5) fail(`"${name}": must be 1 … 5, got "${rest}"`);
      return { kind: 'phase', phase: p };
    }
    case 'dp':
    case 'mark':
    case 'rationale': {
      const v = single(name, rest);
      if (!ID.test(v)) fail(`"${name}": "${v}" is not a valid id (letters, digits, - or _)`);
      return name === 'dp' ? { kind: 'dp', id: v } : name === 'mark' ? { kind: 'mark', id: v } : { kind: 'rationale', prompt: v };
    }
    case 'honours':
    case 'breaks': {
      const principle = declared(name, single(name, rest), ctx.principles, 'doctrine principle');
      return name === 'honours' ? { kind: 'honours', principle } : { kind: 'breaks', principle };
    }
    case 'redLine':
      return { kind: 'redLine', id: oneOf(name, single(name, rest), RED_LINES, 'the red line') };
    case 'speaker':
      return { kind: 'speaker', character: declared(name, single(name, rest), ctx.characters, 'character') };
    case 'hint':
      if (rest !== '') fail('"hint": takes no arguments');
      return { kind: 'hint' };
    case 'ending':
      return { kind: 'ending', id: declared(name, single(name, rest), ctx.endings, 'ending') };
    default:
      return fail(`unknown tag "${name}" (expected one of ${TAG_NAMES.join(', ')})`);
  }
}

/** Parses one tag's text (without the leading #). */
export function parseStoryTag(raw: string, ctx: TagContext): TagParse {
  const text = raw.trim();
  const colon = text.indexOf(':');
  const name = (colon < 0 ? text : text.slice(0, colon)).trim();
  const rest = colon < 0 ? '' : text.slice(colon + 1).trim();
  if (name === '') return { ok: false, error: 'empty tag' };
  try {
    return { ok: true, tag: parseKnown(name, rest, ctx) };
  } catch (e) {
    if (e instanceof TagError) return { ok: false, error: e.message };
    throw e;
  }
}
