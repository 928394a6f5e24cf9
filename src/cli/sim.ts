// `npm run sim`: the headless crowd-model CLI (crowd-model.md §10). A thin wrapper: argument parsing,
// file reading, parseActions, runScript, printing. No model logic lives here.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AGENT_RANGE, PRESET_NAMES, SimInputError } from '../sim/types';
import type { ActionItem, Indicators, PresetName } from '../sim/types';
import { parseActions } from '../sim/parseActions';
import { runScript } from '../sim/runScript';
import type { RunResult, ScriptOptions } from '../sim/runScript';

const USAGE =
  'usage: npm run sim -- --preset <name> --seed <n> --ticks <n> [--agents <n>] [--actions <file.json>] [--every <k>] [--json]';

const OPTIONS = {
  preset: { type: 'string' },
  seed: { type: 'string' },
  ticks: { type: 'string' },
  agents: { type: 'string' },
  actions: { type: 'string' },
  every: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;
const VALUE_FLAGS = Object.entries(OPTIONS).filter(([, o]) => o.type === 'string').map(([n]) => `--${n}`);
const ALL_FLAGS = Object.keys(OPTIONS).map((n) => `--${n}`).join(', ');

const MAX_TICKS = 1_000_000;
/** Bad input: exit 2 with the one-line message. */
class UsageError extends Error {}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

/** `--ticks -5` would be "ambiguous" to parseArgs; treat a negative number after a value flag as its value. */
function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const v = argv[i + 1];
    if (VALUE_FLAGS.includes(a) && v !== undefined && /^-[0-9.]/.test(v)) {
      out.push(`${a}=${v}`);
      i++;
    } else out.push(a);
  }
  return out;
}

function parseFlags(argv: readonly string[]): Partial<Record<keyof typeof OPTIONS, string | boolean>> {
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv), options: OPTIONS, strict: true, allowPositionals: false, tokens: true });
  } catch (e) {
    const err = e as { code?: string; message?: string };
    const msg = firstLine(err.message ?? String(e));
    const quoted = /'([^']*)'/.exec(msg)?.[1] ?? '';
    const flag = quoted.split(' ')[0] ?? quoted;
    if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown option "${flag}" (expected ${ALL_FLAGS})`);
    if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`unexpected argument "${quoted}"; ${USAGE}`);
    if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new UsageError(msg.includes('does not take') ? `${flag} takes no value` : `${flag} needs a value`);
    }
    throw new UsageError(msg);
  }
  const seen = new Set<string>();
  for (const t of parsed.tokens) {
    if (t.kind !== 'option') continue;
    if (seen.has(t.name)) throw new UsageError(`--${t.name} is given more than once`);
    seen.add(t.name);
  }
  return parsed.values;
}

/** A whole decimal number in [min, max]; `describe` says what is expected, `over` what is wrong above max. */
function parseInteger(flag: string, raw: string, min: number, max: number, describe: string, over = describe): number {
  const n = /^[0-9]+$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= min)) throw new UsageError(`${flag} must be ${describe}, got ${JSON.stringify(raw)}`);
  if (n > max) throw new UsageError(`${flag} must be ${over}, got ${JSON.stringify(raw)}`);
  return n;
}

function required(values: Record<string, unknown>, name: string, hint: string): string {
  const v = values[name];
  if (typeof v !== 'string') throw new UsageError(`--${name} is required (${hint})`);
  return v;
}

function readActions(file: string, preset: PresetName): ActionItem[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory'
      : code === 'EACCES' ? 'permission denied' : firstLine((e as Error).message);
    throw new UsageError(`cannot read actions file ${JSON.stringify(file)}: ${why}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file} is not valid JSON: ${firstLine((e as Error).message)}`);
  }
  try {
    return parseActions(json, preset);
  } catch (e) {
    if (!(e instanceof SimInputError)) throw e;
    // Item errors start with their index ("[3]: …", "[2].args.zone: …"); others get a colon.
    throw new UsageError(e.message.startsWith('[') ? `${file}${e.message}` : `${file}: ${e.message}`);
  }
}

function parseOptions(argv: readonly string[]): (ScriptOptions & { json: boolean }) | 'help' {
  const values = parseFlags(argv);
  if (values.help === true) return 'help';
  const presetRaw = required(values, 'preset', `expected ${PRESET_NAMES.join(', ')}`);
  if (!(PRESET_NAMES as readonly string[]).includes(presetRaw)) {
    throw new UsageError(`unknown preset ${JSON.stringify(presetRaw)} (expected ${PRESET_NAMES.join(', ')})`);
  }
  const preset = presetRaw as PresetName;
  const seed = parseInteger('--seed', required(values, 'seed', 'an integer 0 … 4294967295'), 0, 4294967295,
    'an integer in 0 … 4294967295');
  const ticks = parseInteger('--ticks', required(values, 'ticks', `an integer 0 … ${MAX_TICKS}`), 0, MAX_TICKS,
    'a non-negative integer', `at most ${MAX_TICKS}`);
  const o: ScriptOptions & { json: boolean } = { preset, seed, ticks, json: values.json === true };
  if (typeof values.agents === 'string') {
    const [lo, hi] = AGENT_RANGE[preset];
    o.agents = parseInteger('--agents', values.agents, lo, hi, `an integer in ${lo} … ${hi} for preset "${preset}"`);
  }
  if (typeof values.every === 'string') {
    o.every = parseInteger('--every', values.every, 1, MAX_TICKS, 'a positive integer', `at most ${MAX_TICKS}`);
  }
  if (typeof values.actions === 'string') o.actions = readActions(values.actions, preset);
  return o;
}

// ---- printing ----

type Column = [head: string, cell: (r: Indicators) => string];
const pct = (v: number): string => (v * 100).toFixed(1);
const COLUMNS: readonly Column[] = [
  ['tick', (r) => String(r.tick)],
  ['crowd', (r) => String(r.crowdSize)],
  ['act%', (r) => pct(r.activeFraction)],
  ['viol%', (r) => pct(r.violentFraction)],
  ['tension', (r) => r.tension.toFixed(1)],
  ['vRisk', (r) => r.violenceRisk.toFixed(1)],
  ['latent', (r) => r.latentTension.toFixed(3)],
  ['L', (r) => r.legitimacy.toFixed(3)],
  ['I', (r) => r.identification.toFixed(3)],
  ['E', (r) => r.arousal.toFixed(3)],
  ['rumor', (r) => r.rumorPrevalence.toFixed(3)],
  ['cred', (r) => r.credibility.toFixed(3)],
  ['safety', (r) => r.safetyRisk.toFixed(1)],
  ['ρmax', (r) => r.maxDensity.toFixed(2)],
  ['arrests', (r) => String(r.arrests)],
  ['injuries', (r) => String(r.injuries)],
];

function formatTable(r: RunResult, every: number): string {
  const rows = [COLUMNS.map(([h]) => h), ...r.series.map((s) => COLUMNS.map(([, f]) => f(s)))];
  const finalRow = COLUMNS.map(([, f]) => f(r.final));
  const widths = COLUMNS.map((_, c) => [...rows, finalRow].reduce((w, row) => Math.max(w, (row[c] as string).length), 0));
  const line = (row: readonly string[]): string => row.map((cell, c) => cell.padStart(widths[c] as number)).join('  ');
  const peaks = (['tension', 'violenceRisk', 'safetyRisk', 'rumorPrevalence'] as const)
    .map((k) => `${k} ${r.peaks[k].value} @ tick ${r.peaks[k].tick}`).join(' · ');
  return [
    `preset ${r.preset} · seed ${r.seed} · agents ${r.agents} · ticks ${r.ticks} · every ${every}`,
    ...rows.map(line),
    'final:',
    line(finalRow),
    `hash: ${r.hash}`,
    `peaks: ${peaks}`,
  ].join('\n');
}

/** Runs the CLI and returns its exit status: 0 ok, 2 bad input, 1 internal failure. */
export function main(argv: readonly string[]): number {
  try {
    const o = parseOptions(argv);
    if (o === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const { warnings, ...result } = runScript(o);
    for (const w of warnings) process.stderr.write(`sim: warning: ${w}\n`);
    process.stdout.write(o.json ? `${JSON.stringify(result)}\n` : `${formatTable(result, o.every ?? 10)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof SimInputError) {
      process.stderr.write(`sim: ${firstLine(e.message)}\n`);
      return 2;
    }
    process.stderr.write(`sim: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}

// Set the status instead of calling process.exit, so a large JSON output is flushed to a pipe.
process.exitCode = main(process.argv.slice(2));
