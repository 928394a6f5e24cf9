// `npm run drill -- --scenario <id|dir> --seed <n> --choices <file.json|auto:first|auto:random>
//  [--trainee <name>] [--unit <unit>] [--crowd agents|aggregate] --out <result.json>`:
// a headless playthrough that writes the same result file the browser's assessment mode writes.

import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Drill, hashLog, playHeadless, firstChoice, randomChoices, scriptedChoices, type ChoicePolicy, type CrowdFidelity } from '../drill';
import { RESULT_KIND, RESULT_SCHEMA_VERSION, serializeResultFile, type ResultFile } from '../persist';
import { scoreDrill } from '../scoring';
import { buildScenario, formatProblem, resolveScenarioDir } from './scenarioBuild';
import { writeFileAtomic } from './resultFileNode';
import { appVersion } from './appVersion';

const USAGE =
  'usage: npm run drill -- --scenario <id|dir> --seed <n> --choices <file.json|auto:first|auto:random> [--trainee <name>] [--unit <unit>] [--lang zh|en] [--crowd agents|aggregate] --out <result.json>';

function fail(msg: string, code = 2): never {
  process.stderr.write(`drill: ${msg}\n`);
  if (code === 2) process.stderr.write(`${USAGE}\n`);
  process.exit(code);
}

function choicePolicy(spec: string, seed: number): ChoicePolicy {
  if (spec === 'auto:first') return firstChoice;
  if (spec === 'auto:random') return randomChoices(seed);
  if (!existsSync(spec)) fail(`--choices: no such file "${spec}" (or use auto:first, auto:random)`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(spec, 'utf8'));
  } catch {
    fail(`--choices: "${spec}" is not valid JSON`);
  }
  const list = Array.isArray(raw) ? raw : (raw as { choices?: unknown })?.choices;
  if (!Array.isArray(list) || !list.every((x) => Number.isInteger(x) && (x as number) >= 0)) {
    fail(`--choices: "${spec}" must hold an array of choice indices (0-based), or {"choices": [...]}`);
  }
  return scriptedChoices(list as number[]);
}

function main(argv: readonly string[]): void {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv], strict: true, allowPositionals: false,
      options: {
        scenario: { type: 'string' }, seed: { type: 'string' }, choices: { type: 'string' }, trainee: { type: 'string' },
        unit: { type: 'string' }, 'trainee-id': { type: 'string' }, crowd: { type: 'string' }, out: { type: 'string' },
        mode: { type: 'string' }, lang: { type: 'string' },
      },
    }));
  } catch (e) {
    fail((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '');
  }
  if (!values.scenario) fail('--scenario is required');
  if (!values.out) fail('--out is required');
  const seed = Number(values.seed ?? 'x');
  if (!Number.isInteger(seed) || seed < 0 || seed > 4294967295) fail(`--seed must be an integer 0 … 4294967295, got "${values.seed}"`);
  const crowd = (values.crowd ?? 'agents') as CrowdFidelity;
  if (crowd !== 'agents' && crowd !== 'aggregate') fail(`--crowd must be agents or aggregate, got "${values.crowd}"`);
  const mode = values.mode ?? 'assessment';
  if (mode !== 'assessment' && mode !== 'practice') fail(`--mode must be assessment or practice, got "${mode}"`);
  const language = values.lang ?? 'zh';
  if (language !== 'zh' && language !== 'en') fail(`--lang must be zh or en, got "${values.lang}"`);
  const policy = choicePolicy(values.choices ?? 'auto:first', seed);

  const built = buildScenario(resolveScenarioDir(values.scenario));
  if (!built.bundle) fail(`scenario "${values.scenario}" has problems:\n${built.problems.map(formatProblem).join('\n')}`, 1);
  const bundle = built.bundle;
  const startedAt = new Date().toISOString();
  let drill: Drill;
  try {
    drill = playHeadless(new Drill({ scenario: bundle, seed, crowd, language }), policy);
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e), 1);
  }
  const score = scoreDrill(bundle.manifest, drill.log);
  const m = bundle.manifest;
  const result: ResultFile = {
    kind: RESULT_KIND, schemaVersion: RESULT_SCHEMA_VERSION, appVersion: appVersion(),
    scenario: { id: m.id, version: m.version, contentHash: bundle.contentHash }, seed, crowd, language, mode,
    trainee: { name: values.trainee ?? '', unit: values.unit ?? '', id: values['trainee-id'] ?? '' },
    startedAt, finishedAt: new Date().toISOString(), inputs: [...drill.inputs], endTick: drill.tick, logHash: hashLog(drill.log), score,
  };
  writeFileAtomic(values.out, serializeResultFile(result));
  const end = drill.ended;
  process.stdout.write(
    `${m.id} seed ${seed}: ending ${end?.ending ?? `(${end?.reason})`} at ${drill.clock}; score ${score.total} ${score.band}` +
      `${score.redLines.length ? ` (red lines ${score.redLines.map((r) => r.id).join(', ')})` : ''}; log ${result.logHash}; wrote ${values.out}\n`,
  );
}

main(process.argv.slice(2));
