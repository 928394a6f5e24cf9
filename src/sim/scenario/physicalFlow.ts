// Flow through gaps, gates and exits (crowd-model.md §4.6 point 9), in persons per metre of open width
// per minute, against the Green Guide's 82 p/m/min. A diagnostic: it changes nothing in the crowd.

import type { Cordons } from './physicalCordon';
import { FLOW_LIMIT, type PhysicalTickResult } from './physicalResult';
import type { Venue } from './venue';

/** Narrower openings than this are treated as closed (a crossing there was a clipping artefact). */
const MIN_OPEN = 0.5;

export class FlowMeter {
  /** Σ over the tick's sub-steps of crossings / open width, per zone line; exits per exit. */
  private readonly lineSum: Float64Array;
  readonly exitCount: Int32Array;
  private readonly exitWidth: Float64Array;

  constructor(venue: Venue, zones: number) {
    this.lineSum = new Float64Array(zones);
    const ex = venue.spec.exits;
    this.exitCount = new Int32Array(ex.length);
    this.exitWidth = Float64Array.from(ex.map((r) => Math.max(r.x1 - r.x0, r.y1 - r.y0)));
  }

  reset(): void {
    this.lineSum.fill(0);
    this.exitCount.fill(0);
  }

  /** Takes the crossings of the sub-step just run from the lines (and clears them). */
  addLineCrossings(cd: Cordons): void {
    for (let z = 0; z < cd.nz; z++) {
      const n = cd.crossings[z] as number;
      if (n === 0) continue;
      cd.crossings[z] = 0;
      const open = (cd.len[z] as number) - (cd.closedLen[z] as number);
      if (open >= MIN_OPEN) this.lineSum[z] = (this.lineSum[z] as number) + n / open;
    }
  }

  /** The tick's largest specific flow: crossings per metre over 10 s, ×6 → p/m/min. */
  finish(out: PhysicalTickResult): void {
    for (let z = 0; z < this.lineSum.length; z++) {
      const f = (this.lineSum[z] as number) * 6;
      if (f > out.maxFlow) { out.maxFlow = f; out.maxFlowZone = z; }
    }
    for (let e = 0; e < this.exitCount.length; e++) {
      const f = ((this.exitCount[e] as number) / (this.exitWidth[e] as number)) * 6;
      if (f > out.maxFlow) { out.maxFlow = f; out.maxFlowZone = -1; }
    }
    out.flowAlert = out.maxFlow > FLOW_LIMIT;
  }
}
