// Public face of the drill engine: the orchestrator, its event log and headless play/replay.

export { Drill, DrillInputError, TICKS_PER_MINUTE } from './drill';
export type { DrillOptions, DrillSnapshot, CrowdFidelity } from './drill';
export { hashLog, sampleOf } from './eventLog';
export type { DrillInput, LogEntry, LogEntryType, CrowdSample, CauseShare, ActionOutcome, ActionSource } from './eventLog';
export { playHeadless, replayDrill, forkDrill, firstChoice, randomChoices, scriptedChoices } from './headlessPlay';
export type { ChoicePolicy } from './headlessPlay';
export { clockAt } from './crowdValues';
export type { DrillMode, DrillView } from './drillView';
