// Pure mapping from crowd tension (0–100) to the volumes of the two ambience loops, and the
// smoothing that keeps those volumes from jumping. No howler, no clock: time comes in as numbers.

/** Below this tension only the calm loop plays. */
export const CALM_BELOW = 40;
/** Above this tension only the agitated loop plays. */
export const AGITATED_ABOVE = 70;
/** Overall ambience level at tension 0 and at tension 100 (0–1, before the mute switch). */
export const LEVEL_AT_REST = 0.15;
export const LEVEL_AT_PEAK = 0.85;
/** Time constant of the tension follower: a step in tension is ~63 % heard after this long. */
export const FOLLOW_TAU_MS = 1500;

export interface AmbienceMix {
  /** Volume of the calm murmur loop, 0–1. */
  readonly calm: number;
  /** Volume of the agitated crowd loop, 0–1. */
  readonly agitated: number;
}

/** Clamps a tension reading to 0–100; anything not a finite number counts as 0 (silence beats noise). */
export function clampTension(t: number): number {
  if (!Number.isFinite(t)) return 0;
  return Math.min(100, Math.max(0, t));
}

const smoothstep = (x: number): number => x * x * (3 - 2 * x);

/** Share of the agitated loop (0–1): 0 below CALM_BELOW, 1 above AGITATED_ABOVE, an S-curve between. */
export function agitation(tension: number): number {
  const x = (clampTension(tension) - CALM_BELOW) / (AGITATED_ABOVE - CALM_BELOW);
  return smoothstep(Math.min(1, Math.max(0, x)));
}

/** Overall ambience level for a tension: quiet at rest, rising faster as the crowd heats up. */
export function ambienceLevel(tension: number): number {
  const u = clampTension(tension) / 100;
  return LEVEL_AT_REST + (LEVEL_AT_PEAK - LEVEL_AT_REST) * u * (0.5 + 0.5 * u);
}

/** Volumes of the two loops for a tension: an equal-power crossfade scaled by the overall level. */
export function ambienceMix(tension: number): AmbienceMix {
  const w = agitation(tension);
  const level = ambienceLevel(tension);
  // Equal power (cos/sin): the two recordings are uncorrelated, so their powers add; a linear
  // crossfade would dip by 3 dB in the middle of the blend.
  return { calm: level * Math.cos((w * Math.PI) / 2), agitated: level * Math.sin((w * Math.PI) / 2) };
}

/**
 * Follows a target tension with a first-order lag, so a jumpy reading (or a new scenario) never makes
 * the ambience jump; time comes from the caller's clock in milliseconds.
 */
export class TensionFollower {
  private value: number | null = null;
  private lastMs = 0;

  constructor(private readonly tauMs: number = FOLLOW_TAU_MS) {}

  /** The smoothed tension, or null before the first reading. */
  get current(): number | null {
    return this.value;
  }

  /** Moves toward `target` by the time elapsed since the previous call and returns the new value. */
  advance(target: number, nowMs: number): number {
    const goal = clampTension(target);
    if (this.value === null) {
      // The first reading is taken as is: the loops fade in from silence anyway.
      this.value = goal;
    } else {
      // A clock that went backwards (or a long pause) must not overshoot: elapsed time is clamped.
      const dt = Math.min(Math.max(0, nowMs - this.lastMs), 10 * this.tauMs);
      this.value += (goal - this.value) * (1 - Math.exp(-dt / this.tauMs));
    }
    this.lastMs = nowMs;
    return this.value;
  }
}
