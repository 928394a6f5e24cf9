// The scenario tools as a user runs them: scenarios:check, drill and score, with their exit codes
// and messages (spawned through tsx, as `npm run` does).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const run = (script: string, args: string[]) => spawnSync(TSX, [path.join(ROOT, 'src/cli', script), ...args], { cwd: ROOT, encoding: 'utf8' });
const MINI = 'tests/fixtures/scenarios/mini';

describe('scenario CLIs', () => {
  it('scenarios:check fails an unknown tag and a bad department with file:line', () => {
    const r = run('scenariosCheck.ts', ['tests/fixtures/scenarios/bad-tag', '--runs', '5']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('tests/fixtures/scenarios/bad-tag/story.ink:19: unknown tag "teleport"');
    expect(r.stdout).toContain('tests/fixtures/scenarios/bad-tag/story.ink:17: "callDepartment": unknown department "police-choir"');
  });

  it('scenarios:check --json reports a sound scenario', () => {
    const r = run('scenariosCheck.ts', [MINI, '--runs', '60', '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { ok: boolean; scenarios: { id: string; decisionPoints: number; endings: { declared: number; reached: number }; deadEnds: number; errors: string[] }[] };
    expect(out.ok).toBe(true);
    expect(out.scenarios[0]).toMatchObject({ id: 'mini', decisionPoints: 2, endings: { declared: 3, reached: 3 }, deadEnds: 0, errors: [] });
  });

  it('scenarios:check rejects bad arguments with exit 2', () => {
    const r = run('scenariosCheck.ts', [MINI, '--runs', 'many']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--runs must be an integer/);
  });

  it('drill writes a result that score verifies, and an edited score is reported as altered', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shapan-'));
    const out = path.join(dir, 'r.json');
    const d = run('drill.ts', ['--scenario', MINI, '--seed', '3', '--choices', 'auto:random', '--trainee', '李四', '--out', out]);
    expect(d.stderr).toBe('');
    expect(d.status).toBe(0);
    const ok = run('score.ts', [out, '--scenario', MINI]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^verified: mini 0\.1\.0, seed 3, 李四: /);
    const r = JSON.parse(readFileSync(out, 'utf8')) as { score: { total: number } };
    r.score.total = r.score.total > 50 ? 10 : 95;
    writeFileSync(out, JSON.stringify(r));
    const bad = run('score.ts', [out, '--scenario', MINI]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/altered/);
    writeFileSync(out, '{"kind": "something-else"}');
    const foreign = run('score.ts', [out, '--scenario', MINI]);
    expect(foreign.status).toBe(1);
    expect(foreign.stderr).toMatch(/not a Shapan result file/);
  });

  it('drill explains a choices file that runs out', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'shapan-'));
    const choices = path.join(dir, 'c.json');
    writeFileSync(choices, '[0]');
    const r = run('drill.ts', ['--scenario', MINI, '--seed', '1', '--choices', choices, '--out', path.join(dir, 'r.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/the choice list ran out at decision 2/);
  });
});
