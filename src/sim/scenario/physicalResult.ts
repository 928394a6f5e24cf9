// What one social tick of the physical layer reports to the scenario engine (crowd-model.md §4.6, §6.4):
// density peak, turbulence, falls, exits, flow alert and cordon incursions, in caller-owned buffers.

/** Located events are kept up to this many per tick (counts stay exact beyond it). */
export const MAX_TICK_EVENTS = 256;

export interface PhysicalTickResult {
  /** Largest smoothed 1 m-cell density over the tick's sub-steps (p/m²), where, and its zone (−1 none). */
  maxDensity: number;
  maxDensityX: number;
  maxDensityY: number;
  maxDensityZone: number;
  /** The turbulence alert held in some sub-step; it switched on during this tick; where pressure peaked. */
  turbulence: boolean;
  turbulenceStarted: boolean;
  turbulenceX: number;
  turbulenceY: number;
  /** Largest crowd pressure ρ·Var(v) seen in a cell with ρ ≥ 3.57 (s⁻²). */
  maxPressure: number;
  /** Falls this tick (each faller is injured and carried out: LEFT at the end of the tick). */
  falls: number;
  /** Falls of citizens who were not injured before (the increment of `injuries`). */
  newlyInjured: number;
  fallX: Float64Array;
  fallY: Float64Array;
  fallCitizen: Int32Array;
  /** Citizens who left through an exit this tick (now LEFT). */
  exited: number;
  /** Largest specific flow through a gap, gate or exit (p/m/min), where (zone index, −1 = an exit). */
  maxFlow: number;
  maxFlowZone: number;
  /** Some flow exceeded the Green Guide's 82 p/m/min. */
  flowAlert: boolean;
  /** Cordon officers entering occupied cells (ρ ≥ 1) while their line forms or advances. */
  incursions: number;
  incursionX: Float64Array;
  incursionY: Float64Array;
  incursionOfficer: Int32Array;
}

export function createPhysicalTickResult(capacity = MAX_TICK_EVENTS): PhysicalTickResult {
  return {
    maxDensity: 0, maxDensityX: 0, maxDensityY: 0, maxDensityZone: -1,
    turbulence: false, turbulenceStarted: false, turbulenceX: 0, turbulenceY: 0, maxPressure: 0,
    falls: 0, newlyInjured: 0,
    fallX: new Float64Array(capacity), fallY: new Float64Array(capacity), fallCitizen: new Int32Array(capacity),
    exited: 0, maxFlow: 0, maxFlowZone: -1, flowAlert: false,
    incursions: 0,
    incursionX: new Float64Array(capacity), incursionY: new Float64Array(capacity),
    incursionOfficer: new Int32Array(capacity),
  };
}

export function resetPhysicalTickResult(r: PhysicalTickResult): void {
  r.maxDensity = 0; r.maxDensityX = 0; r.maxDensityY = 0; r.maxDensityZone = -1;
  r.turbulence = false; r.turbulenceStarted = false; r.turbulenceX = 0; r.turbulenceY = 0; r.maxPressure = 0;
  r.falls = 0; r.newlyInjured = 0; r.exited = 0;
  r.maxFlow = 0; r.maxFlowZone = -1; r.flowAlert = false;
  r.incursions = 0;
}

/** Green Guide maximum specific flow (p/m/min). */
export const FLOW_LIMIT = 82;

/** Where a cordon line stands, for the breach trigger and the views. */
export interface CordonLineInfo {
  /** Occupied extent of the line (first to last officer body), or the whole segment when empty. */
  ax: number;
  ay: number;
  bx: number;
  by: number;
  /** On-duty officers standing in the line. */
  officers: number;
  /** Officers holding slots, and whether all of them are in place. */
  slotted: number;
  formed: boolean;
  /** Open width of the line (m): its length minus the closed parts. */
  openWidth: number;
  /** How far the line has advanced (m). */
  progress: number;
}

export function createCordonLineInfo(): CordonLineInfo {
  return { ax: 0, ay: 0, bx: 0, by: 0, officers: 0, slotted: 0, formed: false, openWidth: 0, progress: 0 };
}
