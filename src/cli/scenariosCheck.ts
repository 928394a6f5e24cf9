// `npm run scenarios:check [-- <scenario dirs…>] [--runs N] [--json] [--crowd aggregate|agents]`:
// compiles and validates each scenario, plays N seeded random playthroughs, and reports per scenario.

import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { buildScenario, formatProblem, SCENARIOS_DIR } from './scenarioBuild';
import { playRandomly, type ProgressListener } from './scenarioPlaythroughs';

const USAGE = 'usage: npm run scenarios:check -- [<scenario dir> …] [--runs N] [--json] [--crowd aggregate|agents]';

interface ScenarioReport {
  id: string;
  dir: string;
  knots: number;
  choices: number;
  decisionPoints: number;
  endings: { declared: string[]; reached: Record<string, number> };
  deadEnds: number;
  unreachableKnots: string[];
  errors: string[];
  scores: { min: number; median: number; max: number; bands: Record<string, number> };
  playthroughs: number;
  playthroughsPerSecond: number;
  workers: number;
  ok: boolean;
}

function fail(msg: string): never {
  process.stderr.write(`scenarios:check: ${msg}\n${USAGE}\n`);
  process.exit(2);
}

function defaultDirs(): string[] {
  if (!existsSync(SCENARIOS_DIR)) return [];
  return readdirSync(SCENARIOS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(SCENARIOS_DIR, d.name))
    .sort();
}

/**
 * On a terminal, a line on stderr counting the playthroughs (rewritten at most ten times a second):
 * with `--crowd agents` a run takes minutes. Off a terminal (CI logs, pipes) nothing is written.
 */
function progressLine(id: string, runs: number): { listener?: ProgressListener; clear(): void } {
  if (!process.stderr.isTTY) return { clear: () => {} };
  let last = -Infinity;
  return {
    listener: (played) => {
      const t = performance.now();
      if (t - last < 100) return;
      last = t;
      process.stderr.write(`\r  ${id}: ${played}/${runs} playthroughs …`);
    },
    clear: () => process.stderr.write('\r\x1b[K'),
  };
}

async function checkOne(dir: string, runs: number, crowd: 'aggregate' | 'agents'): Promise<ScenarioReport> {
  const built = buildScenario(path.resolve(dir));
  const dpIds = new Set(built.tags.filter((t) => /^dp\s*:/.test(t.text)).map((t) => t.text.split(':')[1]?.trim() ?? ''));
  const report: ScenarioReport = {
    id: built.bundle?.manifest.id ?? path.basename(dir), dir, knots: built.knots.length, choices: 0, decisionPoints: dpIds.size,
    endings: { declared: built.bundle?.manifest.endings.map((e) => e.id) ?? [], reached: {} }, deadEnds: 0, unreachableKnots: [],
    errors: built.problems.map(formatProblem), scores: { min: 0, median: 0, max: 0, bands: { 优秀: 0, 良好: 0, 合格: 0, 不合格: 0 } },
    playthroughs: 0, playthroughsPerSecond: 0, workers: 0, ok: false,
  };
  report.choices = built.choiceLines;
  if (!built.bundle) return report;
  const line = progressLine(report.id, runs);
  const rep = await playRandomly(built.bundle, runs, crowd, () => performance.now(), undefined, line.listener).finally(() => line.clear());
  report.endings.reached = rep.endings;
  report.deadEnds = rep.deadEnds;
  report.errors.push(...rep.errors, ...rep.deadEndExamples.map((e) => `dead end: ${e}`));
  const visited = new Set(rep.knots);
  report.unreachableKnots = built.knots.filter((k) => !visited.has(k));
  report.scores = rep.scores;
  report.playthroughs = runs;
  report.playthroughsPerSecond = Math.round(runs / Math.max(rep.seconds, 1e-9));
  report.workers = rep.workers;
  const missing = report.endings.declared.filter((e) => !rep.endings[e]);
  for (const e of missing) report.errors.push(`ending "${e}" is declared but no playthrough reached it`);
  report.ok = report.errors.length === 0 && report.deadEnds === 0;
  return report;
}

function printHuman(r: ScenarioReport): void {
  const out = process.stdout;
  out.write(`${r.ok ? 'ok  ' : 'FAIL'} ${r.id} (${r.dir})\n`);
  out.write(`  knots ${r.knots}, choices ${r.choices}, decision points ${r.decisionPoints}\n`);
  const reached = r.endings.declared.map((e) => `${e} ${r.endings.reached[e] ?? 0}`).join(', ');
  out.write(`  endings ${Object.keys(r.endings.reached).length}/${r.endings.declared.length} reached: ${reached}\n`);
  out.write(`  dead ends ${r.deadEnds}; unreachable knots ${r.unreachableKnots.length}${r.unreachableKnots.length ? `: ${r.unreachableKnots.join(', ')}` : ''}\n`);
  const b = r.scores.bands;
  out.write(`  scores min ${r.scores.min} / median ${r.scores.median} / max ${r.scores.max}; 优秀 ${b['优秀']} 良好 ${b['良好']} 合格 ${b['合格']} 不合格 ${b['不合格']}\n`);
  out.write(`  ${r.playthroughs} playthroughs, ${r.playthroughsPerSecond} per second (${r.workers} threads)\n`);
  for (const e of r.errors) out.write(`  error: ${e}\n`);
}

async function main(argv: readonly string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: { runs: { type: 'string' }, json: { type: 'boolean' }, crowd: { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (e) {
    fail((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '');
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const runs = parsed.values.runs === undefined ? 500 : Number(parsed.values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 1_000_000) fail(`--runs must be an integer ≥ 1, got "${parsed.values.runs}"`);
  const crowd = parsed.values.crowd ?? 'aggregate';
  if (crowd !== 'aggregate' && crowd !== 'agents') fail(`--crowd must be aggregate or agents, got "${crowd}"`);
  const dirs = parsed.positionals.length > 0 ? parsed.positionals : defaultDirs();
  if (dirs.length === 0) fail(`no scenarios found in ${SCENARIOS_DIR}/`);
  const reports: ScenarioReport[] = [];
  for (const d of dirs) {
    const r = await checkOne(d, runs, crowd);
    if (!parsed.values.json) printHuman(r);
    reports.push(r);
  }
  const ok = reports.every((r) => r.ok);
  if (parsed.values.json) {
    const scenarios = reports.map((r) => ({
      id: r.id, dir: r.dir, knots: r.knots, choices: r.choices, decisionPoints: r.decisionPoints,
      endings: { declared: r.endings.declared.length, reached: Object.keys(r.endings.reached).length, counts: r.endings.reached },
      deadEnds: r.deadEnds, unreachableKnots: r.unreachableKnots, errors: r.errors, scores: r.scores,
      playthroughs: r.playthroughs, playthroughsPerSecond: r.playthroughsPerSecond, workers: r.workers,
    }));
    process.stdout.write(`${JSON.stringify({ ok, crowd, scenarios })}\n`);
  }
  process.exitCode = ok ? 0 : 1;
}

await main(process.argv.slice(2));
