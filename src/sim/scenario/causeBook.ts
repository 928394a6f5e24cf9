// The cause ledger's bookkeeping (crowd-model.md §6.3): per-tick sums of each cause's share of each
// explained indicator. Causes are registered when commands/events are created, never inside tick loops.

import type { LedgerEntry, LedgerIndicator } from '../types';

export const LEDGER_INDICATORS: readonly LedgerIndicator[] = [
  'legitimacy', 'identification', 'arousal', 'tension',
  'activeFraction', 'violentFraction', 'rumorPrevalence', 'credibility',
];
export const Ind = {
  legitimacy: 0, identification: 1, arousal: 2, tension: 3,
  activeFraction: 4, violentFraction: 5, rumorPrevalence: 6, credibility: 7,
} as const;

/** Process causes with fixed ids (registered first, in this order). */
export const PROCESS_CAUSES = [
  'contagion', 'relaxation', 'deterrence', 'empowerment', 'composition', 'clamp', 'residual',
  // Events without a command parent (triggers, rumour coupling defaults):
  'trigger:outnumbered', 'trigger:breach', 'trigger:fall', 'incursion', 'posture:liaison',
  'posture:riot', 'posture:cordon', 'hardship',
] as const;
export type ProcessCause = (typeof PROCESS_CAUSES)[number];
export const Cause = Object.fromEntries(PROCESS_CAUSES.map((c, i) => [c, i])) as Record<ProcessCause, number>;

const MAX_CAUSES = 8192;

export class CauseBook {
  readonly names: string[] = [];
  readonly parents: (string | undefined)[] = [];
  /** acc[indicator * MAX_CAUSES + cause]. */
  private readonly acc = new Float64Array(LEDGER_INDICATORS.length * MAX_CAUSES);
  private readonly touched = new Uint8Array(MAX_CAUSES);
  private readonly touchedList = new Int32Array(MAX_CAUSES);
  private touchedCount = 0;

  constructor() {
    for (const c of PROCESS_CAUSES) this.register(c);
  }

  /** Registers a cause (at command/event creation time) and returns its id. */
  register(name: string, parent?: string): number {
    if (this.names.length >= MAX_CAUSES) return Cause.residual;
    this.names.push(name);
    this.parents.push(parent);
    return this.names.length - 1;
  }

  add(indicator: number, cause: number, delta: number): void {
    // Kept small so V8 inlines it: a call it does not inline boxes `delta` on the heap. Loops with more
    // terms than V8's inlining budget allows (socialUpdate) hand them over through `addAll`.
    if (delta === 0) return;
    const k = indicator * MAX_CAUSES + cause;
    this.acc[k] = (this.acc[k] as number) + delta;
    if (this.touched[cause] === 0) this.touch(cause);
  }

  /**
   * Adds `delta[k]` to (`ind[k]`, `cause[k]`) for k = 0 … n−1, exactly as n calls of `add` in that order
   * would. For loops too large for V8 to inline every `add`: a call it does not inline boxes its double
   * argument on the heap, while the deltas here arrive in a reused Float64Array.
   */
  addAll(ind: Int32Array, cause: Int32Array, delta: Float64Array, n: number): void {
    const acc = this.acc;
    for (let j = 0; j < n; j++) {
      const d = delta[j] as number;
      if (d === 0) continue;
      const c = cause[j] as number;
      const k = (ind[j] as number) * MAX_CAUSES + c;
      acc[k] = (acc[k] as number) + d;
      if (this.touched[c] === 0) this.touch(c);
    }
  }

  private touch(cause: number): void {
    this.touched[cause] = 1;
    this.touchedList[this.touchedCount++] = cause;
  }

  get(indicator: number, cause: number): number {
    return this.acc[indicator * MAX_CAUSES + cause] as number;
  }

  /** Sum of all causes of one indicator this tick. */
  total(indicator: number): number {
    let s = 0;
    for (let k = 0; k < this.touchedCount; k++) s += this.acc[indicator * MAX_CAUSES + (this.touchedList[k] as number)] as number;
    return s;
  }

  /** Scales every cause of one indicator (turning per-citizen sums into mean contributions). */
  scale(indicator: number, factor: number): void {
    for (let k = 0; k < this.touchedCount; k++) {
      const j = indicator * MAX_CAUSES + (this.touchedList[k] as number);
      this.acc[j] = (this.acc[j] as number) * factor;
    }
  }

  /** The cause with the largest contribution of the given sign to one indicator (or −1). */
  dominant(indicator: number, sign: number): number {
    let best = -1;
    let bestV = 0;
    for (let k = 0; k < this.touchedCount; k++) {
      const c = this.touchedList[k] as number;
      const v = (this.acc[indicator * MAX_CAUSES + c] as number) * sign;
      if (v > bestV) { bestV = v; best = c; }
    }
    return best;
  }

  /** Builds the ledger entries of the tick (allocates; called on demand by consumers). */
  entries(tick: number): LedgerEntry[] {
    const out: LedgerEntry[] = [];
    for (let ind = 0; ind < LEDGER_INDICATORS.length; ind++) {
      for (let k = 0; k < this.touchedCount; k++) {
        const c = this.touchedList[k] as number;
        const d = this.acc[ind * MAX_CAUSES + c] as number;
        if (d === 0) continue;
        const e: LedgerEntry = { tick, indicator: LEDGER_INDICATORS[ind] as LedgerIndicator, cause: this.names[c] as string, delta: d };
        const parent = this.parents[c];
        if (parent !== undefined) e.parent = parent;
        out.push(e);
      }
    }
    return out;
  }

  /** Clears the accumulators for the next tick. */
  reset(): void {
    for (let k = 0; k < this.touchedCount; k++) {
      const c = this.touchedList[k] as number;
      this.touched[c] = 0;
      for (let ind = 0; ind < LEDGER_INDICATORS.length; ind++) this.acc[ind * MAX_CAUSES + c] = 0;
    }
    this.touchedCount = 0;
  }
}
