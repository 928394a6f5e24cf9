// The three turning points of a run: the largest swings of tension, legitimacy, rumour or crush
// risk over a few scene minutes, with the causes the sim's ledger gave and the decisions just before.

import type { CauseShare, LogEntry } from '../drill';
import { TICKS_PER_MINUTE } from './logIndex';

export type SwingIndicator = 'tension' | 'legitimacy' | 'rumor' | 'safety';

export interface TurningPoint {
  indicator: SwingIndicator;
  fromTick: number;
  toTick: number;
  /** Change over the window, in 0–100 units. */
  delta: number;
  causes: CauseShare[];
  /** Log entries (seq) of the choices and actions in the window or the minutes just before it. */
  decisions: number[];
}

const WINDOW_MINUTES = 5;
const LOOKBACK_TICKS = 10 * TICKS_PER_MINUTE;

/** Up to three non-overlapping largest swings. */
export function findTurningPoints(log: readonly LogEntry[]): TurningPoint[] {
  const samples = log.filter((e): e is Extract<LogEntry, { type: 'sample' }> => e.type === 'sample');
  const candidates: TurningPoint[] = [];
  for (let i = 0; i + WINDOW_MINUTES < samples.length; i++) {
    const a = samples[i];
    const b = samples[i + WINDOW_MINUTES];
    if (!a || !b) continue;
    for (const k of ['tension', 'legitimacy', 'rumor', 'safety'] as const) {
      const delta = b.values[k] - a.values[k];
      if (delta === 0) continue;
      candidates.push({ indicator: k, fromTick: a.tick, toTick: b.tick, delta, causes: [], decisions: [] });
    }
  }
  candidates.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.fromTick - y.fromTick);
  const chosen: TurningPoint[] = [];
  for (const c of candidates) {
    if (chosen.length === 3) break;
    if (chosen.some((t) => c.fromTick < t.toTick && t.fromTick < c.toTick)) continue;
    chosen.push(c);
  }
  for (const t of chosen) {
    const sums = new Map<string, number>();
    for (const s of samples) {
      if (s.tick <= t.fromTick || s.tick > t.toTick || t.indicator === 'safety') continue;
      for (const c of s.causes[t.indicator] ?? []) sums.set(c.cause, (sums.get(c.cause) ?? 0) + c.delta);
    }
    t.causes = [...sums]
      .map(([cause, delta]) => ({ cause, delta: Math.round(delta * 100) / 100 }))
      .filter((c) => Math.sign(c.delta) === Math.sign(t.delta))
      .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta))
      .slice(0, 3);
    t.decisions = log
      .filter((e) => (e.type === 'choice' || (e.type === 'action' && e.source === 'trainee')) && e.tick <= t.toTick && e.tick >= t.fromTick - LOOKBACK_TICKS)
      .map((e) => e.seq);
  }
  return chosen.sort((x, y) => x.fromTick - y.fromTick);
}
