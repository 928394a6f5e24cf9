// Runs the `epstein` preset and records the active count after every tick (crowd-model.md §8.2 SF1–SF3):
// what the stylized-fact tests and a teaching plot analyse. Not used inside the model.

import type { Command } from '../types';
import type { EpsteinParams } from './epsteinParams';
import { createEpsteinSim } from './epsteinSim';
import type { EpsteinSim } from './epsteinSim';

export interface ActiveSeriesOptions {
  seed: number;
  ticks: number;
  agents?: number;
  params?: Partial<EpsteinParams>;
  /** Called at every boundary t (before step t → t + 1); may return a command to apply there. */
  commandAt?: (t: number, sim: EpsteinSim) => Command | undefined;
}

/** series[t] = active citizens at tick t, for t = 0 … ticks. */
export function runActiveSeries(o: ActiveSeriesOptions): number[] {
  const create: Parameters<typeof createEpsteinSim>[0] = { seed: o.seed };
  if (o.agents !== undefined) create.agents = o.agents;
  if (o.params !== undefined) create.params = o.params;
  const sim = createEpsteinSim(create);
  const series: number[] = [sim.activeCount];
  for (let t = 0; t < o.ticks; t++) {
    const cmd = o.commandAt?.(t, sim);
    if (cmd !== undefined) sim.apply(cmd);
    sim.step();
    series.push(sim.activeCount);
  }
  return series;
}
