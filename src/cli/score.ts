// `npm run score -- <result.json>`: replays a result file's inputs on its scenario and prints the
// verified score; exits 1 with "altered" when the recorded score or log differs from the replay.

import { existsSync, readFileSync } from 'node:fs';
import { parseResultFile, ResultFileError, verifyResult } from '../persist';
import type { Score } from '../scoring';
import { buildScenario, formatProblem, resolveScenarioDir } from './scenarioBuild';

const USAGE = 'usage: npm run score -- <result.json> [--scenario <id|dir>]';

function fail(msg: string, code: number): never {
  process.stderr.write(`score: ${msg}\n`);
  if (code === 2) process.stderr.write(`${USAGE}\n`);
  process.exit(code);
}

function printScore(s: Score): void {
  const out = process.stdout;
  for (const c of s.categories) {
    out.write(`  ${c.title.zh} ${c.score}/${c.weight}\n`);
  }
  if (s.bonus.earned > 0) out.write(`  加分 +${s.bonus.earned}\n`);
  if (s.redLines.length) out.write(`  红线 ${s.redLines.map((r) => r.id).join(', ')}: 封顶\n`);
  if (s.instructorPending > 0) out.write(`  待教官评分 ${s.instructorPending} 分\n`);
}

function main(argv: readonly string[]): void {
  const args = [...argv];
  let scenarioArg: string | undefined;
  const si = args.indexOf('--scenario');
  if (si >= 0) {
    scenarioArg = args[si + 1];
    if (!scenarioArg) fail('--scenario needs a value', 2);
    args.splice(si, 2);
  }
  if (args.length !== 1 || args[0]?.startsWith('--')) fail('give exactly one result file', 2);
  const file = args[0] as string;
  if (!existsSync(file)) fail(`no such file "${file}"`, 2);
  let result;
  try {
    result = parseResultFile(readFileSync(file, 'utf8'));
  } catch (e) {
    if (e instanceof ResultFileError) fail(`${file}: ${e.message}`, 1);
    throw e;
  }
  const built = buildScenario(resolveScenarioDir(scenarioArg ?? result.scenario.id));
  if (!built.bundle) fail(`scenario "${scenarioArg ?? result.scenario.id}" cannot be loaded:\n${built.problems.map(formatProblem).join('\n')}`, 1);
  const v = verifyResult(result, built.bundle);
  if (!v.ok && v.reason === 'altered') {
    fail(`${file}: altered — ${v.detail}; the replayed score is ${v.score.total} ${v.score.band}`, 1);
  }
  if (!v.ok) fail(`${file}: ${v.detail}`, 1);
  const t = result.trainee;
  process.stdout.write(
    `verified: ${result.scenario.id} ${result.scenario.version}, seed ${result.seed}, ${t.name || '(no name)'}${t.unit ? `, ${t.unit}` : ''}: ` +
      `${v.score.total} ${v.score.band} (log ${v.logHash})\n`,
  );
  printScore(v.score);
}

main(process.argv.slice(2));
