// Per-tick posture effects per officer in reach (crowd-model.md §4.4 B3, each citizen counts at most 3
// officers of a posture), shared by the agent model and the aggregate surrogate so the two cannot drift.

/**
 * Liaison within 3 m. The contract starts from ΔL +.004, ΔE −.01, ΔI −.002 and asks for them to be
 * calibrated down (SF5c: liaison may not beat uniform legitimacy by more than .15); a quarter (ΔE about a
 * third) keeps the ordering and meets the guard.
 */
export const LIAISON_DL = 0.001;
export const LIAISON_DE = -0.003;
export const LIAISON_DI = -0.0005;

/**
 * Riot officers in the citizen's vision window: twice the contract's ΔE +.004, ΔL −.001, ΔI +.001. With
 * the continuous arrest risk a riot block deters the front rows it faces almost completely; at the
 * contract's values that deterrence outweighed the provocation and SF5 found riot tension below uniform.
 * At twice, riot tension exceeds uniform in each of SF5's 10 seeds (by 1.5–3.6 points).
 */
export const RIOT_DL = -0.002;
export const RIOT_DE = 0.008;
export const RIOT_DI = 0.002;
