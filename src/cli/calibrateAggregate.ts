// `npx tsx src/cli/calibrateAggregate.ts [--write]`: compares the aggregate surrogate with the full agent
// model on the calibration scripts. --write runs the (slow) full model and saves tests/fixtures/aggregateReference.json.

import { readFileSync, writeFileSync } from 'node:fs';
import { createAggregateSim, createSim } from '../sim/index';
import type { ScenarioPresetName } from '../sim/types';
import {
  CALIBRATION_AGENTS, CALIBRATION_SCRIPTS, CALIBRATION_SEEDS, CHECK_TICKS, COMPARED, meanRecord, recordScript,
  type ReferenceTable,
} from '../sim/aggregate/calibrationScripts';

const FIXTURE = 'tests/fixtures/aggregateReference.json';
const PRESETS: readonly ScenarioPresetName[] = ['taxi', 'rent', 'housing'];
const round = (v: number, d = 4): number => Math.round(v * 10 ** d) / 10 ** d;

function runAll(make: (preset: ScenarioPresetName, seed: number) => Parameters<typeof recordScript>[0]): ReferenceTable {
  const table: ReferenceTable = {};
  for (const preset of PRESETS) {
    table[preset] = {};
    for (const s of CALIBRATION_SCRIPTS) {
      const recs = CALIBRATION_SEEDS.map((seed) => recordScript(make(preset, seed), s.items(preset)));
      const m = meanRecord(recs);
      for (const k of COMPARED) m[k] = m[k]!.map((v) => round(v));
      table[preset]![s.name] = m;
      process.stderr.write(`${preset} ${s.name}\n`);
    }
  }
  return table;
}

const write = process.argv.includes('--write');
let full: ReferenceTable;
if (write) {
  full = runAll((preset, seed) => createSim({ preset, seed, agents: CALIBRATION_AGENTS[preset] }));
  const doc = { note: 'Full-model means over seeds 1-3 (src/sim/aggregate/calibrationScripts.ts); regenerate with npx tsx src/cli/calibrateAggregate.ts --write', checkTicks: CHECK_TICKS, table: full };
  writeFileSync(FIXTURE, `${JSON.stringify(doc)}\n`);
  if (process.argv.includes('--only-full')) process.exit(0);
} else {
  full = (JSON.parse(readFileSync(FIXTURE, 'utf8')) as { table: ReferenceTable }).table;
}
const agg = runAll((preset, seed) => createAggregateSim({ preset, seed, agents: CALIBRATION_AGENTS[preset] }));

// Table: per preset and script, full → surrogate at each check tick; then the effect-sign comparison.
const KEYS = COMPARED;
let mismatches = 0;
const lines: string[] = [];
for (const preset of PRESETS) {
  lines.push(`\n== ${preset} (full | surrogate at ticks ${CHECK_TICKS.join('/')})`);
  for (const s of CALIBRATION_SCRIPTS) {
    const f = full[preset]![s.name]!;
    const a = agg[preset]![s.name]!;
    const cells = KEYS.map((k) => `${k.slice(0, 6)} ${f[k]!.map((v) => round(v, 2)).join('/')} | ${a[k]!.map((v) => round(v, 2)).join('/')}`);
    lines.push(`${s.name.padEnd(16)} ${cells.join('  ')}`);
    if (s.name === s.reference) continue;
    const fr = full[preset]![s.reference]!;
    const ar = agg[preset]![s.reference]!;
    const eff: string[] = [];
    for (const k of ['tension', 'legitimacy', 'rumorPrevalence', 'activeFraction', 'violentFraction', 'safetyRisk'] as const) {
      const fe = f[k]!.map((v, j) => v - (fr[k]![j] as number));
      const ae = a[k]!.map((v, j) => v - (ar[k]![j] as number));
      const bad = fe.some((v, j) => isLarge(k, v) && Math.sign(v) !== Math.sign(ae[j] as number));
      if (bad && (k === 'tension' || k === 'legitimacy' || k === 'rumorPrevalence')) mismatches++;
      eff.push(`${k.slice(0, 6)}${bad ? '!' : ' '} ${fe.map((v) => round(v, 3)).join('/')} | ${ae.map((v) => round(v, 3)).join('/')}`);
    }
    lines.push(`  effect vs ${s.reference}: ${eff.join('  ')}`);
  }
}
console.log(lines.join('\n'));
console.log(JSON.stringify({ signMismatches: mismatches }));

/** An effect large enough that its sign must match (small ones are seed noise). */
function isLarge(k: string, v: number): boolean {
  const tol: Record<string, number> = { tension: 0.5, legitimacy: 0.005, rumorPrevalence: 0.02, activeFraction: 0.01, violentFraction: 0.005, safetyRisk: 2 };
  return Math.abs(v) > (tol[k] ?? 0);
}
