// The page's handle on the drill running in a Web Worker. Requests are serialised; three snapshot
// sets (previous, current, in flight) let the venue map interpolate between ticks.
import type { SnapshotBuffers, VenueInfo } from '../sim';
import type { DrillInput, LogEntry } from '../drill';
import type { DrillInfo, DrillReply, DrillRequest, DrillResult, DrillStart, DrillView, PageInput } from './drillProtocol';
import { allocateSnapshot, copySnapshot, transferablesOf } from './simProtocol';
import { Rpc, WorkerError, type Port } from './rpc';

/** The minimal worker surface the client needs (a real Worker, or a stand-in in unit tests). */
export type DrillWorkerPort = Port<DrillRequest, DrillReply>;

/** An error the drill worker reported (e.g. DrillInputError for a choice that no longer exists). */
export class DrillWorkerError extends WorkerError {}

export class DrillWorkerClient {
  readonly venue: VenueInfo;
  previous: SnapshotBuffers;
  current: SnapshotBuffers;
  /** The latest view, and the whole log and inputs so far (rebuilt from the views). */
  view: DrillView;
  readonly log: LogEntry[] = [];
  inputs: DrillInput[] = [];
  private spare: SnapshotBuffers | null;
  private chain: Promise<unknown> = Promise.resolve();

  private constructor(private readonly rpc: Rpc<DrillRequest, DrillReply>, info: DrillInfo, view: DrillView, first: SnapshotBuffers) {
    this.venue = info.venue;
    this.view = view;
    this.current = first;
    this.previous = allocateSnapshot(info.capacity, info.officerCapacity);
    copySnapshot(first, this.previous);
    this.spare = allocateSnapshot(info.capacity, info.officerCapacity);
    this.absorb(view);
  }

  /** Starts (or rebuilds, from recorded inputs) a drill inside `worker`. */
  static async start(worker: DrillWorkerPort, start: DrillStart): Promise<DrillWorkerClient> {
    const rpc = new Rpc<DrillRequest, DrillReply>(worker, (name, message) => new DrillWorkerError(name, message), 'drill');
    const placeholder = allocateSnapshot(1, 1);
    const r = await rpc.call({ type: 'start', start, buffers: placeholder }, transferablesOf(placeholder));
    if (r.type !== 'started') throw new Error(`unexpected reply ${r.type}`);
    return new DrillWorkerClient(rpc, r.info, r.view, r.buffers);
  }

  /** Runs the scene clock `ticks` ticks. */
  advance(ticks: number): Promise<DrillView> {
    return this.serial(async () => {
      const buffers = this.spare;
      if (!buffers) throw new Error('a snapshot is already in flight');
      this.spare = null;
      const r = await this.rpc.call({ type: 'advance', ticks, buffers }, transferablesOf(buffers));
      if (r.type !== 'view' || !r.buffers) throw new Error(`unexpected reply ${r.type}`);
      this.spare = this.previous;
      this.previous = this.current;
      this.current = r.buffers;
      this.absorb(r.view);
      return r.view;
    });
  }

  /** Sends a trainee input (choice, action, rationale); resolves with the new view and an action's outcome. */
  input(input: PageInput): Promise<{ view: DrillView; outcome?: { applied: number; reason?: string } }> {
    return this.serial(async () => {
      const r = await this.rpc.call({ type: 'input', input }, []);
      if (r.type !== 'view') throw new Error(`unexpected reply ${r.type}`);
      this.absorb(r.view);
      return r.outcome ? { view: r.view, outcome: r.outcome } : { view: r.view };
    });
  }

  /** Score, timeline and the full log of the drill (any time; the debrief asks at the end). */
  result(): Promise<DrillResult> {
    return this.serial(async () => {
      const r = await this.rpc.call({ type: 'result' }, []);
      if (r.type !== 'result') throw new Error(`unexpected reply ${r.type}`);
      return r.result;
    });
  }

  terminate(): void {
    this.rpc.close();
  }

  private absorb(v: DrillView): void {
    this.view = v;
    this.log.push(...v.newEntries);
    if (v.inputs) this.inputs = v.inputs;
  }

  private serial<T>(f: () => Promise<T>): Promise<T> {
    const run = this.chain.then(f);
    this.chain = run.catch(() => undefined);
    return run;
  }
}
