// The surrogate's cause ledger (crowd-model.md §6.3): named causes (commands, events, processes) and
// per-tick accumulators in a few reusable slots, closed so that each indicator's entries sum to its change.

import type { LedgerEntry, LedgerIndicator } from '../types';

export const LEDGER_INDICATORS: readonly LedgerIndicator[] = [
  'legitimacy', 'identification', 'arousal', 'tension', 'activeFraction', 'violentFraction', 'rumorPrevalence', 'credibility',
];
export const Ind = { L: 0, I: 1, E: 2, T: 3, A: 4, V: 5, R: 6, C: 7 } as const;
const N_IND = 8;

/** Process and event causes with fixed ids (registered first, in this order). */
const FIXED = [
  'contagion', 'relaxation', 'deterrence', 'empowerment', 'composition', 'clamp', 'residual',
  'posture:liaison', 'posture:riot', 'posture:cordon', 'hardship', 'incursion', 'trigger:outnumbered', 'silence',
] as const;
export const C = {
  contagion: 0, relaxation: 1, deterrence: 2, empowerment: 3, composition: 4, clamp: 5, residual: 6,
  liaison: 7, riot: 8, cordon: 9, hardship: 10, incursion: 11, outnumbered: 12, silence: 13,
} as const;

const SLOTS = 48;

export class Ledger {
  names: string[] = [];
  parents: (string | undefined)[] = [];
  private readonly acc = new Float64Array(N_IND * SLOTS);
  private readonly slotCause = new Int32Array(SLOTS);
  private used = 0;
  /** Slot + 1 of each cause id during the current tick (stamped, so reset costs nothing). */
  private slotOf = new Int32Array(256);
  private stampOf = new Int32Array(256);
  private stamp = 1;
  /** Off for consumers that never read the ledger (the checker's playthroughs): every call is a no-op. */
  enabled = true;

  constructor() {
    for (const n of FIXED) this.register(n);
  }

  /** Registers a cause at command or event time and returns its id. */
  register(name: string, parent?: string): number {
    this.names.push(name);
    this.parents.push(parent);
    if (this.names.length > this.slotOf.length) {
      // Grows with the command log (at command time only, never inside a tick's loops).
      const a = new Int32Array(this.slotOf.length * 2); a.set(this.slotOf); this.slotOf = a;
      const b = new Int32Array(this.stampOf.length * 2); b.set(this.stampOf); this.stampOf = b;
    }
    return this.names.length - 1;
  }

  /** Adds one cause's share of one indicator's change (overflowing slots fall to `residual`). */
  add(ind: number, cause: number, d: number): void {
    if (!this.enabled || d === 0 || d !== d) return;
    let k: number;
    if (this.stampOf[cause] === this.stamp) {
      k = (this.slotOf[cause] as number) - 1;
    } else {
      if (this.used === SLOTS) { if (cause !== C.residual) this.add(ind, C.residual, d); return; }
      k = this.used++;
      this.slotCause[k] = cause;
      this.stampOf[cause] = this.stamp;
      this.slotOf[cause] = k + 1;
      for (let i = 0; i < N_IND; i++) this.acc[i * SLOTS + k] = 0;
    }
    this.acc[ind * SLOTS + k] = (this.acc[ind * SLOTS + k] as number) + d;
  }

  /** Sum of one indicator's entries so far. */
  total(ind: number): number {
    let s = 0;
    for (let k = 0; k < this.used; k++) s += this.acc[ind * SLOTS + k] as number;
    return s;
  }

  /** Multiplies one indicator's entries (per-head sums → mean contributions). */
  scale(ind: number, f: number): void {
    if (!this.enabled) return;
    for (let k = 0; k < this.used; k++) this.acc[ind * SLOTS + k] = (this.acc[ind * SLOTS + k] as number) * f;
  }

  /** Splits `delta` of indicator `to` over the causes of indicator `from` that push the same way (by share). */
  splitLike(to: number, from: number, delta: number, fallback: number): void {
    if (!this.enabled || delta === 0) return;
    let sum = 0;
    for (let k = 0; k < this.used; k++) { const v = this.acc[from * SLOTS + k] as number; if (v * delta > 0) sum += v; }
    if (sum === 0) { this.add(to, fallback, delta); return; }
    const n = this.used;
    let given = 0;
    let last = -1;
    for (let k = 0; k < n; k++) {
      const v = this.acc[from * SLOTS + k] as number;
      if (v * delta <= 0) continue;
      const part = (delta * v) / sum;
      this.acc[to * SLOTS + k] = (this.acc[to * SLOTS + k] as number) + part;
      given += part;
      last = k;
    }
    if (last >= 0) this.acc[to * SLOTS + last] = (this.acc[to * SLOTS + last] as number) + (delta - given);
  }

  /** Closes one indicator: whatever its entries do not explain goes to `rest`, so they sum to `change`. */
  close(ind: number, change: number, rest: number): void {
    if (!this.enabled) return;
    this.add(ind, rest, change - this.total(ind));
  }

  reset(): void {
    this.used = 0;
    this.stamp++;
  }

  /** The entries of the last tick (allocates; called on demand). */
  entries(tick: number): LedgerEntry[] {
    const out: LedgerEntry[] = [];
    for (let ind = 0; ind < N_IND; ind++) {
      for (let k = 0; k < this.used; k++) {
        const d = this.acc[ind * SLOTS + k] as number;
        if (d === 0) continue;
        const c = this.slotCause[k] as number;
        const e: LedgerEntry = { tick, indicator: LEDGER_INDICATORS[ind] as LedgerIndicator, cause: this.names[c] as string, delta: d };
        const parent = this.parents[c];
        if (parent !== undefined) e.parent = parent;
        out.push(e);
      }
    }
    return out;
  }
}
