// Evaluates one rubric criterion's evidence rule against the indexed log (docs/authoring.md §6):
// the points earned and the log entries that earned or lost them.

import type { EventMatch, RubricRule } from '../scenario';
import { argsMatch, COERCIVE, TICKS_PER_MINUTE, warnedBefore, type ActionFact, type LogIndex } from './logIndex';

export interface Evidence {
  /** The log entry (seq) this evidence points at; null when the evidence is an absence. */
  seq: number | null;
  tick: number | null;
  /** Points this entry earned (positive) or cost (negative); 0 for context. */
  points: number;
  /** A short English note for logs; views build their own sentence from `code`. */
  note: string;
  code: string;
}

export interface RuleResult {
  /** null: an instructor criterion not yet scored. */
  earned: number | null;
  evidence: Evidence[];
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

function matches(a: ActionFact, ev: EventMatch): boolean {
  if ('report' in ev) return a.name === 'report' && a.args['report'] === ev.report;
  if ('release' in ev) return a.name === 'release';
  if ('command' in ev) return a.name === ev.command && a.applied > 0;
  if ('department' in ev) return a.name === 'callDepartment' && a.args['department'] === ev.department && a.applied > 0;
  return false;
}

function firstEvent(ix: LogIndex, ev: EventMatch): { seq: number; tick: number } | undefined {
  if ('mark' in ev) return ix.marks.get(ev.mark);
  return ix.actions.find((a) => matches(a, ev));
}

/** Points and evidence for one criterion worth `points`. */
export function evaluateRule(rule: RubricRule, points: number, ix: LogIndex): RuleResult {
  switch (rule.kind) {
    case 'marks': {
      const evidence: Evidence[] = [];
      let sum = 0;
      for (const [id, p] of Object.entries(rule.marks)) {
        const m = ix.marks.get(id);
        if (!m) continue;
        sum += p;
        evidence.push({ seq: m.seq, tick: m.tick, points: p, note: `mark ${id}`, code: `mark:${id}` });
      }
      return { earned: round1(clamp(sum, 0, points)), evidence };
    }
    case 'firstWithin': {
      const first = firstEvent(ix, rule.event);
      if (!first) return { earned: 0, evidence: [{ seq: null, tick: null, points: 0, note: 'never happened', code: 'never' }] };
      const minutes = first.tick / TICKS_PER_MINUTE;
      const earned = minutes <= rule.fullMinutes ? points : rule.halfMinutes !== undefined && minutes <= rule.halfMinutes ? points / 2 : 0;
      return { earned: round1(earned), evidence: [{ seq: first.seq, tick: first.tick, points: earned, note: `after ${Math.floor(minutes)} min`, code: 'firstAt' }] };
    }
    case 'command': {
      const hit = ix.actions.find((a) => a.name === rule.command && a.applied > 0 && argsMatch(a.args, rule.args));
      if (!hit) return { earned: 0, evidence: [{ seq: null, tick: null, points: 0, note: `no ${rule.command}`, code: 'never' }] };
      return { earned: points, evidence: [{ seq: hit.seq, tick: hit.tick, points, note: rule.command, code: 'command' }] };
    }
    case 'reportFields': {
      const report = ix.actions.find((a) => a.name === 'report' && a.args['report'] === 'initial');
      if (!report) return { earned: 0, evidence: [{ seq: null, tick: null, points: 0, note: 'no initial report', code: 'never' }] };
      const given = new Set((report.args['fields'] as string[] | undefined) ?? []);
      const covered = rule.fields.filter((f) => given.has(f)).length;
      const earned = round1((points * covered) / rule.fields.length);
      return { earned, evidence: [{ seq: report.seq, tick: report.tick, points: earned, note: `${covered}/${rule.fields.length} elements`, code: 'reportFields' }] };
    }
    case 'peak': {
      let peak = 0;
      let at: { seq: number; tick: number } | null = null;
      for (const s of ix.samples) {
        const v = s.values[rule.indicator];
        if (at === null || v > peak) {
          peak = v;
          at = { seq: s.seq, tick: s.tick };
        }
      }
      const share = clamp((rule.bad - peak) / (rule.bad - rule.good), 0, 1);
      const earned = round1(points * share);
      return { earned, evidence: [{ seq: at?.seq ?? null, tick: at?.tick ?? null, points: earned, note: `peak ${rule.indicator} ${peak}`, code: 'peak' }] };
    }
    case 'warnedCoercion': {
      const unwarned = ix.actions.filter((a) => COERCIVE(a) && !warnedBefore(ix, a, rule.withinMinutes));
      if (unwarned.length === 0) return { earned: points, evidence: [] };
      return { earned: 0, evidence: unwarned.map((a) => ({ seq: a.seq, tick: a.tick, points: -points, note: `${a.name} without warning`, code: 'unwarned' })) };
    }
    case 'instructor':
      return { earned: null, evidence: [] };
  }
}
