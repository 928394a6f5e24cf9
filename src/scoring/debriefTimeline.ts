// The debrief chart's data: tension, legitimacy, rumour and crush risk per scene minute, with every
// decision, trainee action, inject and the ending marked at its tick.

import type { LogEntry } from '../drill';

export interface TimelineMarker {
  seq: number;
  tick: number;
  kind: 'decision' | 'action' | 'inject' | 'ending';
  /** The decision point id (for decisions), the action kind, the inject id or the ending id. */
  label: string;
}
export interface DebriefTimeline {
  ticks: number[];
  tension: number[];
  legitimacy: number[];
  rumor: number[];
  safety: number[];
  markers: TimelineMarker[];
}

/** Builds the timeline from a log. */
export function debriefTimeline(log: readonly LogEntry[]): DebriefTimeline {
  const t: DebriefTimeline = { ticks: [], tension: [], legitimacy: [], rumor: [], safety: [], markers: [] };
  let dp = '';
  for (const e of log) {
    switch (e.type) {
      case 'sample':
        t.ticks.push(e.tick);
        t.tension.push(e.values.tension);
        t.legitimacy.push(e.values.legitimacy);
        t.rumor.push(e.values.rumor);
        t.safety.push(e.values.safety);
        break;
      case 'marker':
        if (e.marker.kind === 'dp') dp = e.marker.id;
        break;
      case 'choice':
        t.markers.push({ seq: e.seq, tick: e.tick, kind: 'decision', label: dp });
        dp = '';
        break;
      case 'action':
        if (e.source === 'trainee') t.markers.push({ seq: e.seq, tick: e.tick, kind: 'action', label: e.action.kind });
        break;
      case 'inject':
        t.markers.push({ seq: e.seq, tick: e.tick, kind: 'inject', label: e.id });
        break;
      case 'ending':
        t.markers.push({ seq: e.seq, tick: e.tick, kind: 'ending', label: e.ending ?? e.reason });
        break;
      default:
        break;
    }
  }
  return t;
}
