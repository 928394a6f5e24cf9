// Portrayal: maps an agent's state to its look (Mesa's agent_portrayal; the model has no colours).
// Every state differs in size or shape as well as colour, so colour is never the only signal.
import type { CitizenState, OfficerStatus } from '../sim';

type CitizenCode<K extends keyof typeof CitizenState> = (typeof CitizenState)[K];
type OfficerStatusCode<K extends keyof typeof OfficerStatus> = (typeof OfficerStatus)[K];

// The codes of src/sim/types.ts, checked by the type system (a mismatch does not compile).
const QUIET: CitizenCode<'QUIET'> = 0;
const ACTIVE: CitizenCode<'ACTIVE'> = 1;
const VIOLENT: CitizenCode<'VIOLENT'> = 2;
const ON_DUTY: OfficerStatusCode<'onDuty'> = 0;
const ESCORTING: OfficerStatusCode<'escorting'> = 1;
const WITHDRAWING: OfficerStatusCode<'withdrawing'> = 2;
const BYSTANDER = 0;

export type Shape = 'square' | 'cross' | 'ring' | 'bar';

export interface Look {
  /** 0xRRGGBB */
  color: number;
  alpha: number;
  /** Edge length in metres (the map's scale turns it into pixels). */
  size: number;
  shape: Shape;
  /** Colour of the inner mark of 'ring' and 'bar' shapes. */
  mark?: number;
}

/** Citizen looks, by look index. */
export const CITIZEN_LOOKS = [
  { color: 0x8b9bb0, alpha: 1, size: 0.6, shape: 'square' }, // quiet onlooker
  { color: 0x3d6fb8, alpha: 1, size: 0.8, shape: 'square' }, // quiet participant or core
  { color: 0xf29e1f, alpha: 1, size: 1.1, shape: 'square' }, // active: protesting
  { color: 0xd7263d, alpha: 1, size: 1.8, shape: 'cross' }, // violent
] as const satisfies readonly Look[];

/** Officer looks: index = posture code (0 liaison … 3 riot). */
export const OFFICER_LOOKS = [
  { color: 0x16a37b, alpha: 1, size: 1.5, shape: 'ring', mark: 0xffffff }, // liaison: open ring
  { color: 0x1d3a8a, alpha: 1, size: 1.5, shape: 'square' }, // uniform
  { color: 0x1d3a8a, alpha: 1, size: 1.7, shape: 'bar', mark: 0xffd60a }, // cordon: yellow band
  { color: 0x111111, alpha: 1, size: 1.8, shape: 'square' }, // riot: large dark block (2 m spacing leaves a gap)
] as const satisfies readonly Look[];

/** Citizen look index for a snapshot state/type, or -1 when not drawn (arrested, left, vacant). */
export function citizenLook(state: number, type: number): number {
  if (state === QUIET) return type === BYSTANDER ? 0 : 1;
  if (state === ACTIVE) return 2;
  if (state === VIOLENT) return 3;
  return -1;
}

/** Opacity of an officer by status (0 = not drawn); the look itself is OFFICER_LOOKS[posture]. */
export function officerAlpha(status: number): number {
  if (status === ON_DUTY) return 1;
  if (status === ESCORTING) return 0.75;
  if (status === WITHDRAWING) return 0.4;
  return 0;
}
