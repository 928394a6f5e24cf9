// Messages between the page and the simulation Web Worker (simWorker.ts). Plain structured-clone data;
// snapshot buffers travel as transferables, so they are owned by one side at a time.
import {
  CORDON_FIELDS, type ActionItem, type Command, type CommandResult, type Indicators, type PresetName, type SimEvent,
  type SnapshotBuffers, type VenueInfo,
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
  if (b.cordons) arrays.push(b.cordons);
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
    cordons: new Float32Array(CORDON_FIELDS * MAX_CORDON_SEGMENTS),
    count: 0,
    officerCount: 0,
    cordonCount: 0,
  };
}

/** Police line segments a snapshot carries: every zone's line plus its closed stretches. */
export const MAX_CORDON_SEGMENTS = 64;

/** Copies one snapshot set into another (the clients keep the previous frame for interpolation). */
export function copySnapshot(from: SnapshotBuffers, to: SnapshotBuffers): void {
  const n = Math.min(from.x.length, to.x.length);
  to.x.set(from.x.subarray(0, n)); to.y.set(from.y.subarray(0, n)); to.state.set(from.state.subarray(0, n)); to.type.set(from.type.subarray(0, n));
  const m = Math.min(from.ox.length, to.ox.length);
  to.ox.set(from.ox.subarray(0, m)); to.oy.set(from.oy.subarray(0, m)); to.oposture.set(from.oposture.subarray(0, m)); to.ostatus.set(from.ostatus.subarray(0, m));
  if (from.spreading && to.spreading) to.spreading.set(from.spreading.subarray(0, Math.min(from.spreading.length, to.spreading.length)));
  if (from.cordons && to.cordons) to.cordons.set(from.cordons.subarray(0, Math.min(from.cordons.length, to.cordons.length)));
  to.count = from.count;
  to.officerCount = from.officerCount;
  to.cordonCount = from.cordonCount;
}
