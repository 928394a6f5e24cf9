// Public face of the crowd model: createSim and the types every consumer uses (crowd-model.md §3.5).
// Nothing outside src/sim reaches into its sub-folders.

import { createEpsteinSim } from './epstein';
import { ScenarioSim } from './scenario/scenarioSim';
import { ZONE_NAMES } from './scenario/venueSpecs';
import { PRESET_NAMES, SimInputError, type PresetName, type Sim } from './types';

export * from './types';
export { parseActions } from './parseActions';
export { validateCommand } from './commandValidation';
export { runScript } from './runScript';
export { runRumorWellMixed } from './rumor/wellMixed';
export { thresholdCascade } from './thresholdCascade';
export { ScenarioSim } from './scenario/scenarioSim';
export { Rng } from './rng';
/** The zone names of a preset's venue (scenario manifests name their zones after these). */
export function zoneNamesOf(preset: PresetName): readonly string[] {
  return ZONE_NAMES[preset];
}
export { createAggregateSim } from './aggregate';

export interface CreateSimOptions {
  preset: PresetName;
  seed: number;
  agents?: number;
  params?: Record<string, unknown>;
  /**
   * false: the sim may skip its cause ledger (`ledger()` then returns nothing). Only the aggregate
   * model uses it; the agent model always explains (its ledger is part of its tested contract).
   */
  explain?: boolean;
}

/** Builds a seeded simulation of a preset; throws SimInputError on bad input. */
export function createSim(o: CreateSimOptions): Sim {
  if (!PRESET_NAMES.includes(o.preset)) {
    throw new SimInputError(`unknown preset "${String(o.preset)}" (expected ${PRESET_NAMES.join(', ')})`);
  }
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 4294967295) {
    throw new SimInputError(`seed must be an integer 0 … 4294967295, got ${String(o.seed)}`);
  }
  if (o.preset === 'epstein') return createEpsteinSim({ seed: o.seed, agents: o.agents, params: o.params as never });
  return new ScenarioSim({ preset: o.preset, seed: o.seed, agents: o.agents, params: o.params as never });
}
