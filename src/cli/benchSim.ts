// `npm run bench:sim`: ms per social tick of the scenario presets under the §9.1 stress protocol, and heap
// growth over a long run. The benchmark reads the clock; the sim never does. JSON on stdout, progress on stderr.
//
// Each (preset, crowd size) is timed in its own worker thread, one after another, so one measurement's
// compiled code and garbage do not carry into the next: in the app, too, a drill's sim has its own worker.
// It is timed in --runs fresh workers (default 3) and the median run is reported: V8's background compiler
// can leave a hot loop on slower code for a whole run (a race, not the code), so one worker is a lottery.

import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { createSim } from '../sim/index';
import type { ScenarioPresetName } from '../sim/types';
import { AGENTS, HEAP, PRESETS, SEED, percentile, stressScript, timedTick, type PresetTiming } from './simStress';
import { bundleWorker } from './workerBundle';

/** Bad input: one line on stderr and exit code 2, as in the other tools. */
function fail(msg: string): never {
  process.stderr.write(`bench:sim: ${msg}\n`);
  process.exit(2);
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

/** Times one preset at one size in a fresh isolate running `code` (the bundled benchSimWorker.ts). */
function benchInWorker(code: URL, preset: ScenarioPresetName, agents: number): Promise<PresetTiming> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { workerData: { preset, agents } });
    worker.once('message', (r: PresetTiming) => {
      resolve(r);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** Optional narrowing for quick checks: --preset taxi --agents 500 --runs 1 --skip-heap (defaults: the full protocol). */
function parseOptions() {
  try {
    return parseArgs({
      options: {
        preset: { type: 'string', multiple: true },
        agents: { type: 'string', multiple: true },
        'skip-heap': { type: 'boolean' },
        runs: { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
}

async function main(): Promise<void> {
  const values = parseOptions();
  const presets = values.preset ?? PRESETS;
  for (const p of presets) {
    if (!(PRESETS as readonly string[]).includes(p)) fail(`unknown preset "${p}" (expected ${PRESETS.join(', ')})`);
  }
  for (const a of values.agents ?? []) if (!(Number.isInteger(Number(a)) && Number(a) > 0)) fail(`--agents: expected a positive whole number, got "${a}"`);
  const agentCounts = values.agents?.map(Number) ?? AGENTS;
  const runs = values.runs === undefined ? 3 : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) fail(`--runs: expected a positive whole number, got "${values.runs}"`);
  const sim: { preset: string; agents: number; msPerTick: { median: number; p95: number } }[] = [];
  const code = await bundleWorker(new URL('./benchSimWorker.ts', import.meta.url));
  try {
    for (const preset of presets as ScenarioPresetName[]) {
      for (const agents of agentCounts) {
        const timings: PresetTiming[] = [];
        for (let r = 0; r < runs; r++) timings.push(await benchInWorker(code.url, preset, agents));
        const { crowdOnSite } = timings[0]!;
        // The median run (nearest rank: a measured run, not an average of two).
        const middle = (xs: number[]): number => percentile([...xs].sort((a, b) => a - b), 0.5);
        const median = middle(timings.map((t) => t.median));
        const p95 = middle(timings.map((t) => t.p95));
        process.stderr.write(`bench:sim ${preset} ${agents} agents: median ${median} ms, p95 ${p95} ms ` +
          `(runs: ${timings.map((t) => t.median).join(' / ')} ms; ` +
          `${crowdOnSite.first} → ${crowdOnSite.last} people on site over the timed ticks)\n`);
        sim.push({ preset, agents, msPerTick: { median, p95 } });
      }
    }
  } finally {
    code.dispose();
  }
  const growth = values['skip-heap'] === true ? null : heapGrowth(getGc());
  process.stdout.write(`${JSON.stringify({ sim, heapGrowth: growth })}\n`);
}

await main();
