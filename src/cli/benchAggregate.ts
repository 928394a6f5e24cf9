// `npx tsx src/cli/benchAggregate.ts`: µs per tick of the aggregate surrogate per scenario preset, over
// playthrough-like runs (1,500 ticks with a command every few dozen ticks). Prints one JSON object.

import { performance } from 'node:perf_hooks';
import { createAggregateSim } from '../sim/index';
import type { Command, ScenarioPresetName } from '../sim/types';

const PRESETS: readonly ScenarioPresetName[] = ['taxi', 'rent', 'housing'];
const FOCAL: Record<ScenarioPresetName, string> = { taxi: 'square', rent: 'plaza', housing: 'salesOffice' };
const TICKS = 1500;
const RUNS = 200;

/** A drill-like script: first responders, talk, information, force; one command every ~40 ticks. */
function script(preset: ScenarioPresetName): Map<number, Command> {
  const zone = FOCAL[preset];
  return new Map<number, Command>([
    [0, { command: 'deploy', args: { posture: 'uniform', count: 30, zone } }],
    [20, { command: 'deploy', args: { posture: 'liaison', count: 15, zone } }],
    [60, { command: 'release', args: { channel: 'official', transparency: 0.7, counterRumor: true } }],
    [100, { command: 'meetRepresentatives', args: {} }],
    [140, { command: 'commit', args: { credible: false, remedy: 0.5 } }],
    [200, { command: 'speak', args: { tone: 'harsh' } }],
    [260, { command: 'deploy', args: { posture: 'riot', count: 30, zone } }],
    [300, { command: 'arrest', args: { mode: 'any' } }],
    [400, { command: 'disperse', args: { zone, ticks: 20 } }],
    [600, { command: 'withdraw', args: { count: 40 } }],
    [800, { command: 'apologize', args: {} }],
    [1000, { command: 'speak', args: { tone: 'empathetic' } }],
  ]);
}

const out: Record<string, number> = {};
for (const preset of PRESETS) {
  const s = script(preset);
  // Warm-up so the JIT has compiled the hot paths.
  for (let r = 0; r < 20; r++) {
    const sim = createAggregateSim({ preset, seed: r });
    for (let t = 0; t < TICKS; t++) { const c = s.get(t); if (c) sim.apply(c); sim.step(); }
  }
  let ms = 0;
  for (let r = 0; r < RUNS; r++) {
    const sim = createAggregateSim({ preset, seed: 1000 + r });
    const t0 = performance.now();
    for (let t = 0; t < TICKS; t++) { const c = s.get(t); if (c) sim.apply(c); sim.step(); }
    ms += performance.now() - t0;
  }
  out[`${preset}_usPerTick`] = Math.round(((ms * 1000) / (RUNS * TICKS)) * 100) / 100;
}
// Building a sim is part of every playthrough too.
const t0 = performance.now();
let ticks = 0;
for (let r = 0; r < 1000; r++) ticks += createAggregateSim({ preset: 'taxi', seed: r }).tick;
out['createUs'] = Math.round((performance.now() - t0) * 10) / 10 + ticks;
console.log(JSON.stringify(out));
