// Result files: written by a headless drill, verified by replay; altered, corrupted and foreign
// files are told apart with clear reasons.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildScenario } from '../../src/cli/scenarioBuild';
import { Drill, hashLog, playHeadless, scriptedChoices } from '../../src/drill';
import { parseResultFile, RESULT_KIND, ResultFileError, serializeResultFile, verifyResult, type ResultFile } from '../../src/persist';
import { scoreDrill } from '../../src/scoring';

const built = buildScenario(path.resolve(__dirname, '../fixtures/scenarios/mini'));
if (!built.bundle) throw new Error('mini fixture does not build');
const scenario = built.bundle;

function result(): ResultFile {
  const d = playHeadless(new Drill({ scenario, seed: 7 }), scriptedChoices([0, 0, 0]));
  return {
    kind: RESULT_KIND, schemaVersion: 1, appVersion: 'test', scenario: { id: 'mini', version: '0.1.0', contentHash: scenario.contentHash },
    seed: 7, crowd: 'agents', mode: 'assessment', trainee: { name: '张三', unit: '城关派出所', id: '001' },
    startedAt: '2026-11-25T09:00:00Z', finishedAt: '2026-11-25T09:20:00Z', inputs: [...d.inputs], endTick: d.tick,
    logHash: hashLog(d.log), score: scoreDrill(scenario.manifest, d.log),
  };
}

describe('result files', () => {
  const good = serializeResultFile(result());

  it('round-trips and verifies by replay', () => {
    const r = parseResultFile(good);
    const v = verifyResult(r, scenario);
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.score.total).toBe(r.score.total);
  });

  it('flags an edited score as altered', () => {
    const r = JSON.parse(good) as ResultFile;
    r.score.total += 10;
    const v = verifyResult(parseResultFile(JSON.stringify(r)), scenario);
    expect(v).toMatchObject({ ok: false, reason: 'altered' });
  });

  it('flags edited inputs as altered (the replay differs from the recorded log)', () => {
    const r = JSON.parse(good) as ResultFile;
    r.inputs = r.inputs.map((i) => (i.kind === 'choice' && i.index === 0 && i.tick > 6 ? { ...i, index: 1 } : i));
    const v = verifyResult(parseResultFile(JSON.stringify(r)), scenario);
    expect(v.ok).toBe(false);
  });

  it('rejects damaged, foreign and future files with a clear message', () => {
    expect(() => parseResultFile(good.slice(0, 200))).toThrow(ResultFileError);
    expect(() => parseResultFile(good.slice(0, 200))).toThrow(/not valid JSON/);
    expect(() => parseResultFile('{"hello": 1}')).toThrow(/not a Shapan result file/);
    const r = JSON.parse(good) as Record<string, unknown>;
    expect(() => parseResultFile(JSON.stringify({ ...r, seed: -1 }))).toThrow(/malformed result file: seed/);
    expect(() => parseResultFile(JSON.stringify({ ...r, schemaVersion: 99 }))).toThrow(/newer/);
  });

  it('refuses a result made on another version of the scenario', () => {
    const r = parseResultFile(good);
    const v = verifyResult(r, { ...scenario, contentHash: '0000000000000000' });
    expect(v).toMatchObject({ ok: false, reason: 'wrongScenario' });
  });
});
