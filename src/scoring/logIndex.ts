// Indexes an event log once for the rubric rules: marks, actions, reports, samples, in log order.
// Pure and read-only; every fact keeps the seq and tick of the entry it came from.

import type { LogEntry, CrowdSample } from '../drill';
import type { DrillAction } from '../scenario';

export const TICKS_PER_MINUTE = 6;

export interface ActionFact {
  seq: number;
  tick: number;
  action: DrillAction;
  applied: number;
  /** The name rules match: a crowd command's name ("disperse"), or the action kind ("callDepartment"). */
  name: string;
  args: Record<string, unknown>;
}

export interface LogIndex {
  log: readonly LogEntry[];
  marks: Map<string, { seq: number; tick: number }>;
  redLineMarks: Map<string, { seq: number; tick: number }>;
  actions: ActionFact[];
  samples: { seq: number; tick: number; values: CrowdSample }[];
  endTick: number;
}

function factOf(seq: number, tick: number, action: DrillAction, applied: number): ActionFact {
  switch (action.kind) {
    case 'command':
      return { seq, tick, action, applied, name: action.command.command, args: action.command.args as Record<string, unknown> };
    case 'release':
      return { seq, tick, action, applied, name: 'release', args: { channel: action.channel, content: action.content } };
    default: {
      const { kind, ...rest } = action;
      return { seq, tick, action, applied, name: kind, args: rest as Record<string, unknown> };
    }
  }
}

/** Builds the index in one pass. */
export function indexLog(log: readonly LogEntry[]): LogIndex {
  const ix: LogIndex = { log, marks: new Map(), redLineMarks: new Map(), actions: [], samples: [], endTick: 0 };
  for (const e of log) {
    ix.endTick = e.tick;
    if (e.type === 'marker') {
      if (e.marker.kind === 'mark' && !ix.marks.has(e.marker.id)) ix.marks.set(e.marker.id, { seq: e.seq, tick: e.tick });
      if (e.marker.kind === 'redLine' && !ix.redLineMarks.has(e.marker.id)) ix.redLineMarks.set(e.marker.id, { seq: e.seq, tick: e.tick });
    } else if (e.type === 'action') {
      ix.actions.push(factOf(e.seq, e.tick, e.action, e.outcome.applied));
    } else if (e.type === 'sample') {
      ix.samples.push({ seq: e.seq, tick: e.tick, values: e.values });
    }
  }
  return ix;
}

/** Whether `args` contains every key of `want` with an equal value. */
export function argsMatch(args: Record<string, unknown>, want: Record<string, unknown> | undefined): boolean {
  if (!want) return true;
  return Object.entries(want).every(([k, v]) => JSON.stringify(args[k]) === JSON.stringify(v));
}

/** The crowd as last sampled at or before `tick`. */
export function valuesAt(ix: LogIndex, tick: number): CrowdSample | undefined {
  let found: CrowdSample | undefined;
  for (const s of ix.samples) {
    if (s.tick > tick) break;
    found = s.values;
  }
  return found;
}

export const COERCIVE = (a: ActionFact): boolean =>
  a.applied > 0 && (a.name === 'arrest' || a.name === 'disperse' || (a.name === 'isolate' && a.args['target'] === 'agitators'));

/** Whether a warning was recorded within `withinMinutes` before (or at) the coercive act. */
export function warnedBefore(ix: LogIndex, act: ActionFact, withinMinutes: number): boolean {
  const from = act.tick - withinMinutes * TICKS_PER_MINUTE;
  return ix.actions.some((w) => w.name === 'warn' && w.seq < act.seq && w.tick >= from);
}

