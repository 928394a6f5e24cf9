// Parameters of the `epstein` preset (crowd-model.md §4.9, §7.4): NetLogo Rebellion's defaults,
// their validation, the `--agents n` sizing rule and the legitimacy schedule (a number or [tick, value] points).

import { SimInputError } from '../types';

export type EpsteinRounding = 'floor' | 'round' | 'none';

/** A legitimacy schedule point: [tick, value]; values between points are interpolated linearly. */
export type LegitimacyPoint = readonly [number, number];

export interface EpsteinParams {
  citizenDensity: number;
  copDensity: number;
  /** Neighbourhood radius in cells (Euclidean, torus distance, own cell included). */
  vision: number;
  /** A constant, or [tick, value] points interpolated linearly and held after the last point. */
  legitimacy: number | readonly LegitimacyPoint[];
  maxJailTerm: number;
  k: number;
  threshold: number;
  /** How C/A enters P: NetLogo's floor, Mesa's round (half to even), or the paper's plain ratio. */
  rounding: EpsteinRounding;
  /** Whether citizens move (cops always move, as in NetLogo). */
  movement: boolean;
  width: number;
  height: number;
}

/** NetLogo Rebellion's defaults (§7.4): 40×40 torus, 70 % citizens, 4 % cops, vision 7, L .82, J_max 30. */
export const EPSTEIN_DEFAULTS: Readonly<EpsteinParams> = Object.freeze({
  citizenDensity: 0.7,
  copDensity: 0.04,
  vision: 7,
  legitimacy: 0.82,
  maxJailTerm: 30,
  k: 2.3,
  threshold: 0.1,
  rounding: 'floor',
  movement: true,
  width: 40,
  height: 40,
});

/** Resolved world size and head counts. */
export interface EpsteinLayout {
  width: number;
  height: number;
  citizens: number;
  cops: number;
}

const KEYS = Object.keys(EPSTEIN_DEFAULTS) as (keyof EpsteinParams)[];

function fail(field: string, what: string, got: unknown): never {
  const shown = typeof got === 'string' ? JSON.stringify(got) : Array.isArray(got) ? 'an array' : String(got);
  throw new SimInputError(`params.${field}: must be ${what}, got ${shown}`);
}

function num(p: Record<string, unknown>, key: string, lo: number, hi: number, integer: boolean): void {
  const v = p[key];
  if (v === undefined) return;
  const ok = typeof v === 'number' && v >= lo && v <= hi && (!integer || Number.isSafeInteger(v));
  if (!ok) fail(key, `${integer ? 'an integer' : 'a number'} in [${lo}, ${hi}]`, v);
}

function checkLegitimacy(v: unknown): void {
  if (typeof v === 'number') {
    if (!(v >= 0 && v <= 1)) fail('legitimacy', 'a number in [0, 1] or a list of [tick, value] points', v);
    return;
  }
  if (!Array.isArray(v) || v.length === 0) fail('legitimacy', 'a number in [0, 1] or a non-empty list of [tick, value] points', v);
  let last = -Infinity;
  v.forEach((pt: unknown, i) => {
    const ok = Array.isArray(pt) && pt.length === 2 && typeof pt[0] === 'number' && typeof pt[1] === 'number'
      && Number.isFinite(pt[0]) && pt[0] >= 0 && pt[1] >= 0 && pt[1] <= 1;
    if (!ok) fail(`legitimacy[${i}]`, 'a [tick ≥ 0, value in [0, 1]] pair', pt);
    const t = (pt as number[])[0] as number;
    if (t < last) fail(`legitimacy[${i}]`, 'in non-decreasing tick order', t);
    last = t;
  });
}

/** Merges `params` over the defaults after strict validation; throws SimInputError naming the field. */
export function resolveEpsteinParams(params: Partial<EpsteinParams> | undefined): EpsteinParams {
  const p = (params ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(p)) {
    if (!(KEYS as string[]).includes(key)) {
      throw new SimInputError(`params.${key}: unknown parameter for preset "epstein" (expected ${KEYS.join(', ')})`);
    }
  }
  num(p, 'citizenDensity', 0, 1, false);
  num(p, 'copDensity', 0, 1, false);
  num(p, 'vision', 0, 1000, false);
  num(p, 'maxJailTerm', 1, 1_000_000, true);
  num(p, 'k', 0, 100, false);
  num(p, 'threshold', -10, 10, false);
  num(p, 'width', 1, 1000, true);
  num(p, 'height', 1, 1000, true);
  if (p['legitimacy'] !== undefined) checkLegitimacy(p['legitimacy']);
  const r = p['rounding'];
  if (r !== undefined && r !== 'floor' && r !== 'round' && r !== 'none') fail('rounding', 'one of floor, round, none', r);
  if (p['movement'] !== undefined && typeof p['movement'] !== 'boolean') fail('movement', 'true or false', p['movement']);
  const out = { ...EPSTEIN_DEFAULTS, ...(params ?? {}) } as EpsteinParams;
  if (Array.isArray(out.legitimacy)) {
    out.legitimacy = (out.legitimacy as readonly LegitimacyPoint[]).map((pt) => [pt[0], pt[1]] as const);
  }
  return out;
}

/**
 * World size and head counts. Without `agents`: W×H from params, round(density·W·H) of each kind.
 * With `agents` n (§4.9): side = round(√(n/0.70)), citizens = n, cops = round(copDensity·side²).
 */
export function epsteinLayout(p: EpsteinParams, agents: number | undefined): EpsteinLayout {
  let width = p.width;
  let height = p.height;
  let citizens: number;
  if (agents === undefined) {
    citizens = Math.round(p.citizenDensity * width * height);
  } else {
    if (!Number.isSafeInteger(agents) || agents < 10 || agents > 40_000) {
      throw new SimInputError(`agents: must be an integer in [10, 40000] for preset "epstein", got ${String(agents)}`);
    }
    const side = Math.round(Math.sqrt(agents / 0.7));
    width = side;
    height = side;
    citizens = agents;
  }
  const cops = Math.round(p.copDensity * width * height);
  if (citizens + cops > width * height) {
    throw new SimInputError(`params: ${citizens} citizens and ${cops} cops do not fit on a ${width}×${height} world`);
  }
  return { width, height, citizens, cops };
}

/** The legitimacy schedule as flat arrays (no allocation when evaluated per tick). */
export class LegitimacySchedule {
  readonly ticks: Float64Array;
  readonly values: Float64Array;

  constructor(spec: EpsteinParams['legitimacy']) {
    const pts: readonly LegitimacyPoint[] = typeof spec === 'number' ? [[0, spec]] : spec;
    this.ticks = new Float64Array(pts.length);
    this.values = new Float64Array(pts.length);
    pts.forEach((pt, i) => {
      this.ticks[i] = pt[0];
      this.values[i] = pt[1];
    });
  }

  /**
   * L at tick t: the first value before the first point, the last value after the last point, linear in
   * between. At a tick shared by several points the last of them holds (a step).
   */
  at(t: number): number {
    const n = this.ticks.length;
    let j = -1;
    while (j + 1 < n && (this.ticks[j + 1] as number) <= t) j++;
    if (j < 0) return this.values[0] as number;
    if (j === n - 1) return this.values[j] as number;
    const t0 = this.ticks[j] as number;
    const t1 = this.ticks[j + 1] as number;
    const v0 = this.values[j] as number;
    const v1 = this.values[j + 1] as number;
    return v0 + ((v1 - v0) * (t - t0)) / (t1 - t0);
  }
}
