// Parameters of the scenario presets (crowd-model.md §4.8 defaults, §7 per-preset values).
// Every number here is a calibration (◇) unless the spec marks it as taken from the literature (★).

import { SimInputError, type RumorContent, type ScenarioPresetName } from '../types';

export interface TypeDist {
  H: [number, number];
  /** L0 ~ N(mean, sd) or U(lo, hi) when `Luniform` is set. */
  L: [number, number];
  Luniform: boolean;
  R: [number, number];
  I0: number;
  E0: number;
  eps: number;
  omega: number;
}

export interface ScenarioParams {
  agents: number;
  /** Shares core / participant / bystander. */
  shares: [number, number, number];
  core: TypeDist;
  participant: TypeDist;
  bystander: TypeDist;
  repCount: number;
  vulnerableShare: number;
  hardshipScale: number;
  legitimacyShift: number;
  arousalShift: number;
  // Epstein core (★)
  threshold: number;
  k: number;
  alpha: number;
  // Police
  maxOfficers: number;
  arrestRadius: number;
  backupRadius: number;
  escortTicks: number;
  // Social (◇)
  psi: number;
  wE: number;
  thetaV: number;
  thetaL: number;
  piSp: number;
  etaE: number;
  lambdaE: number;
  lambdaL: number;
  lambdaI: number;
  mLeave: number;
  ILeave: number;
  pLeave: number;
  visionCells: number;
  // Triggers
  trigWindow: number;
  outnumberedRatio: number;
  breachRatio: number;
  // Rumour and information
  beta0: number;
  contact: number;
  a0: number;
  g: number;
  aMax: number;
  cie: number;
  counterFactor: number;
  releaseDecay: number;
  initialRumor: { content: RumorContent; importance: number; spreaders: number; reservoirShare: number };
  reservoir: number;
  lambda0: number;
  arrivalOnlookerShare: number;
  inflowCapacityShare: number;
  exposeAfterTicks: number;
  // Indicators
  tensionScale: number;
  violenceScale: number;
}

const core: TypeDist = { H: [0.7, 1], L: [0.1, 0.4], Luniform: true, R: [0, 0.5], I0: 0.8, E0: 0.5, eps: 1, omega: 0.5 };
const participant: TypeDist = { H: [0.4, 0.9], L: [0.72, 0.08], Luniform: false, R: [0, 1], I0: 0.4, E0: 0.25, eps: 0.6, omega: 1 };
const bystander: TypeDist = { H: [0, 0.4], L: [0.85, 0.05], Luniform: false, R: [0, 1], I0: 0.1, E0: 0.1, eps: 0.3, omega: 0.7 };

const common: Omit<ScenarioParams, 'agents' | 'shares' | 'repCount' | 'vulnerableShare' | 'initialRumor' | 'reservoir' | 'lambda0' | 'arrivalOnlookerShare' | 'maxOfficers' | 'exposeAfterTicks' | 'contact'> = {
  core, participant, bystander,
  hardshipScale: 1, legitimacyShift: 0, arousalShift: 0,
  threshold: 0.1, k: 2.3, alpha: 0,
  arrestRadius: 10, backupRadius: 10, escortTicks: 6,
  psi: 0.5, wE: 0.2, thetaV: 0.65, thetaL: 0.45, piSp: 0.8,
  etaE: 0.1, lambdaE: 0.02, lambdaL: 0.002, lambdaI: 0.002,
  mLeave: 0.1, ILeave: 0.3, pLeave: 0.01, visionCells: 5,
  trigWindow: 3, outnumberedRatio: 5, breachRatio: 5,
  beta0: 0.6, a0: 1, g: 0.005, aMax: 2, cie: 0.5, counterFactor: 0.7, releaseDecay: 0.95,
  inflowCapacityShare: 0.5,
  tensionScale: 0.05, violenceScale: 0.05,
};

export const PRESET_PARAMS: Record<ScenarioPresetName, ScenarioParams> = {
  taxi: {
    ...common,
    agents: 600,
    shares: [0.04, 0.56, 0.4],
    participant: { ...participant, H: [0.5, 1], I0: 0.55 },
    core: { ...core, I0: 0.85 },
    repCount: 5,
    vulnerableShare: 0,
    contact: 0.06,
    initialRumor: { content: 'mobilising', importance: 0.8, spreaders: 10, reservoirShare: 0.01 },
    reservoir: 2000, lambda0: 2, arrivalOnlookerShare: 0.4,
    maxOfficers: 150,
    exposeAfterTicks: 90,
  },
  rent: {
    ...common,
    agents: 800,
    shares: [0.03, 0.42, 0.55],
    participant: { ...participant, H: [0.35, 0.85] },
    repCount: 4,
    vulnerableShare: 0.05,
    contact: 0.03,
    initialRumor: { content: 'mobilising', importance: 0.9, spreaders: 10, reservoirShare: 0.01 },
    reservoir: 1500, lambda0: 3, arrivalOnlookerShare: 0.8,
    maxOfficers: 100,
    exposeAfterTicks: 120,
  },
  housing: {
    ...common,
    agents: 2000,
    shares: [0.02, 0.83, 0.15],
    core: { ...core, H: [0.85, 1] },
    participant: { ...participant, H: [0.6, 1], I0: 0.6 },
    thetaV: 0.75,
    repCount: 6,
    vulnerableShare: 0.15,
    contact: 0.045,
    initialRumor: { content: 'blaming', importance: 0.9, spreaders: 10, reservoirShare: 0.01 },
    reservoir: 4000, lambda0: 2, arrivalOnlookerShare: 0.2,
    maxOfficers: 200,
    exposeAfterTicks: 60,
  },
};

/** Keys a caller may override (tuning knobs and any §4.8 scalar). */
export type ScenarioParamOverrides = Partial<ScenarioParams>;

/** A preset's parameters with overrides applied: unknown keys and non-finite numbers are input errors. */
export function mergeParams(base: ScenarioParams, over: Partial<ScenarioParams> | undefined): ScenarioParams {
  if (over === undefined) return base;
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(over)) {
    if (!(k in base)) throw new SimInputError(`params.${k}: unknown parameter`);
    const cur = (base as unknown as Record<string, unknown>)[k];
    if (typeof cur === 'number' && (typeof v !== 'number' || !Number.isFinite(v))) {
      throw new SimInputError(`params.${k}: must be a finite number, got ${JSON.stringify(v)}`);
    }
    out[k] = v;
  }
  return out as unknown as ScenarioParams;
}
