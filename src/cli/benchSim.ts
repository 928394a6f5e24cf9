// `npm run bench:sim`: ms per social tick of the scenario presets under the §9.1 stress protocol, and heap
// growth over a long run. The benchmark reads the clock; the sim never does. JSON on stdout, progress on stderr.

import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createSim } from '../sim/index';
import type { Command, ScenarioPresetName, Sim } from '../sim/types';

const PRESETS: readonly ScenarioPresetName[] = ['taxi', 'rent', 'housing'];
const AGENTS: readonly number[] = [500, 2000, 5000, 10000];
const FOCAL_ZONE: Record<ScenarioPresetName, string> = { taxi: 'square', rent: 'plaza', housing: 'salesOffice' };
const SEED = 1;
const WARM_UP = 100;
const TIMED = 400;
const HEAP = { preset: 'taxi', agents: 2000, first: 1000, last: 10000 } as const;

/** The §9.1 stress script: commands by boundary tick. */
function stressScript(preset: ScenarioPresetName, agents: number): Map<number, Command[]> {
  const zone = FOCAL_ZONE[preset];
  return new Map<number, Command[]>([
    [0, [
      { command: 'deploy', args: { posture: 'uniform', count: Math.round(0.06 * agents), zone } }, // baseline B
      { command: 'deploy', args: { posture: 'liaison', count: 20, zone } },
      { command: 'release', args: { channel: 'official', transparency: 0.8 } },
    ]],
    [20, [{ command: 'speak', args: { tone: 'empathetic' } }]],
    [50, [{ command: 'deploy', args: { posture: 'riot', count: 30, zone } }]],
    [100, [{ command: 'deploy', args: { posture: 'cordon', count: 30, zone } }]],
    [200, [{ command: 'disperse', args: { zone, ticks: 20 } }]],
  ]);
}

/** Applies the boundary's commands, then steps; returns the wall time of both in ms. */
function timedTick(sim: Sim, script: Map<number, Command[]>): number {
  const t0 = performance.now();
  for (const c of script.get(sim.tick) ?? []) sim.apply(c);
  sim.step();
  return performance.now() - t0;
}

/** Nearest-rank percentile of ascending `sorted`. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] as number;
}
const round3 = (v: number): number => Math.round(v * 1000) / 1000;

function benchPreset(preset: ScenarioPresetName, agents: number): { median: number; p95: number } {
  const sim = createSim({ preset, seed: SEED, agents });
  const script = stressScript(preset, agents);
  for (let t = 0; t < WARM_UP; t++) timedTick(sim, script);
  const ms: number[] = [];
  for (let t = 0; t < TIMED; t++) ms.push(timedTick(sim, script));
  ms.sort((a, b) => a - b);
  return { median: round3(percentile(ms, 0.5)), p95: round3(percentile(ms, 0.95)) };
}

/** A garbage collector we can call: --expose-gc turned on at run time, no re-spawn needed. */
function getGc(): () => void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (typeof g === 'function') return g;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function heapAfterGc(gc: () => void): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Relative heap growth between tick `first` and tick `last` of one run. */
function heapGrowth(gc: () => void): number {
  const sim = createSim({ preset: HEAP.preset, seed: SEED, agents: HEAP.agents });
  const script = stressScript(HEAP.preset, HEAP.agents);
  let early = 0;
  while (sim.tick < HEAP.last) {
    timedTick(sim, script);
    if (sim.tick === HEAP.first) early = heapAfterGc(gc);
    if (sim.tick % 1000 === 0) process.stderr.write(`bench:sim heap run: tick ${sim.tick}\n`);
  }
  const late = heapAfterGc(gc);
  process.stderr.write(`bench:sim heap: ${(early / 1e6).toFixed(2)} MB at tick ${HEAP.first}, ` +
    `${(late / 1e6).toFixed(2)} MB at tick ${HEAP.last}\n`);
  return Math.round(((late - early) / early) * 10000) / 10000;
}

function main(): void {
  // Optional narrowing for quick checks: --preset taxi --agents 500 --skip-heap (defaults: the full protocol).
  const { values } = parseArgs({
    options: {
      preset: { type: 'string', multiple: true },
      agents: { type: 'string', multiple: true },
      'skip-heap': { type: 'boolean' },
    },
    strict: true,
  });
  const presets = values.preset ?? PRESETS;
  for (const p of presets) {
    if (!(PRESETS as readonly string[]).includes(p)) throw new Error(`unknown preset "${p}" (expected ${PRESETS.join(', ')})`);
  }
  const agentCounts = values.agents?.map(Number) ?? AGENTS;
  const sim: { preset: string; agents: number; msPerTick: { median: number; p95: number } }[] = [];
  for (const preset of presets as ScenarioPresetName[]) {
    for (const agents of agentCounts) {
      const msPerTick = benchPreset(preset, agents);
      process.stderr.write(`bench:sim ${preset} ${agents} agents: median ${msPerTick.median} ms, p95 ${msPerTick.p95} ms\n`);
      sim.push({ preset, agents, msPerTick });
    }
  }
  const growth = values['skip-heap'] === true ? null : heapGrowth(getGc());
  process.stdout.write(`${JSON.stringify({ sim, heapGrowth: growth })}\n`);
}

main();
