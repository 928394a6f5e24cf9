// A finished (or paused) drill as the page receives it for the debrief: score, timeline, log, inputs.
import type { DrillInput, LogEntry } from '../drill';
import type { DebriefTimeline } from './debriefTimeline';
import type { Score } from './scoreDrill';

/** Everything the debrief and the result file need. */
export interface DrillResult {
  score: Score;
  timeline: DebriefTimeline;
  log: LogEntry[];
  inputs: DrillInput[];
  endTick: number;
  logHash: string;
}
