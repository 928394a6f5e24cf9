// The page's handle on the simulation running in a Web Worker: the Sim interface made asynchronous.
// Keeps three snapshot sets (previous, current, in flight) so the renderer can interpolate between ticks.
import type {
  ActionItem, Command, CommandResult, Indicators, PresetName, SnapshotBuffers, VenueInfo,
} from '../sim';
import {
  allocateSnapshot, copySnapshot, transferablesOf,
  type SimInfo, type SimSetup, type StepReport, type WorkerReply, type WorkerRequest,
} from './simProtocol';
import { Rpc, WorkerError, type Port } from './rpc';

/** The minimal worker surface the client needs (a real Worker, or a stand-in in unit tests). */
export type WorkerPort = Port<WorkerRequest, WorkerReply>;

/** An error the simulation worker reported; `name` is 'SimInputError' for a bad command. */
export class SimWorkerError extends WorkerError {}

export class SimWorkerClient {
  readonly preset: PresetName;
  readonly capacity: number;
  readonly officerCapacity: number;
  readonly venue: VenueInfo;
  /** Snapshot before the last step batch, and after it. The renderer interpolates previous → current. */
  previous: SnapshotBuffers;
  current: SnapshotBuffers;
  /** Increments whenever `current` changes. */
  frameVersion = 0;
  private spare: SnapshotBuffers | null;
  private latest: Indicators;
  private stepChain: Promise<unknown> = Promise.resolve();

  private constructor(private readonly rpc: Rpc<WorkerRequest, WorkerReply>, info: SimInfo) {
    this.preset = info.preset;
    this.capacity = info.capacity;
    this.officerCapacity = info.officerCapacity;
    this.venue = info.venue;
    this.latest = info.indicators;
    this.previous = allocateSnapshot(info.capacity, info.officerCapacity);
    this.current = allocateSnapshot(info.capacity, info.officerCapacity);
    this.spare = allocateSnapshot(info.capacity, info.officerCapacity);
  }

  /** Creates the sim inside `worker` and fills the first snapshot. */
  static async start(worker: WorkerPort, setup: SimSetup): Promise<SimWorkerClient> {
    const rpc = new Rpc<WorkerRequest, WorkerReply>(worker, (name, message) => new SimWorkerError(name, message), 'simulation');
    const ready = await rpc.call({ type: 'init', setup }, []);
    if (ready.type !== 'ready') throw new Error(`unexpected reply ${ready.type}`);
    const client = new SimWorkerClient(rpc, ready.info);
    await client.refreshSnapshot();
    return client;
  }

  get tick(): number {
    return this.latest.tick;
  }

  /** The indicators after the last completed step (or the initial ones). */
  indicators(): Indicators {
    return this.latest;
  }

  /** Queues a command for the current tick boundary; rejects with SimWorkerError for a bad command. */
  async apply(command: Command): Promise<CommandResult> {
    const r = await this.rpc.call({ type: 'apply', command }, []);
    if (r.type !== 'applied') throw new Error(`unexpected reply ${r.type}`);
    return r.result;
  }

  /** Advances `ticks` ticks; resolves when the new snapshot is current. Calls are serialised. */
  step(ticks = 1): Promise<StepReport> {
    const run = this.stepChain.then(() => this.stepNow(ticks));
    this.stepChain = run.catch(() => undefined);
    return run;
  }

  /** The live sim's state hash (crowd-model.md §9.3). */
  async hash(): Promise<string> {
    const r = await this.rpc.call({ type: 'hash' }, []);
    if (r.type !== 'hash') throw new Error(`unexpected reply ${r.type}`);
    return r.hash;
  }

  /** Hash of a separate fresh run in the worker (the live sim is untouched): SF12(e). */
  async runHash(setup: SimSetup, ticks: number, actions: ActionItem[] = []): Promise<string> {
    const r = await this.rpc.call({ type: 'runHash', setup, ticks, actions }, []);
    if (r.type !== 'hash') throw new Error(`unexpected reply ${r.type}`);
    return r.hash;
  }

  terminate(): void {
    this.rpc.close();
  }

  private async stepNow(ticks: number): Promise<StepReport> {
    const buffers = this.takeSpare();
    const r = await this.rpc.call({ type: 'step', ticks, buffers }, transferablesOf(buffers));
    if (r.type !== 'stepped') throw new Error(`unexpected reply ${r.type}`);
    this.spare = this.previous;
    this.previous = this.current;
    this.current = r.buffers;
    this.frameVersion++;
    this.latest = r.report.indicators;
    return r.report;
  }

  private async refreshSnapshot(): Promise<void> {
    const buffers = this.takeSpare();
    const r = await this.rpc.call({ type: 'snapshot', buffers }, transferablesOf(buffers));
    if (r.type !== 'snapshot') throw new Error(`unexpected reply ${r.type}`);
    copySnapshot(r.buffers, this.previous);
    this.spare = this.current;
    this.current = r.buffers;
    this.frameVersion++;
  }

  private takeSpare(): SnapshotBuffers {
    const b = this.spare;
    if (!b) throw new Error('a snapshot request is already in flight');
    this.spare = null;
    return b;
  }
}
