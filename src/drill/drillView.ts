// What the page sees of a drill running elsewhere (a Web Worker): the view after each request.
// Types only; the worker builds it from a Drill.
import type { Indicators, Posture } from '../sim';
import type { CrowdSample, DrillInput, LogEntry } from './eventLog';

export type DrillMode = 'practice' | 'assessment';

/** The drill as the page shows it, after every request. */
export interface DrillView {
  tick: number;
  clock: string;
  minutes: number;
  phase: number;
  ended: { ending: string | null; reason: string } | null;
  /** Until this tick the story is paused by a time cost. */
  lockedUntil: number;
  choices: { index: number; text: string }[];
  rationalePrompt: string | null;
  /** Log entries appended since the previous view (the page keeps the whole log). */
  newEntries: LogEntry[];
  values: CrowdSample;
  indicators: Indicators;
  officers: Record<Posture, number>;
  departments: { id: string; arrivesAt: number; arrived: boolean }[];
  /** Every input so far (sent only when it changed). */
  inputs?: DrillInput[];
}
