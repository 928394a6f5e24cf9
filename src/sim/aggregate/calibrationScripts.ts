// The action scripts on which the aggregate surrogate is calibrated against the full agent model
// (shared by src/cli/calibrateAggregate.ts and aggregate.test.ts). Data only: no model code here.

import type { ActionItem, Command, IndicatorKey, ScenarioPresetName, Sim } from '../types';

/** The focal zone of each scenario preset (crowd-model.md §7.2). */
export const FOCAL_ZONE: Record<ScenarioPresetName, string> = { taxi: 'square', rent: 'plaza', housing: 'salesOffice' };

/** Agents per preset in the calibration runs (housing runs at 800, not its default 2,000, to keep them short). */
export const CALIBRATION_AGENTS: Record<ScenarioPresetName, number> = { taxi: 600, rent: 800, housing: 800 };
export const CALIBRATION_SEEDS: readonly number[] = [1, 2, 3];
export const CALIBRATION_TICKS = 360;
/** Ticks at which indicators are compared. */
export const CHECK_TICKS: readonly number[] = [60, 180, 360];
export const COMPARED: readonly IndicatorKey[] = [
  'tension', 'legitimacy', 'rumorPrevalence', 'safetyRisk', 'activeFraction', 'violentFraction', 'crowdSize',
];

export interface CalibrationScript {
  name: string;
  /** The script whose run this one's effect is measured against. */
  reference: string;
  items: (preset: ScenarioPresetName) => ActionItem[];
}

const uniform20 = (p: ScenarioPresetName): ActionItem => ({ tick: 0, command: 'deploy', args: { posture: 'uniform', count: 20, zone: FOCAL_ZONE[p] } });

/** Arrests and force need officers on site, so those scripts start from 20 uniform officers (script `uniform20`). */
export const CALIBRATION_SCRIPTS: readonly CalibrationScript[] = [
  { name: 'baseline', reference: 'baseline', items: () => [] },
  { name: 'liaison20', reference: 'baseline', items: (p) => [{ tick: 0, command: 'deploy', args: { posture: 'liaison', count: 20, zone: FOCAL_ZONE[p] } }] },
  { name: 'riot30', reference: 'baseline', items: (p) => [{ tick: 0, command: 'deploy', args: { posture: 'riot', count: 30, zone: FOCAL_ZONE[p] } }] },
  { name: 'cordon40', reference: 'baseline', items: (p) => [{ tick: 0, command: 'deploy', args: { posture: 'cordon', count: 40, zone: FOCAL_ZONE[p] } }] },
  { name: 'releaseEarly', reference: 'baseline', items: () => [{ tick: 10, command: 'release', args: { channel: 'official', transparency: 0.8, counterRumor: true } }] },
  { name: 'releaseLate', reference: 'baseline', items: () => [{ tick: 200, command: 'release', args: { channel: 'official', transparency: 0.8, counterRumor: true } }] },
  { name: 'speakHarsh', reference: 'baseline', items: () => [{ tick: 30, command: 'speak', args: { tone: 'harsh' } }] },
  { name: 'speakEmpathetic', reference: 'baseline', items: () => [{ tick: 30, command: 'speak', args: { tone: 'empathetic' } }] },
  { name: 'commitCredible', reference: 'baseline', items: (): ActionItem[] => [
    { tick: 30, command: 'meetRepresentatives', args: {} },
    { tick: 60, command: 'commit', args: { credible: true, remedy: 0.6 } },
  ] },
  { name: 'commitEmpty', reference: 'baseline', items: (): ActionItem[] => [
    { tick: 30, command: 'meetRepresentatives', args: {} },
    { tick: 60, command: 'commit', args: { credible: false, remedy: 0.6 } },
  ] },
  { name: 'uniform20', reference: 'baseline', items: (p) => [uniform20(p)] },
  { name: 'arrestAny', reference: 'uniform20', items: (p) => [uniform20(p), { tick: 60, command: 'arrest', args: { mode: 'any' } }] },
  { name: 'arrestTargeted', reference: 'uniform20', items: (p) => [uniform20(p), { tick: 60, command: 'arrest', args: { mode: 'targeted' } }] },
  { name: 'disperse', reference: 'uniform20', items: (p) => [uniform20(p), { tick: 60, command: 'disperse', args: { zone: FOCAL_ZONE[p] } }] },
];

/** Reference figures: preset → script → indicator → values at CHECK_TICKS (means over the seeds). */
export type ReferenceTable = Record<string, Record<string, Record<string, number[]>>>;

/** Runs one script on a sim and returns the compared indicators at CHECK_TICKS. */
export function recordScript(sim: Sim, items: readonly ActionItem[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const k of COMPARED) out[k] = [];
  const last = CHECK_TICKS[CHECK_TICKS.length - 1] as number;
  for (let t = 0; t < last; t++) {
    for (const it of items) {
      if (it.tick !== t) continue;
      const { tick: _tick, ...cmd } = it;
      sim.apply(cmd as Command);
    }
    sim.step();
    if (CHECK_TICKS.includes(sim.tick)) {
      const ind = sim.indicators();
      for (const k of COMPARED) out[k]!.push(ind[k]);
    }
  }
  return out;
}

/** Element-wise mean of several recordings. */
export function meanRecord(recs: readonly Record<string, number[]>[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const k of COMPARED) {
    out[k] = CHECK_TICKS.map((_, j) => recs.reduce((s, r) => s + (r[k]?.[j] ?? 0), 0) / recs.length);
  }
  return out;
}
