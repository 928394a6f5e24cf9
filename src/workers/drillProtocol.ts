// Messages between the page and the drill Web Worker (drillWorker.ts): the whole headless drill runs
// there; the page gets views of it. Plain structured-clone data; snapshot buffers are transferred.
import type { DrillInput, DrillMode, DrillView } from '../drill';
import type { DrillResult } from '../scoring';
import type { ScenarioBundle, StoryLanguage } from '../scenario';
import type { SnapshotBuffers, VenueInfo } from '../sim';

export type { DrillMode, DrillResult, DrillView };


/** How a drill starts: fresh, or rebuilt from recorded inputs (resume after reload, fork). */
export interface DrillStart {
  bundle: ScenarioBundle;
  seed: number;
  mode: DrillMode;
  /** The story's language (the bundle must have it). */
  language: StoryLanguage;
  /** Inputs to replay first (resume or fork), then run on to `untilTick`. */
  inputs?: DrillInput[];
  untilTick?: number;
  /** A crowd size other than the scenario's (practice drills for benchmarks, `?agents=`). */
  agents?: number;
}

/** A recorded input as the page sends it: the worker stamps the tick it is applied at. */
export type PageInput = DrillInput extends infer I ? (I extends DrillInput ? Omit<I, 'tick'> : never) : never;


export interface DrillInfo {
  venue: VenueInfo;
  capacity: number;
  officerCapacity: number;
}


export type DrillRequest =
  | { id: number; type: 'start'; start: DrillStart; buffers: SnapshotBuffers }
  | { id: number; type: 'advance'; ticks: number; buffers: SnapshotBuffers }
  | { id: number; type: 'input'; input: PageInput }
  | { id: number; type: 'result' };

export type DrillReply =
  | { id: number; type: 'started'; info: DrillInfo; view: DrillView; buffers: SnapshotBuffers }
  | { id: number; type: 'view'; view: DrillView; buffers?: SnapshotBuffers; outcome?: { applied: number; reason?: string } }
  | { id: number; type: 'result'; result: DrillResult }
  | { id: number; type: 'error'; name: string; message: string };
