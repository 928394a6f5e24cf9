// Fixed-step pacing of the live sim against real time (GPP "Game Loop"): the frame loop feeds elapsed
// milliseconds, the pacer says how many whole ticks are due, with a bounded catch-up after a stall.

export interface TickPacerOptions {
  /** Real milliseconds per tick at 1× (a tick is 10 s of scene time). */
  periodMs: number;
  /** At most this many ticks may be owed at once; time beyond is dropped (a hidden tab does not fast-forward). */
  maxBacklog: number;
}

export class TickPacer {
  private readonly periodMs: number;
  private readonly maxBacklog: number;
  private accMs = 0;
  private due = 0;
  private sinceFrameMs = 0;
  speed = 1;
  paused = false;

  constructor(o: TickPacerOptions) {
    if (!(o.periodMs > 0) || !(o.maxBacklog >= 1)) throw new RangeError('TickPacer: periodMs > 0 and maxBacklog ≥ 1 required');
    this.periodMs = o.periodMs;
    this.maxBacklog = o.maxBacklog;
  }

  /** Feeds real elapsed time (ms) since the last call. */
  advance(elapsedMs: number): void {
    if (this.paused || !(elapsedMs > 0)) return;
    const scaled = elapsedMs * this.speed;
    this.sinceFrameMs += scaled;
    this.accMs += scaled;
    const whole = Math.floor(this.accMs / this.periodMs);
    this.accMs -= whole * this.periodMs;
    this.due = Math.min(this.maxBacklog, this.due + whole);
  }

  /** Takes the ticks that are due now (at most `max`); the rest stay owed. */
  take(max = Infinity): number {
    const n = Math.min(this.due, max);
    this.due -= n;
    return n;
  }

  /** Call when a new snapshot becomes current: interpolation restarts from the previous one. */
  frameArrived(): void {
    this.sinceFrameMs = 0;
  }

  /** Interpolation weight from the previous snapshot (0) to the current one (1). */
  alpha(): number {
    return Math.min(1, this.sinceFrameMs / this.periodMs);
  }
}
