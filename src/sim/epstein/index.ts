// Public face of the `epstein` preset: NetLogo Rebellion / Epstein (2002) Model I behind the Sim interface.

export { createEpsteinSim, EpsteinSim } from './epsteinSim';
export type { EpsteinOptions } from './epsteinSim';
export { EPSTEIN_DEFAULTS, epsteinLayout, resolveEpsteinParams } from './epsteinParams';
export type { EpsteinLayout, EpsteinParams, EpsteinRounding, LegitimacyPoint } from './epsteinParams';
