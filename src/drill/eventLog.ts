// The drill's event log: every input with its tick, every story line, choice and tag, every sim
// event and an indicator sample each scene minute. Scoring and the debrief read only this.

import type { Indicators, SimEvent } from '../sim';
import type { DrillAction, StoryMarker } from '../scenario';

/** What the trainee (or a headless player) did; replaying these reproduces the run. */
export type DrillInput =
  | { tick: number; kind: 'choice'; index: number }
  | { tick: number; kind: 'action'; action: DrillAction }
  | { tick: number; kind: 'rationale'; prompt: string; text: string };

/** Indicators as the story and the views read them (0–100 scales, whole numbers where counts). */
export interface CrowdSample {
  tension: number;
  legitimacy: number;
  rumor: number;
  safety: number;
  crowd: number;
  violence: number;
  arrests: number;
  injuries: number;
  active: number;
}

/** The largest causes of one indicator's change over a sample interval (from the sim's ledger). */
export interface CauseShare {
  cause: string;
  delta: number;
}

export type ActionSource = 'story' | 'trainee';

/** How an action turned out: carried out in full, in part, or not at all (with the reason code). */
export interface ActionOutcome {
  applied: number;
  reason?: string;
  /** For crowd commands: the cause name the sim's ledger uses for this command's effects. */
  cause?: string;
}

export type LogEntry =
  | { seq: number; tick: number; type: 'start'; scenario: string; version: string; contentHash: string; seed: number; crowd: string; language: string }
  | { seq: number; tick: number; type: 'line'; text: string; speaker?: string; hint?: boolean }
  | { seq: number; tick: number; type: 'choices'; options: string[] }
  | { seq: number; tick: number; type: 'choice'; index: number; text: string }
  | { seq: number; tick: number; type: 'action'; source: ActionSource; action: DrillAction; outcome: ActionOutcome }
  | { seq: number; tick: number; type: 'marker'; marker: StoryMarker }
  | { seq: number; tick: number; type: 'rationale'; prompt: string; text: string }
  | { seq: number; tick: number; type: 'simEvent'; event: SimEvent }
  | { seq: number; tick: number; type: 'sample'; values: CrowdSample; causes: Partial<Record<'tension' | 'legitimacy' | 'rumor', CauseShare[]>> }
  | { seq: number; tick: number; type: 'departmentArrived'; department: string }
  | { seq: number; tick: number; type: 'inject'; id: string; knot: string }
  | { seq: number; tick: number; type: 'injectEnd'; id: string }
  | { seq: number; tick: number; type: 'ending'; ending: string | null; reason: 'story' | 'timeLimit' | 'deadEnd' };

export type LogEntryType = LogEntry['type'];

/** Distributes Omit over the union, so each entry kind keeps its own fields. */
export type NewLogEntry = LogEntry extends infer E ? (E extends LogEntry ? Omit<E, 'seq' | 'tick'> : never) : never;

/** 32-bit FNV-1a over the log's canonical JSON, as 8 hex digits: equal logs, equal hashes. */
export function hashLog(log: readonly LogEntry[]): string {
  let h = 0x811c9dc5;
  for (const e of log) {
    const s = JSON.stringify(e);
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x0a, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The crowd sample of an indicator object (rounded as the story sees it). */
export function sampleOf(ind: Indicators): CrowdSample {
  return {
    tension: Math.round(ind.tension),
    legitimacy: Math.round(ind.legitimacy * 100),
    rumor: Math.round(ind.rumorPrevalence * 100),
    safety: Math.round(ind.safetyRisk),
    crowd: ind.crowdSize,
    violence: Math.round(ind.violentFraction * 100),
    arrests: ind.arrests,
    injuries: ind.injuries,
    active: Math.round(ind.activeFraction * 100),
  };
}
