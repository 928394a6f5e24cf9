// Runs one seeded simulation with an action script and collects what the `sim` CLI prints (crowd-model.md §10):
// sampled indicator series, final indicators, per-indicator peaks over every tick, the state hash.

import { INDICATOR_KEYS, SimInputError } from './types';
import type { ActionItem, IndicatorKey, Indicators, PresetName, Sim } from './types';
import { validateCommand } from './commandValidation';
import { createSim } from './index';

export type PeakKey = Exclude<IndicatorKey, 'tick'>;
export interface Peak { value: number; tick: number }
export type Peaks = Record<PeakKey, Peak>;

/** Exactly the object the CLI prints with --json, keys in this order. */
export interface RunResult {
  preset: PresetName;
  seed: number;
  ticks: number;
  /** Initial number of citizens (crowdSize at tick 0). */
  agents: number;
  /** State hash after the last tick. */
  hash: string;
  /** Indicators at every tick t ≤ ticks with t mod every = 0, tick 0 included. */
  series: Indicators[];
  final: Indicators;
  /** Maximum of each indicator over all ticks 0…ticks and the first tick it occurred. */
  peaks: Peaks;
}

export interface ScriptRun extends RunResult {
  /** Human-readable warnings (at most one line: commands scheduled at or after `ticks` are not applied). */
  warnings: string[];
}

export interface ScriptOptions {
  preset: PresetName;
  seed: number;
  ticks: number;
  agents?: number;
  params?: Record<string, unknown>;
  actions?: readonly ActionItem[];
  /** Sampling period of `series`; default 10. */
  every?: number;
}

const PEAK_KEYS = INDICATOR_KEYS.filter((k): k is PeakKey => k !== 'tick');

function checkCount(name: string, v: number, min: number): void {
  if (!Number.isSafeInteger(v) || v < min) {
    throw new SimInputError(`${name}: must be an integer ≥ ${min}, got ${String(v)}`);
  }
}

/** Checks the options and every item (also those never applied) before a possibly long run. */
function checkScript(o: ScriptOptions, preset: PresetName): void {
  checkCount('ticks', o.ticks, 0);
  checkCount('every', o.every ?? 10, 1);
  (o.actions ?? []).forEach((item, i) => {
    checkCount(`actions[${i}].tick`, item.tick, 0);
    validateCommand(item, preset, `actions[${i}]`);
  });
}

/** Creates the sim for `o` and runs the script on it (throws SimInputError on bad options or commands). */
export function runScript(o: ScriptOptions): ScriptRun {
  checkScript(o, o.preset);
  const createOptions: Parameters<typeof createSim>[0] = { preset: o.preset, seed: o.seed };
  if (o.agents !== undefined) createOptions.agents = o.agents;
  if (o.params !== undefined) createOptions.params = o.params;
  return runScriptOn(createSim(createOptions), o);
}

/**
 * Runs the script on an existing, fresh sim. A command with tick n is applied at the boundary before
 * step n → n+1; items with the same tick apply in their order.
 */
export function runScriptOn(sim: Sim, o: ScriptOptions): ScriptRun {
  checkScript(o, sim.preset);
  const every = o.every ?? 10;
  // Stable sort: items with the same tick keep their order.
  const actions = [...(o.actions ?? [])].sort((a, b) => a.tick - b.tick);
  const start = sim.tick;

  const series: Indicators[] = [];
  let current: Indicators = { ...sim.indicators() };
  const agents = current.crowdSize;
  const peaks = {} as Peaks;
  for (const k of PEAK_KEYS) peaks[k] = { value: current[k], tick: current.tick };

  let next = 0;
  for (let t = 0; ; t++) {
    if (t % every === 0) series.push(current);
    if (t === o.ticks) break;
    while (next < actions.length && (actions[next] as ActionItem).tick === t) {
      const { command, args } = actions[next] as ActionItem;
      sim.apply({ command, args } as ActionItem);
      next++;
    }
    sim.step();
    current = { ...sim.indicators() };
    for (const k of PEAK_KEYS) {
      const p = peaks[k];
      if (current[k] > p.value) {
        p.value = current[k];
        p.tick = current.tick;
      }
    }
  }
  if (sim.tick !== start + o.ticks) throw new Error(`sim advanced to tick ${sim.tick}, expected ${start + o.ticks}`);

  const warnings: string[] = [];
  const late = actions.slice(next);
  if (late.length > 0) {
    const shown = late.slice(0, 5).map((a) => `${a.command}@${a.tick}`).join(', ');
    warnings.push(
      `${late.length} command${late.length === 1 ? '' : 's'} scheduled at or after tick ${o.ticks} ` +
        `not applied (${shown}${late.length > 5 ? ', …' : ''})`,
    );
  }
  return {
    preset: sim.preset, seed: o.seed, ticks: o.ticks, agents, hash: sim.hash(),
    series, final: current, peaks, warnings,
  };
}
