// Messages between the page and the simulation Web Worker (simWorker.ts). Plain structured-clone data;
// snapshot buffers travel as transferables, so they are owned by one side at a time.
import type {
  ActionItem, Command, CommandResult, Indicators, PresetName, SimEvent, SnapshotBuffers, VenueInfo,
} from '../sim';

/** What a sim is created from (crowd-model.md §3.5 `createSim`). */
export interface SimSetup {
  preset: PresetName;
  seed: number;
  agents?: number;
}

/** Static facts about the running sim, sent once after `init`. */
export interface SimInfo {
  preset: PresetName;
  capacity: number;
  officerCapacity: number;
  venue: VenueInfo;
  indicators: Indicators;
}

/** The result of advancing the sim by some ticks. */
export interface StepReport {
  tick: number;
  indicators: Indicators;
  /** Events raised in every tick of the batch, in order. */
  events: SimEvent[];
}

export type WorkerRequest =
  | { id: number; type: 'init'; setup: SimSetup }
  | { id: number; type: 'apply'; command: Command }
  | { id: number; type: 'step'; ticks: number; buffers: SnapshotBuffers }
  | { id: number; type: 'snapshot'; buffers: SnapshotBuffers }
  | { id: number; type: 'hash' }
  /** A fresh, separate sim run to `ticks` with an action script; the live sim is untouched. */
  | { id: number; type: 'runHash'; setup: SimSetup; ticks: number; actions: ActionItem[] };

export type WorkerReply =
  | { id: number; type: 'ready'; info: SimInfo }
  | { id: number; type: 'applied'; result: CommandResult }
  | { id: number; type: 'stepped'; report: StepReport; buffers: SnapshotBuffers }
  | { id: number; type: 'snapshot'; buffers: SnapshotBuffers }
  | { id: number; type: 'hash'; hash: string }
  | { id: number; type: 'error'; name: string; message: string };

/** The ArrayBuffers of a snapshot set, to pass as the transfer list of postMessage. */
export function transferablesOf(b: SnapshotBuffers): ArrayBuffer[] {
  const arrays = [b.x, b.y, b.state, b.type, b.ox, b.oy, b.oposture, b.ostatus];
  if (b.spreading) arrays.push(b.spreading);
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/** Allocates one snapshot set for a sim of the given capacities. */
export function allocateSnapshot(capacity: number, officerCapacity: number): SnapshotBuffers {
  return {
    x: new Float32Array(capacity),
    y: new Float32Array(capacity),
    state: new Uint8Array(capacity),
    type: new Uint8Array(capacity),
    ox: new Float32Array(officerCapacity),
    oy: new Float32Array(officerCapacity),
    oposture: new Uint8Array(officerCapacity),
    ostatus: new Uint8Array(officerCapacity),
    spreading: new Uint8Array(capacity),
    count: 0,
    officerCount: 0,
  };
}
