// The §9.1 stress protocol of the crowd model (crowd-model.md): the script of commands, and the timing of
// one preset at one crowd size. Shared by bench:sim's worker threads and its heap run.

import { performance } from 'node:perf_hooks';
import { createSim } from '../sim/index';
import type { Command, ScenarioPresetName, Sim } from '../sim/types';

export const PRESETS: readonly ScenarioPresetName[] = ['taxi', 'rent', 'housing'];
export const AGENTS: readonly number[] = [500, 2000, 5000, 10000];
const FOCAL_ZONE: Record<ScenarioPresetName, string> = { taxi: 'square', rent: 'plaza', housing: 'salesOffice' };
export const SEED = 1;
const WARM_UP = 100;
const TIMED = 400;
export const HEAP = { preset: 'taxi', agents: 2000, first: 1000, last: 10000 } as const;

/** The §9.1 stress script: commands by boundary tick. */
export function stressScript(preset: ScenarioPresetName, agents: number): Map<number, Command[]> {
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
export function timedTick(sim: Sim, script: Map<number, Command[]>): number {
  const t0 = performance.now();
  for (const c of script.get(sim.tick) ?? []) sim.apply(c);
  sim.step();
  return performance.now() - t0;
}

/** Nearest-rank percentile of ascending `sorted` (always one of its values). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] as number;
}
const round3 = (v: number): number => Math.round(v * 1000) / 1000;

/** One preset at one size: tick times, and the crowd on site at the first and last timed tick. */
export interface PresetTiming {
  median: number;
  p95: number;
  /** `--agents` is the initial crowd: inflow and leaving change how many people each tick moves. */
  crowdOnSite: { first: number; last: number };
}

export function benchPreset(preset: ScenarioPresetName, agents: number): PresetTiming {
  const sim = createSim({ preset, seed: SEED, agents });
  const script = stressScript(preset, agents);
  for (let t = 0; t < WARM_UP; t++) timedTick(sim, script);
  const first = sim.indicators().crowdSize;
  const ms: number[] = [];
  for (let t = 0; t < TIMED; t++) ms.push(timedTick(sim, script));
  ms.sort((a, b) => a - b);
  return { median: round3(percentile(ms, 0.5)), p95: round3(percentile(ms, 0.95)), crowdOnSite: { first, last: sim.indicators().crowdSize } };
}
