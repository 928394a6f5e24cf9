// Scores a drill: (manifest, event log) → total, categories, criteria with evidence, red lines,
// bonus, band, turning points and the debrief timeline. Pure: the same log always scores the same.

import type { LogEntry } from '../drill';
import type { Localized, Manifest } from '../scenario';
import { evaluateRule, type Evidence } from './criterionRules';
import { argsMatch, COERCIVE, indexLog, TICKS_PER_MINUTE, valuesAt, warnedBefore, type LogIndex } from './logIndex';
import { findTurningPoints, type TurningPoint } from './turningPoints';

export type Band = '优秀' | '良好' | '合格' | '不合格';
export const DEFAULT_BANDS = { 优秀: 90, 良好: 80, 合格: 60 } as const;

export interface CriterionScore {
  id: string;
  title: Localized;
  points: number;
  /** null until an instructor scores it. */
  earned: number | null;
  instructor: boolean;
  evidence: Evidence[];
  override?: { points: number; reason: string };
}
export interface CategoryScore {
  id: string;
  title: Localized;
  weight: number;
  score: number;
  criteria: CriterionScore[];
}
export interface RedLineHit {
  id: string;
  seq: number | null;
  tick: number | null;
}
export interface DoctrineNote {
  principle: string;
  honoured: boolean;
  seq: number;
  tick: number;
}
export interface Score {
  total: number;
  /** Before the red-line cap. */
  uncapped: number;
  band: Band;
  categories: CategoryScore[];
  redLines: RedLineHit[];
  bonus: { earned: number; evidence: Evidence[] };
  /** Points of instructor criteria not yet scored. */
  instructorPending: number;
  ending: { id: string | null; reason: string } | null;
  turningPoints: TurningPoint[];
  doctrine: DoctrineNote[];
}

/** Instructor scores by "category.criterion" id, with the written reason. */
export type InstructorScores = Record<string, { points: number; reason: string }>;

const round1 = (x: number): number => Math.round(x * 10) / 10;

function redLinesCrossed(m: Manifest, ix: LogIndex): RedLineHit[] {
  const hits: RedLineHit[] = [];
  for (const rl of m.rubric.redLines) {
    const r = rl.rule;
    let hit: { seq: number; tick: number } | undefined;
    if (r.kind === 'mark') hit = ix.redLineMarks.get(rl.id);
    else if (r.kind === 'command') {
      hit = ix.actions.find((a) => {
        if (a.name !== r.command || a.applied === 0 || !argsMatch(a.args, r.args)) return false;
        if (!r.whenBelow) return true;
        const v = valuesAt(ix, a.tick);
        return v !== undefined && Object.entries(r.whenBelow).every(([k, lim]) => (k === 'sceneMinutes' ? a.tick / TICKS_PER_MINUTE : v[k as keyof typeof v]) < lim);
      });
    } else hit = ix.actions.find((a) => COERCIVE(a) && !warnedBefore(ix, a, r.withinMinutes));
    if (hit) hits.push({ id: rl.id, seq: hit.seq, tick: hit.tick });
  }
  return hits;
}

/** The band of a total under `bands` thresholds. */
export function bandOf(total: number, bands: { 优秀: number; 良好: number; 合格: number } = DEFAULT_BANDS): Band {
  if (total >= bands.优秀) return '优秀';
  if (total >= bands.良好) return '良好';
  if (total >= bands.合格) return '合格';
  return '不合格';
}

/** Scores a run from its log; `instructor` adds or overrides criteria scored by hand. */
export function scoreDrill(m: Manifest, log: readonly LogEntry[], instructor: InstructorScores = {}): Score {
  const ix = indexLog(log);
  let pending = 0;
  const categories: CategoryScore[] = m.rubric.categories.map((c) => {
    const criteria = c.criteria.map((k): CriterionScore => {
      const r = evaluateRule(k.rule, k.points, ix);
      const over = instructor[`${c.id}.${k.id}`];
      const out: CriterionScore = { id: k.id, title: k.title, points: k.points, earned: r.earned, instructor: k.rule.kind === 'instructor', evidence: r.evidence };
      if (over) {
        out.override = { points: Math.min(k.points, Math.max(0, over.points)), reason: over.reason };
        out.earned = out.override.points;
      } else if (r.earned === null) pending += k.points;
      return out;
    });
    const sum = criteria.reduce((s, k) => s + (k.earned ?? 0), 0);
    return { id: c.id, title: c.title, weight: c.weight, score: round1(Math.min(c.weight, Math.max(0, sum))), criteria };
  });
  const bonusEvidence: Evidence[] = [];
  let bonus = 0;
  for (const [id, p] of Object.entries(m.rubric.bonus?.marks ?? {})) {
    const mk = ix.marks.get(id);
    if (!mk) continue;
    bonus += p;
    bonusEvidence.push({ seq: mk.seq, tick: mk.tick, points: p, note: `bonus ${id}`, code: `mark:${id}` });
  }
  bonus = Math.min(m.rubric.bonus?.max ?? 0, Math.max(0, bonus));
  const uncapped = round1(Math.min(100, categories.reduce((s, c) => s + c.score, 0) + bonus));
  const redLines = redLinesCrossed(m, ix);
  const total = redLines.length > 0 ? Math.min(uncapped, m.rubric.redLineCap) : uncapped;
  const endEntry = [...log].reverse().find((e) => e.type === 'ending');
  const doctrine: DoctrineNote[] = [];
  for (const e of log) {
    if (e.type === 'marker' && (e.marker.kind === 'honours' || e.marker.kind === 'breaks')) {
      doctrine.push({ principle: e.marker.principle, honoured: e.marker.kind === 'honours', seq: e.seq, tick: e.tick });
    }
  }
  return {
    total, uncapped, band: redLines.length > 0 ? '不合格' : bandOf(total, m.rubric.bands), categories, redLines,
    bonus: { earned: round1(bonus), evidence: bonusEvidence }, instructorPending: pending,
    ending: endEntry && endEntry.type === 'ending' ? { id: endEntry.ending, reason: endEntry.reason } : null,
    turningPoints: findTurningPoints(log), doctrine,
  };
}
