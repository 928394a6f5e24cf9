// Result files: what an assessment leaves for the instructor (inputs + computed score), parsed by a
// schema and verified by replaying the inputs. Browser-safe; writing to disk is the caller's job.

import * as v from 'valibot';
import { hashLog, replayDrill } from '../drill';
import type { ScenarioBundle } from '../scenario';
import { scoreDrill, type Score } from '../scoring';
import { RESULT_KIND, RESULT_SCHEMA_VERSION, type ResultFile } from './resultFormat';

export { RESULT_KIND, RESULT_SCHEMA_VERSION, serializeResultFile, type ResultFile } from './resultFormat';

const TraineeSchema = v.strictObject({ name: v.string(), unit: v.string(), id: v.string() });
const InputSchema = v.looseObject({ tick: v.pipe(v.number(), v.integer(), v.minValue(0)), kind: v.picklist(['choice', 'action', 'rationale']) });

const ResultSchema = v.strictObject({
  kind: v.literal(RESULT_KIND),
  schemaVersion: v.number(),
  appVersion: v.string(),
  scenario: v.strictObject({ id: v.string(), version: v.string(), contentHash: v.string() }),
  seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(4294967295)),
  crowd: v.picklist(['agents', 'aggregate']),
  language: v.optional(v.picklist(['zh', 'en'])),
  mode: v.picklist(['practice', 'assessment']),
  trainee: TraineeSchema,
  startedAt: v.string(),
  finishedAt: v.string(),
  inputs: v.array(InputSchema),
  endTick: v.pipe(v.number(), v.integer(), v.minValue(0)),
  logHash: v.string(),
  score: v.looseObject({ total: v.number(), band: v.string() }),
});

/** A file that is not a readable Shapan result (malformed JSON, another format, a newer schema). */
export class ResultFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResultFileError';
  }
}

/** Parses result file text; throws ResultFileError naming what is wrong. */
export function parseResultFile(text: string): ResultFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ResultFileError('not a result file: the text is not valid JSON (truncated or damaged?)');
  }
  if (typeof raw !== 'object' || raw === null || (raw as Record<string, unknown>)['kind'] !== RESULT_KIND) {
    throw new ResultFileError(`not a Shapan result file (expected "kind": "${RESULT_KIND}")`);
  }
  const r = v.safeParse(ResultSchema, raw);
  if (!r.success) {
    const i = r.issues[0];
    const where = (i?.path ?? []).map((p) => String(p.key)).join('.') || '(top level)';
    throw new ResultFileError(`malformed result file: ${where}: ${i?.message ?? 'invalid'}`);
  }
  if (r.output.schemaVersion > RESULT_SCHEMA_VERSION) {
    throw new ResultFileError(`result file schema ${r.output.schemaVersion} is newer than this app understands (${RESULT_SCHEMA_VERSION})`);
  }
  return r.output as unknown as ResultFile;
}

export type Verification =
  | { ok: true; score: Score; logHash: string }
  | { ok: false; reason: 'altered'; detail: string; score: Score; logHash: string }
  | { ok: false; reason: 'wrongScenario' | 'unreplayable'; detail: string };

/** JSON with object keys sorted, so that equal values compare equal whatever their key order. */
function canonicalJson(x: unknown): string {
  return JSON.stringify(x, (_k, val: unknown) =>
    val !== null && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : val,
  );
}

/** Replays a result's inputs on `scenario` and compares the recomputed score and log with the file's. */
export function verifyResult(r: ResultFile, scenario: ScenarioBundle): Verification {
  const m = scenario.manifest;
  if (r.scenario.id !== m.id) return { ok: false, reason: 'wrongScenario', detail: `the file is for scenario "${r.scenario.id}", not "${m.id}"` };
  if (r.scenario.contentHash !== scenario.contentHash) {
    return { ok: false, reason: 'wrongScenario', detail: `the file was made with version ${r.scenario.version} (${r.scenario.contentHash}); this scenario is ${m.version} (${scenario.contentHash})` };
  }
  let logHash: string;
  let score: Score;
  try {
    const drill = replayDrill({ scenario, seed: r.seed, crowd: r.crowd, language: r.language ?? 'zh' }, r.inputs, r.endTick);
    logHash = hashLog(drill.log);
    score = scoreDrill(m, drill.log);
  } catch (e) {
    return { ok: false, reason: 'unreplayable', detail: e instanceof Error ? e.message : String(e) };
  }
  if (logHash !== r.logHash) return { ok: false, reason: 'altered', detail: `the inputs replay to log ${logHash}, the file says ${r.logHash}`, score, logHash };
  if (canonicalJson(score) !== canonicalJson(r.score)) {
    return { ok: false, reason: 'altered', detail: `the recorded score (${r.score.total}) differs from the replayed score (${score.total})`, score, logHash };
  }
  return { ok: true, score, logHash };
}
