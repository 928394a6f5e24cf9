// Public entry of the aggregate surrogate: createAggregateSim with createSim's option shape and input checks.
// Scenario presets only (taxi, rent, housing); the epstein preset has no surrogate.

import type { CreateSimOptions } from '../index';
import { SimInputError, type Sim } from '../types';
import { AggregateSim } from './aggregateSim';

const PRESETS = ['taxi', 'rent', 'housing'] as const;

/** Builds a seeded aggregate (mean-field) simulation of a scenario preset; throws SimInputError on bad input. */
export function createAggregateSim(o: CreateSimOptions): Sim {
  if (!(PRESETS as readonly string[]).includes(o.preset)) {
    throw new SimInputError(`unknown preset "${String(o.preset)}" for the aggregate sim (expected ${PRESETS.join(', ')})`);
  }
  if (!Number.isInteger(o.seed) || o.seed < 0 || o.seed > 4294967295) {
    throw new SimInputError(`seed must be an integer 0 … 4294967295, got ${String(o.seed)}`);
  }
  return new AggregateSim({ preset: o.preset as (typeof PRESETS)[number], seed: o.seed, agents: o.agents, params: o.params as never, explain: o.explain });
}
export { AggregateSim };
