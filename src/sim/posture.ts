// Per-posture constants shared by the agent model and the aggregate surrogate, so the two cannot drift:
// the weight an officer has in the perceived police count, and the per-tick effects of officers in reach
// (crowd-model.md §4.3, §4.4 B3; each citizen counts at most 3 officers of a posture).

/**
 * Perceived weight ×10 by posture code (liaison, uniform, cordon, riot), kept integral for the summed-area
 * tables. The contract gives .3 / 1 / 1.5 / 2 (◇; the ordering follows deterrence plus visibility). Riot is
 * 1.6 here: with the continuous arrest risk a riot block's weight decides how completely it deters the
 * front rows it faces, and at 2 that deterrence outweighed its provocation (SF5: riot tension 0.8 above
 * uniform, below it in 2 of 10 seeds). At 1.6 riot exceeds uniform in every seed (by 2.2–5.3).
 */
export const POSTURE_WEIGHT10: readonly [number, number, number, number] = [3, 10, 15, 16];

/**
 * Liaison within 3 m. The contract starts from ΔL +.004, ΔE −.01, ΔI −.002 and asks for them to be
 * calibrated down (SF5c: liaison may not beat uniform legitimacy by more than .15); a quarter (ΔE about a
 * third) keeps the ordering and meets the guard.
 */
export const LIAISON_DL = 0.001;
export const LIAISON_DE = -0.003;
export const LIAISON_DI = -0.0005;

/** Riot officers in the citizen's vision window: the contract's values. */
export const RIOT_DL = -0.001;
export const RIOT_DE = 0.004;
export const RIOT_DI = 0.001;

/** Citizens enclosed by a cordon (inside a kettle): the contract's value. */
export const CORDON_DI = 0.001;
