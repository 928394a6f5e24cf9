// Deterministic math for the model (crowd-model.md §3.4): an exponential built only from + − × ÷
// and the look-up tables built from it at module load. State-changing code never calls Math.exp/pow/log.

const LN2 = 0.6931471805599453;
// Cody–Waite split of ln 2: n·LN2_HI is exact, so the reduced argument keeps its last bits.
const LN2_HI = 0.6931471803691238;
const LN2_LO = 1.9082149292705877e-10;
/** 1/k! for k = 12 … 0, the Horner coefficients of the degree-13 Taylor polynomial. */
const INV_FACTORIALS = [479001600, 39916800, 3628800, 362880, 40320, 5040, 720, 120, 24, 6, 2, 1, 1].map((f) => 1 / f);

/** Powers of two as literals-by-doubling (exact in binary floating point). */
const POW2_MIN = -1100;
const POW2_MAX = 1100;
const pow2Table: number[] = (() => {
  const t = new Array<number>(POW2_MAX - POW2_MIN + 1);
  const zero = -POW2_MIN;
  t[zero] = 1;
  for (let i = 1; i <= POW2_MAX; i++) t[zero + i] = (t[zero + i - 1] as number) * 2;
  for (let i = 1; i <= -POW2_MIN; i++) t[zero - i] = (t[zero - i + 1] as number) / 2;
  return t;
})();

/** e^x from x = n·ln2 + r, degree-13 Taylor polynomial in Horner form for e^r, times 2^n. */
export function expDet(x: number): number {
  if (x !== x) return NaN;
  if (x > 709) return Infinity;
  if (x < -745) return 0;
  const n = Math.round(x / LN2);
  const r = (x - n * LN2_HI) - n * LN2_LO;
  let p = 1 / 6227020800; // 1/13!
  for (let i = 0; i < INV_FACTORIALS.length; i++) p = p * r + (INV_FACTORIALS[i] as number);
  const idx = n - POW2_MIN;
  if (n < POW2_MIN) return 0;
  return p * (pow2Table[idx] as number);
}

/** Ptab[n] = 1 − e^(−2.3·n), n = 0…15; the Epstein arrest probability with floor rounding. */
export function buildPtab(k: number): Float64Array {
  const t = new Float64Array(16);
  for (let n = 0; n < 16; n++) t[n] = 1 - expDet(-k * n);
  return t;
}
export const Ptab: Float64Array = buildPtab(2.3);

/** Arrest probability for an integer ratio n (n ≥ 15 uses Ptab[15]). */
export function ptab(n: number): number {
  return Ptab[n < 15 ? n : 15] as number;
}

const PC_STEP = 256; // steps per unit of C_w/A
const PC_MAX = 16;
/** 1 − e^(−2.3·x) at x = i/256 on [0, 16]; P reaches 1 − 1e−16 at 16, so larger ratios read the last entry. */
const PCtab: Float64Array = (() => {
  const t = new Float64Array(PC_MAX * PC_STEP + 1);
  for (let i = 0; i < t.length; i++) t[i] = 1 - expDet((-2.3 * i) / PC_STEP);
  return t;
})();

/**
 * Epstein's arrest probability in the paper's continuous form, P = 1 − e^(−2.3·C_w/A), for the scenario
 * presets: `cw10` is 10·C_w (an integer), A = 1 + actives in view. Table with linear interpolation
 * (error ≤ h²·2.3²/8 ≈ 1.0e−5 at h = 1/256), so it is as reproducible as Ptab and cheaper than an exponential per citizen.
 */
export function pContinuous(cw10: number, A: number): number {
  const u = (cw10 * PC_STEP) / (10 * A);
  if (u >= PC_MAX * PC_STEP) return PCtab[PC_MAX * PC_STEP] as number;
  const i = Math.floor(u);
  const a = PCtab[i] as number;
  return a + ((PCtab[i + 1] as number) - a) * (u - i);
}

const STAB_STEP = 64; // steps per unit on [−8, 8]
const Stab: Float64Array = (() => {
  const t = new Float64Array(16 * STAB_STEP + 1);
  for (let i = 0; i < t.length; i++) t[i] = 1 / (1 + expDet(-(i / STAB_STEP - 8)));
  return t;
})();

/** Logistic σ(x) by table on [−8, 8] with linear interpolation, clamped outside. */
export function sigmoid(x: number): number {
  if (x <= -8) return Stab[0] as number;
  if (x >= 8) return Stab[Stab.length - 1] as number;
  const f = (x + 8) * STAB_STEP;
  const i = Math.floor(f);
  const w = f - i;
  const a = Stab[i] as number;
  return a + w * ((Stab[i + 1] as number) - a);
}

/** Derivative of the logistic, from the table: σ(x)(1 − σ(x)). */
export function sigmoidSlope(x: number): number {
  const s = sigmoid(x);
  return s * (1 - s);
}

const VTAB_STEP = 0.05;
const Vtab: Float64Array = (() => {
  // Weidmann (1993): v(ρ) = 1.34·[1 − exp(−1.913·(1/ρ − 1/5.4))], floor 0.05 m/s (Johansson 2008).
  const n = Math.round(10 / VTAB_STEP) + 1;
  const t = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const rho = i * VTAB_STEP;
    const v = rho <= 0 ? 1.34 : 1.34 * (1 - expDet(-1.913 * (1 / rho - 1 / 5.4)));
    t[i] = v < 0.05 ? 0.05 : v > 1.34 ? 1.34 : v;
  }
  return t;
})();

/** Walking speed (m/s) at density rho (p/m²), by table with linear interpolation. */
export function weidmannSpeed(rho: number): number {
  if (rho <= 0) return Vtab[0] as number;
  const f = rho / VTAB_STEP;
  if (f >= Vtab.length - 1) return Vtab[Vtab.length - 1] as number;
  const i = Math.floor(f);
  const w = f - i;
  const a = Vtab[i] as number;
  return a + w * ((Vtab[i + 1] as number) - a);
}

/** Clip to [0, 1]. */
export function clamp01(v: number): number {
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

/** Reported-value rounding (§6.1): Math.round(v·10^d)/10^d. */
export function roundTo(v: number, digits: number): number {
  const m = digits === 0 ? 1 : digits === 1 ? 10 : digits === 2 ? 100 : digits === 3 ? 1000 : 10000;
  return Math.round(v * m) / m;
}
