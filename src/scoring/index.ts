// Public face of scoring: pure functions from a manifest and an event log to a score with evidence,
// and the debrief's timeline.

export { scoreDrill, bandOf, DEFAULT_BANDS } from './scoreDrill';
export type { Score, Band, CategoryScore, CriterionScore, RedLineHit, DoctrineNote, InstructorScores } from './scoreDrill';
export type { Evidence } from './criterionRules';
export type { TurningPoint, SwingIndicator } from './turningPoints';
export { debriefTimeline } from './debriefTimeline';
export type { DebriefTimeline, TimelineMarker } from './debriefTimeline';
export type { DrillResult } from './drillResult';
