// Sums the sim's cause ledger between two indicator samples, so each sample carries the largest
// causes of the change in tension, legitimacy and rumour (the debrief's "why").

import type { LedgerEntry } from '../sim';
import type { CauseShare } from './eventLog';

type Tracked = 'tension' | 'legitimacy' | 'rumor';
const TRACKED: Record<string, Tracked | undefined> = { tension: 'tension', legitimacy: 'legitimacy', rumorPrevalence: 'rumor' };
/** Scale to the story's 0–100 units: legitimacy and rumour are fractions in the sim. */
const SCALE: Record<Tracked, number> = { tension: 1, legitimacy: 100, rumor: 100 };
const TOP = 4;

export class CauseAccumulator {
  private sums: Record<Tracked, Map<string, number>> = { tension: new Map(), legitimacy: new Map(), rumor: new Map() };

  add(entries: readonly LedgerEntry[]): void {
    for (const e of entries) {
      const k = TRACKED[e.indicator];
      if (!k) continue;
      // Events are credited to the command that caused them (their parent), as the debrief tells it.
      const name = e.parent !== undefined && e.parent.startsWith('cmd#') ? e.parent : e.cause;
      const m = this.sums[k];
      m.set(name, (m.get(name) ?? 0) + e.delta);
    }
  }

  /** The top causes since the last flush (in 0–100 units, 3 decimals), then starts afresh. */
  flush(): Partial<Record<Tracked, CauseShare[]>> {
    const out: Partial<Record<Tracked, CauseShare[]>> = {};
    for (const k of ['tension', 'legitimacy', 'rumor'] as const) {
      const list = [...this.sums[k]]
        .map(([cause, d]) => ({ cause, delta: Math.round(d * SCALE[k] * 1000) / 1000 }))
        .filter((c) => c.delta !== 0)
        .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.cause < b.cause ? -1 : 1))
        .slice(0, TOP);
      if (list.length > 0) out[k] = list;
      this.sums[k].clear();
    }
    return out;
  }

  save(): Record<Tracked, [string, number][]> {
    return { tension: [...this.sums.tension], legitimacy: [...this.sums.legitimacy], rumor: [...this.sums.rumor] };
  }

  restore(s: Record<Tracked, [string, number][]>): void {
    this.sums = { tension: new Map(s.tension), legitimacy: new Map(s.legitimacy), rumor: new Map(s.rumor) };
  }
}
