// Test harness for the stylized-fact tests (crowd-model.md §8.1): seeded arms, window statistics, medians.
// Used only by *.sf.test.ts files; every arm of a comparison runs the same seeds.

import type { Command, Indicators, ScenarioPresetName } from '../../types';
import { ScenarioSim } from '../scenarioSim';
import type { ScenarioParams } from '../presetParams';

export const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export interface Arm {
  preset: ScenarioPresetName;
  agents?: number;
  params?: Partial<ScenarioParams>;
  ticks: number;
  /** Commands to apply at the boundary before step `tick`. */
  commands: (tick: number, sim: ScenarioSim) => Command[];
}

/** Runs one arm for one seed and returns the unrounded indicator series (index = tick). */
export function runArm(arm: Arm, seed: number): Indicators[] {
  const sim = new ScenarioSim({ preset: arm.preset, seed, agents: arm.agents, params: arm.params });
  const series: Indicators[] = [sim.rawIndicators()];
  for (let t = 0; t < arm.ticks; t++) {
    for (const c of arm.commands(t, sim)) sim.apply(c);
    sim.step();
    series.push(sim.rawIndicators());
  }
  return series;
}

export function windowMean(series: Indicators[], key: keyof Indicators, a: number, b: number): number {
  let s = 0;
  for (let t = a; t < b; t++) s += series[t]![key];
  return s / (b - a);
}

export function windowMax(series: Indicators[], key: keyof Indicators, a: number, b: number): number {
  let m = -Infinity;
  for (let t = a; t < b; t++) m = Math.max(m, series[t]![key]);
  return m;
}

export { median } from '../../epstein/seriesStats';

/** Runs several arms over the same seeds; returns per-arm per-seed statistics. */
export function compareArms<K extends string>(arms: Record<K, Arm>, stat: (series: Indicators[]) => number, seeds = SEEDS): Record<K, number[]> {
  const out = {} as Record<K, number[]>;
  for (const k of Object.keys(arms) as K[]) out[k] = seeds.map((s) => stat(runArm(arms[k], s)));
  return out;
}

/** Baseline deployment B (§8.1): uniform officers, 6 % of the agents, in the focal zone at tick 0. */
export function baseline(agents: number, zone: string): Command {
  return { command: 'deploy', args: { posture: 'uniform', count: Math.round(0.06 * agents), zone } };
}

export function fmt(xs: number[]): string {
  return xs.map((x) => x.toFixed(3)).join(' ');
}
