// Calibration constants of the aggregate surrogate (spatial reach of officers and words, witness counts,
// density proxy) and the fixed quadrature classes that stand in for the full model's agent heterogeneity.
// Everything the full model has as a preset parameter is read from presetParams.ts, never copied here.

import type { ScenarioParams, TypeDist } from '../scenario/presetParams';

/** Spatial knobs the full model gets from geometry (◇, tuned by src/cli/calibrateAggregate.ts). */
export const K = {
  /** How far an active segment moves from its spawn zones into the focal zone (0 none, 1 all). */
  focalDrift: 0.8,
  /** Share of each type within 40 m of the address point: bystander, participant, core. */
  addressShare: [0.6, 0.95, 1] as readonly number[],
  /** How much of each type stands at the front, in view of a riot block: bystander, participant, core. */
  front: [0.15, 1, 1] as readonly number[],
  /** Actives within 10 m of an officer standing at the focal point (the densest, most active spot). */
  activeNearFocal: 300,
  /** Crowd violent share from which the riot effect halves. The full model halves per zone at .02; in a
   * mean field that pins violence at .02, so the surrogate halves only once violence is widespread. */
  riotHalvingAt: 0.3,
  /** Citizens within 3 m of one liaison officer; within 15 m of one (address reach, local ambiguity). */
  liaisonNear: 25,
  liaisonWide: 120,
  /** Citizens whose vision window holds one riot officer (the block stands at the crowd's edge). */
  riotView: 60,
  /** Enclosed citizens per cordon officer (the kettle between the line and the building). */
  cordonEnclosed: 6,
  /** Witnesses within 10 m of one arrest or one hit (a dense crowd). */
  witnesses: 100,
  /** Citizens within 2 m of an arrestee (ΔI +.02 after a targeted arrest). */
  nearArrest: 8,
  /** Chance that an officer under a dispersal order finds someone within 2 m this tick. */
  hitChance: 0.7,
  /** Chance that a non-liaison officer has a partner within the backup radius. */
  partnerChance: 0.7,
  /** Citizens inside the 10 m trigger radius of one outnumbered officer. */
  triggerReach: 60,
  /** Share of a bystander's neighbours who are participants or core (and the reverse): contagion is local. */
  bystanderMixing: 0.2,
  /** Width of the arousal ramp around θ_V (the spread of E within a segment). */
  arousalSpread: 0.1,
  /** Deterrence: citizens in view per unit of patrol (liaison, uniform) officer weight, and the actives in a window. */
  viewPerWeight: 100,
  activeInWindow: 150,
  /** Ticks a leaving citizen takes to reach an exit. */
  exitTicks: 6,
  /** Density proxy (p/m²): the crowd's packing at the focal point, and what cordons and force add. */
  densityBase: 2.4,
  densityPerActive: 0.9,
  densityCordon: 0.005,
  densityForce: 0.02,
  /** Share of a cordon line's weight that reaches patrol-like deterrence (the line runs along the crowd). */
  cordonDeterrence: 0.1,
  /** Citizens within 5 m of a cordon line formed through the crowd, per cordon officer (an incursion). */
  cordonIncursion: 15,
  /** Relative noise of the rumour contacts per tick (seeded: runs differ slightly by seed). */
  contactNoise: 0.06,
} as const;

export const CLASSES_PER_SEGMENT = 12;
/** Classes are H_POINTS hardship levels × L_POINTS legitimacy offsets (class k = a · L_POINTS + b). */
export const H_POINTS = 4;
export const L_POINTS = 3;
/** Equal-weight 3-point quadrature of a normal: ±√1.5 σ keeps its variance. */
const NORMAL_POINTS = [-1.224744871391589, 0, 1.224744871391589];

/** Quadrature classes of one segment: hardship H and the offset of L0 from the segment's mean. */
export interface SegmentClasses {
  H: Float64Array;
  dL: Float64Array;
  /** The distinct hardship levels (H[a · L_POINTS]) and legitimacy offsets (dL[b]) of the classes. */
  Hpts: Float64Array;
  dLpts: Float64Array;
  /** Mean L0 and mean H of the segment at the start. */
  L0: number;
  Hmean: number;
  Rlo: number;
  Rhi: number;
}

/** Builds the classes of one citizen type (segment 0 bystanders, 1 participants, 2 core). */
export function buildClasses(p: ScenarioParams, d: TypeDist, segment: number): SegmentClasses {
  const H = new Float64Array(CLASSES_PER_SEGMENT);
  const dL = new Float64Array(CLASSES_PER_SEGMENT);
  const hs = segment === 0 ? 1 : p.hardshipScale;
  let Hsum = 0;
  for (let a = 0; a < H_POINTS; a++) {
    const h = Math.min(1, (d.H[0] + ((a + 0.5) / H_POINTS) * (d.H[1] - d.H[0])) * hs);
    for (let b = 0; b < L_POINTS; b++) {
      const k = a * L_POINTS + b;
      H[k] = h;
      Hsum += h;
      // Uniform L0 on [lo, hi]: midpoints of thirds; normal: the 3-point quadrature.
      dL[k] = d.Luniform ? ((b - 1) * (d.L[1] - d.L[0])) / 3 : (NORMAL_POINTS[b] as number) * d.L[1];
    }
  }
  const L0 = d.Luniform ? (d.L[0] + d.L[1]) / 2 : d.L[0];
  const Hpts = new Float64Array(H_POINTS);
  const dLpts = new Float64Array(L_POINTS);
  for (let a = 0; a < H_POINTS; a++) Hpts[a] = H[a * L_POINTS] as number;
  for (let b = 0; b < L_POINTS; b++) dLpts[b] = dL[b] as number;
  return { H, dL, Hpts, dLpts, L0: Math.min(1, Math.max(0, L0 + p.legitimacyShift)), Hmean: Hsum / CLASSES_PER_SEGMENT, Rlo: d.R[0], Rhi: d.R[1] };
}
