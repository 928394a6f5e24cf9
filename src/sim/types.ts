// Public types of the crowd model (crowd-model.md §3.5, §5, §6): commands, indicators, ledger, events.
// Everything outside src/sim talks to the model through these types and the Sim interface.

export type Posture = 'liaison' | 'uniform' | 'cordon' | 'riot';
export const POSTURES: readonly Posture[] = ['liaison', 'uniform', 'cordon', 'riot'];

export type PresetName = 'taxi' | 'rent' | 'housing' | 'epstein';
export const PRESET_NAMES: readonly PresetName[] = ['taxi', 'rent', 'housing', 'epstein'];
export type ScenarioPresetName = Exclude<PresetName, 'epstein'>;

export type ReleaseChannel = 'loudspeaker' | 'official' | 'press' | 'live';
export type SpeechTone = 'empathetic' | 'neutral' | 'harsh';
export type RumorContent = 'mobilising' | 'blaming';

/** Argument shapes of every trainee command (§5.3). */
export interface CommandArgs {
  deploy: { posture: Posture; count: number; zone: string };
  withdraw: { count: number; posture?: Posture; zone?: string };
  setPosture: { to: Posture; from?: Posture; zone?: string };
  isolate: { target: 'agitators' | 'representatives' };
  arrest: { mode: 'targeted' | 'any'; count?: number };
  disperse: { zone?: string; ticks?: number };
  speak: { tone: SpeechTone };
  meetRepresentatives: Record<string, never>;
  commit: { credible: boolean; remedy: number; exposeAfterTicks?: number };
  apologize: Record<string, never>;
  release: { channel: ReleaseChannel; transparency: number; counterRumor?: boolean };
  broadcast: { on: boolean };
}
export type CommandName = keyof CommandArgs;
export const COMMAND_NAMES: readonly CommandName[] = [
  'deploy', 'withdraw', 'setPosture', 'isolate', 'arrest', 'disperse',
  'speak', 'meetRepresentatives', 'commit', 'apologize', 'release', 'broadcast',
];

/** A command with its arguments, discriminated by name. */
export type Command = { [K in CommandName]: { command: K; args: CommandArgs[K] } }[CommandName];
/** A command scheduled at a tick boundary (an action-script item). */
export type ActionItem = Command & { tick: number };

/** Scenario injects (§5.5): not trainee commands, not accepted in action scripts. */
export type Inject =
  | { kind: 'rumor'; content: RumorContent; importance: number; spreaders?: number }
  | { kind: 'contradiction' }
  | { kind: 'shock'; group: 'all' | 'core' | 'participants' | 'bystanders'; dL?: number; dE?: number; hardship?: number };

/** Why a valid command was carried out only partly or not at all (views translate the code). */
export type NoEffectReason =
  | 'poolExhausted' | 'noMatchingOfficers' | 'noEligibleAgitator' | 'noEligibleViolent' | 'noEligibleActive'
  | 'forceNeedsUnits' | 'nobodyInReach' | 'noRepresentatives' | 'noRoom';

export interface CommandResult {
  ok: true;
  /** How much was actually carried out (e.g. officers deployed when the pool ran short). */
  applied: number;
  /** English explanation for logs and the CLI; `reason` is the code views translate. */
  note?: string;
  reason?: NoEffectReason;
}

/** The indicator object: exactly these 16 keys, in this order (§6.1). */
export interface Indicators {
  tick: number;
  crowdSize: number;
  activeFraction: number;
  violentFraction: number;
  tension: number;
  violenceRisk: number;
  latentTension: number;
  legitimacy: number;
  identification: number;
  arousal: number;
  rumorPrevalence: number;
  credibility: number;
  safetyRisk: number;
  maxDensity: number;
  arrests: number;
  injuries: number;
}
export type IndicatorKey = keyof Indicators;
export const INDICATOR_KEYS: readonly IndicatorKey[] = [
  'tick', 'crowdSize', 'activeFraction', 'violentFraction', 'tension', 'violenceRisk',
  'latentTension', 'legitimacy', 'identification', 'arousal', 'rumorPrevalence',
  'credibility', 'safetyRisk', 'maxDensity', 'arrests', 'injuries',
];

/** Indicators that the cause ledger explains (§6.3). */
export type LedgerIndicator =
  | 'legitimacy' | 'identification' | 'arousal' | 'tension'
  | 'activeFraction' | 'violentFraction' | 'rumorPrevalence' | 'credibility';

/** One cause's share of one indicator's change in one tick; a tick's entries sum to the change. */
export interface LedgerEntry {
  tick: number;
  indicator: LedgerIndicator;
  cause: string;
  delta: number;
  parent?: string;
}

export type SimEventKind =
  | 'tensionCrossed' | 'violenceOnset' | 'rumorViral' | 'densityAlert' | 'turbulence'
  | 'flowAlert' | 'cordonBreach' | 'fall' | 'outnumbered' | 'promiseExposed'
  | 'repsIsolated' | 'noEffect';

/** A located event raised in phase H (§6.4). */
export interface SimEvent {
  tick: number;
  kind: SimEventKind;
  zone: string;
  level?: number;
  slot?: number;
  command?: CommandName;
  /** For `noEffect`: the code of why (see CommandResult). */
  reason?: NoEffectReason;
}

/** Caller-owned buffers the renderer fills with `snapshot` (no allocation per frame). */
export interface SnapshotBuffers {
  /** Citizens: x, y (m) and state code per slot. */
  x: Float32Array;
  y: Float32Array;
  state: Uint8Array;
  /** Citizen type: 0 bystander, 1 participant, 2 core. */
  type: Uint8Array;
  /** 1 while a citizen walks to an exit (optional: filled when the caller provides it). */
  leaving?: Uint8Array;
  /** 1 while a citizen actively spreads a rumour (optional: filled when the caller provides it). */
  spreading?: Uint8Array;
  /**
   * Police lines (optional: filled when the caller provides it): CORDON_FIELDS floats per segment,
   * x0, y0, x1, y1 (m) and 1 for a closed stretch or 0 for a whole line (open where no closed stretch covers it).
   */
  cordons?: Float32Array;
  /** Segments filled into `cordons`. */
  cordonCount?: number;
  /** Officers: x, y and posture code (0 liaison … 3 riot), status. */
  ox: Float32Array;
  oy: Float32Array;
  oposture: Uint8Array;
  ostatus: Uint8Array;
  /** Filled counts. */
  count: number;
  officerCount: number;
}

/** Crowd sizes a preset can be built with (`--agents`, `?agents=`): below, the model's group effects
 * lose meaning; above, a tick no longer fits the browser's frame budget. */
export const AGENT_RANGE: Record<PresetName, readonly [number, number]> = {
  taxi: [50, 20_000], rent: [50, 20_000], housing: [50, 20_000], epstein: [10, 40_000],
};

/** Floats per segment in SnapshotBuffers.cordons. */
export const CORDON_FIELDS = 5;

export const CitizenState = { QUIET: 0, ACTIVE: 1, VIOLENT: 2, ARRESTED: 3, LEFT: 4, VACANT: 255 } as const;
export const CitizenType = { bystander: 0, participant: 1, core: 2 } as const;
export const OfficerStatus = { onDuty: 0, escorting: 1, withdrawing: 2, gone: 3, vacant: 255 } as const;

/** Static venue description the views draw (metres). */
export interface VenueRect { x0: number; y0: number; x1: number; y1: number }
export interface VenueInfo {
  width: number;
  height: number;
  obstacles: readonly VenueRect[];
  zones: readonly { name: string; rect: VenueRect }[];
  focal: { x: number; y: number };
  address: { x: number; y: number };
  /** The zone where a baseline deployment meets the crowd (scenario presets; "world" for epstein). */
  focalZone?: string;
  exits: readonly VenueRect[];
}

/** The simulation, as every consumer sees it (§3.5). */
export interface Sim {
  readonly preset: PresetName;
  readonly tick: number;
  readonly capacity: number;
  readonly officerCapacity: number;
  readonly venue: VenueInfo;
  /** Queues a command for the current tick boundary; throws SimInputError for a bad command. */
  apply(item: Command): CommandResult;
  /** Queues a scenario inject for the current boundary. */
  inject(i: Inject): void;
  /** One social tick including its physical sub-steps. */
  step(): void;
  indicators(): Indicators;
  hash(): string;
  ledger(): readonly LedgerEntry[];
  events(): readonly SimEvent[];
  snapshot(into: SnapshotBuffers): void;
  /** Serialisable full state; `restore` of it then the same commands give the same hashes. */
  save(): SimSave;
  restore(s: SimSave): void;
}

/** Opaque saved state: plain data (typed arrays and numbers), structured-clone safe. */
export interface SimSave {
  preset: PresetName;
  data: Record<string, unknown>;
}

/** Bad input: the message is one line naming the offending field. */
export class SimInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SimInputError';
  }
}
