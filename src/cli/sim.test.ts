// Runs the `sim` CLI as a child process (node + the tsx loader) from a scratch directory holding the
// action files, and checks the exit status and the one-line messages of crowd-model.md §10.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'src/cli/sim.ts');
const tsxLoader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
  const files: Record<string, string> = {
    'bad.json': '[{"tick": 0, "command": "apologize", "args": {}},}]',
    'object.json': '{"tick": 0, "command": "apologize", "args": {}}',
    'unknown.json': JSON.stringify([
      { tick: 0, command: 'apologize', args: {} }, { tick: 1, command: 'apologize', args: {} },
      { tick: 2, command: 'apologize', args: {} }, { tick: 3, command: 'arrestAll', args: {} },
    ]),
    'zone.json': JSON.stringify([
      { tick: 0, command: 'apologize', args: {} }, { tick: 1, command: 'apologize', args: {} },
      { tick: 2, command: 'deploy', args: { posture: 'uniform', count: 5, zone: 'plaza' } },
    ]),
    'remedy.json': JSON.stringify([
      ...[0, 1, 2, 3, 4].map((tick) => ({ tick, command: 'apologize', args: {} })),
      { tick: 5, command: 'commit', args: { credible: true, remedy: 1.5 } },
    ]),
    'zone-ok.json': JSON.stringify([{ tick: 0, command: 'deploy', args: { posture: 'uniform', count: 6, zone: 'square' } }]),
    'speak.json': JSON.stringify([{ tick: 0, command: 'speak', args: { tone: 'harsh' } }]),
    'cops.json': JSON.stringify([
      { tick: 2, command: 'withdraw', args: { count: 20 } },
      { tick: 10, command: 'deploy', args: { posture: 'riot', count: 5, zone: 'world' } },
      { tick: 99, command: 'withdraw', args: { count: 1 } },
    ]),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', tsxLoader, cli, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Exit 2, nothing on stdout, exactly one line on stderr. */
function expectInputError(args: string[], line: string | RegExp): void {
  const r = sim(...args);
  expect(r.status, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.endsWith('\n') && r.stderr.indexOf('\n') === r.stderr.length - 1, r.stderr).toBe(true);
  if (typeof line === 'string') expect(r.stderr).toBe(`${line}\n`);
  else expect(r.stderr.trimEnd()).toMatch(line);
}

const base = ['--seed', '7', '--ticks', '20'];

describe('sim CLI: bad input exits 2 with one line', () => {
  it('unknown preset', () => {
    expectInputError(['--preset', 'taxy', ...base], 'sim: unknown preset "taxy" (expected taxi, rent, housing, epstein)');
  });

  it('missing, unknown or repeated flags and stray arguments', () => {
    expectInputError(['--preset', 'taxi', '--ticks', '5'], /^sim: --seed is required/);
    expectInputError(['--preset', 'taxi', ...base, '--speed', '3'], /^sim: unknown option "--speed" \(expected --preset, /);
    expectInputError(['--preset', 'taxi', ...base, '--ticks', '30'], 'sim: --ticks is given more than once');
    expectInputError(['--preset', 'taxi', ...base, 'extra'], /^sim: unexpected argument "extra"/);
    expectInputError(['--preset', 'taxi', '--seed', '7', '--ticks'], 'sim: --ticks needs a value');
    expectInputError(['--preset', 'taxi', ...base, '--json=yes'], 'sim: --json takes no value');
  });

  it('negative ticks, in both spellings', () => {
    expectInputError(['--preset', 'taxi', '--seed', '1', '--ticks', '-5'], 'sim: --ticks must be a non-negative integer, got "-5"');
    expectInputError(['--preset', 'taxi', '--seed', '1', '--ticks=-5'], 'sim: --ticks must be a non-negative integer, got "-5"');
  });

  it('ranges of --ticks, --seed, --agents, --every', () => {
    expectInputError(['--preset', 'taxi', '--seed', '1', '--ticks', '1000001'], 'sim: --ticks must be at most 1000000, got "1000001"');
    expectInputError(['--preset', 'taxi', '--seed', '1', '--ticks', '2.5'], 'sim: --ticks must be a non-negative integer, got "2.5"');
    expectInputError(['--preset', 'taxi', '--seed', '4294967296', '--ticks', '5'],
      'sim: --seed must be an integer in 0 … 4294967295, got "4294967296"');
    expectInputError(['--preset', 'taxi', '--seed', '0x10', '--ticks', '5'], /^sim: --seed must be an integer in 0 … 4294967295, got "0x10"$/);
    expectInputError(['--preset', 'taxi', ...base, '--agents', '49'],
      'sim: --agents must be an integer in 50 … 20000 for preset "taxi", got "49"');
    expectInputError(['--preset', 'epstein', ...base, '--agents', '40001'],
      'sim: --agents must be an integer in 10 … 40000 for preset "epstein", got "40001"');
    expectInputError(['--preset', 'taxi', ...base, '--every', '0'], 'sim: --every must be a positive integer, got "0"');
  });

  it('actions file: missing, not JSON, not an array', () => {
    expectInputError(['--preset', 'taxi', ...base, '--actions', 'drill.json'], 'sim: cannot read actions file "drill.json": no such file');
    expectInputError(['--preset', 'taxi', ...base, '--actions', 'bad.json'], /^sim: bad\.json is not valid JSON: .+/);
    expectInputError(['--preset', 'taxi', ...base, '--actions', 'object.json'], 'sim: object.json: expected an array of {tick, command, args}');
  });

  it('actions file: bad command, zone, remedy; a command epstein does not support', () => {
    expectInputError(['--preset', 'taxi', ...base, '--actions', 'unknown.json'],
      'sim: unknown.json[3]: unknown command "arrestAll" (expected deploy, withdraw, setPosture, isolate, arrest, disperse, speak, meetRepresentatives, commit, apologize, release, broadcast)');
    expectInputError(['--preset', 'taxi', ...base, '--actions', 'zone.json'],
      'sim: zone.json[2].args.zone: unknown zone "plaza" for preset "taxi" (expected gate, square, road)');
    expectInputError(['--preset', 'rent', ...base, '--actions', 'remedy.json'],
      'sim: remedy.json[5].args.remedy: must be a number in [0, 1], got 1.5');
    expectInputError(['--preset', 'epstein', ...base, '--actions', 'speak.json'],
      'sim: speak.json[0]: command "speak" is not supported by preset "epstein"');
  });
});

describe('sim CLI: runs', () => {
  const json = (...args: string[]): { status: number | null; out: Record<string, unknown>; stderr: string } => {
    const r = sim(...args, '--json');
    expect(r.status, r.stderr).toBe(0);
    return { status: r.status, out: JSON.parse(r.stdout) as Record<string, unknown>, stderr: r.stderr };
  };

  it('same seed → same output; seed 8 differs from seed 7', () => {
    const a = json('--preset', 'epstein', '--seed', '7', '--ticks', '30', '--every', '5');
    const b = json('--preset', 'epstein', '--seed', '7', '--ticks', '30', '--every', '5');
    const c = json('--preset', 'epstein', '--seed', '8', '--ticks', '30', '--every', '5');
    expect(Object.keys(a.out)).toEqual(['preset', 'seed', 'ticks', 'agents', 'hash', 'series', 'final', 'peaks']);
    expect(a.out['hash']).toMatch(/^[0-9a-f]{8}$/);
    expect(b.out).toEqual(a.out);
    expect(c.out['hash']).not.toBe(a.out['hash']);
    expect((a.out['series'] as { tick: number }[]).map((s) => s.tick)).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(a.stderr).toBe('');
  });

  it('--ticks 0 prints the initial state', () => {
    const { out } = json('--preset', 'epstein', '--seed', '7', '--ticks', '0', '--agents', '500');
    expect(out['agents']).toBe(500);
    expect(out['series']).toEqual([out['final']]);
    expect((out['final'] as { tick: number; crowdSize: number })).toMatchObject({ tick: 0, crowdSize: 500 });
  });

  it('commands at or after --ticks: one warning line, still exit 0; the actions change the run', () => {
    const r = json('--preset', 'epstein', '--seed', '7', '--ticks', '40', '--actions', 'cops.json');
    expect(r.stderr).toBe('sim: warning: 1 command scheduled at or after tick 40 not applied (withdraw@99)\n');
    const plain = json('--preset', 'epstein', '--seed', '7', '--ticks', '40');
    expect(r.out['hash']).not.toBe(plain.out['hash']);
  });

  it('prints a readable table with the hash and peaks', () => {
    const r = sim('--preset', 'epstein', '--seed', '7', '--ticks', '20');
    expect(r.status, r.stderr).toBe(0);
    const hash = (json('--preset', 'epstein', '--seed', '7', '--ticks', '20').out['hash']) as string;
    expect(r.stdout).toContain(`hash: ${hash}`);
    expect(r.stdout).toMatch(/tick\s+crowd\s+act%\s+viol%\s+tension\s+vRisk\s+latent\s+L\s+I\s+E\s+rumor\s+cred\s+safety\s+ρmax\s+arrests\s+injuries/);
    expect(r.stdout).toMatch(/peaks: tension .* violenceRisk .* safetyRisk .* rumorPrevalence /);
  });

  it('scenario preset: --agents sets the crowd; seeds differ', () => {
    const a = json('--preset', 'taxi', '--seed', '7', '--ticks', '10', '--agents', '100', '--actions', 'zone-ok.json');
    const b = json('--preset', 'taxi', '--seed', '8', '--ticks', '10', '--agents', '100', '--actions', 'zone-ok.json');
    expect(a.out['agents']).toBe(100);
    expect((a.out['final'] as { tick: number }).tick).toBe(10);
    expect(b.out['hash']).not.toBe(a.out['hash']);
  });
});
