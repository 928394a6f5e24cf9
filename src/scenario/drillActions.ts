// The drill's action vocabulary: what a story tag or a trainee's panel can make happen.
// Crowd-model commands pass through to the sim; the rest are drill-level acts the rubric reads.

import type { Command, Inject, ReleaseChannel } from '../sim';

export const RELEASE_BLOCKS = ['facts', 'measures', 'attitude', 'nextUpdate', 'rebuttal', 'cause'] as const;
export type ReleaseBlock = (typeof RELEASE_BLOCKS)[number];

export const REPORT_KINDS = ['initial', 'followUp', 'final'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_LEVELS = ['I', 'II', 'III', 'IV'] as const;
export type ReportLevel = (typeof REPORT_LEVELS)[number];
/** The elements of a 初报 (doctrine.md §3.2). */
export const REPORT_FIELDS = [
  'time', 'source', 'place', 'nature', 'count', 'casualties', 'demands', 'trend', 'leaders', 'measures', 'next',
] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];

export const APPROVAL_SUBJECTS = ['deployment', 'control', 'dispersal'] as const;
/** The composite working groups of doctrine.md §4. */
export const WORKING_GROUPS = [
  'commandPost', 'order', 'mediation', 'persuasion', 'evidence', 'information', 'logistics', 'medical',
] as const;
export const EVIDENCE_KINDS = ['scene', 'violence', 'keyActors', 'statements'] as const;

/** One thing the drill does, from a story tag or from the trainee. */
export type DrillAction =
  | { kind: 'command'; command: Command }
  | { kind: 'release'; channel: ReleaseChannel; content: ReleaseBlock[]; transparency?: number }
  | { kind: 'inject'; inject: Inject }
  | { kind: 'callDepartment'; department: string }
  | { kind: 'report'; report: ReportKind; level: ReportLevel; fields: ReportField[] }
  | { kind: 'requestApproval'; what: (typeof APPROVAL_SUBJECTS)[number] }
  | { kind: 'assignGroup'; group: (typeof WORKING_GROUPS)[number] }
  | { kind: 'evidence'; what: (typeof EVIDENCE_KINDS)[number] }
  | { kind: 'warn'; basis?: string };

export type DrillActionKind = DrillAction['kind'];

/** Story-only markers: they shape the debrief and the score but do nothing to the crowd. */
export type StoryMarker =
  | { kind: 'wait'; minutes: number }
  | { kind: 'phase'; phase: number }
  | { kind: 'dp'; id: string }
  | { kind: 'mark'; id: string }
  | { kind: 'honours'; principle: string }
  | { kind: 'breaks'; principle: string }
  | { kind: 'redLine'; id: string }
  | { kind: 'rationale'; prompt: string }
  | { kind: 'speaker'; character: string }
  | { kind: 'hint' }
  | { kind: 'ending'; id: string };

/** A parsed story tag: an action or a marker. */
export type StoryTag = { kind: 'action'; action: DrillAction } | StoryMarker;

const WEIGHTS: Record<ReleaseBlock, number> = {
  facts: 0.3, measures: 0.2, attitude: 0.2, nextUpdate: 0.2, rebuttal: 0.1, cause: -0.2,
};

/** The crowd model's transparency for a release made of `blocks` (docs/authoring.md §2.1). */
export function releaseTransparency(blocks: readonly ReleaseBlock[]): number {
  let t = 0;
  for (const b of new Set(blocks)) t += WEIGHTS[b];
  return Math.round(Math.min(1, Math.max(0.05, t)) * 100) / 100;
}

/** The sim command a release stands for. */
export function releaseCommand(a: Extract<DrillAction, { kind: 'release' }>): Command {
  const transparency = a.transparency ?? releaseTransparency(a.content);
  const args = a.content.includes('rebuttal')
    ? { channel: a.channel, transparency, counterRumor: true }
    : { channel: a.channel, transparency };
  return { command: 'release', args };
}

