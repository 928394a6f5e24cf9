// Shapes a finished drill's log, score and timeline into what the debrief shows: numbered decisions with
// their input index (for forking), their effects and doctrine, turning points and red lines as text. Pure.

import type { Locale, MessageKey, Translate } from '../../i18n';
import type { LogEntry } from '../../drill';
import type { Manifest, Outcome } from '../../scenario';
import type { Band, DebriefTimeline, Score, TurningPoint } from '../../scoring';
import {
  actionEntrySentence, causeShareSentence, clockAtTick, describeEntry, formatDelta, indicatorName, localized,
  type EntryText, type TextContext,
} from '../actionText';

/** One decision of the run: a story choice or a command-panel action of the trainee. */
export interface DecisionItem {
  /** 1-based number shown in the list and on the chart. */
  n: number;
  seq: number;
  tick: number;
  time: string;
  kind: 'choice' | 'action';
  text: string;
  /** Index of this decision among the drill's inputs: the fork point for "try again from here". */
  inputIndex: number;
  /** What the story carried out because of this choice (crowd commands, reports, releases …). */
  effects: string[];
  doctrine: { principle: string; title: string; honoured: boolean }[];
  /** Written rationales recorded just before this decision. */
  rationales: string[];
}

/**
 * Maps log seq → index in the drill's input list. Drill.choose/act/rationale each push one input and log
 * one entry (choice, trainee action, rationale), in the same order, so the k-th such entry is input k.
 */
export function inputIndexBySeq(log: readonly LogEntry[]): Map<number, number> {
  const out = new Map<number, number>();
  let k = 0;
  for (const e of log) {
    if (e.type === 'choice' || e.type === 'rationale' || (e.type === 'action' && e.source === 'trainee')) out.set(e.seq, k++);
  }
  return out;
}

/** A doctrine principle's title from the manifest (its id when the manifest does not know it). */
export function principleTitle(m: Pick<Manifest, 'doctrine'>, id: string, locale: Locale): string {
  const p = m.doctrine.find((d) => d.id === id);
  return p ? localized(p.title, locale) : id;
}

/** The decisions of a run in log order, numbered, each with its effects, doctrine and rationale. */
export function decisionsOf(ctx: TextContext & { manifest: Pick<Manifest, 'doctrine'> }): DecisionItem[] {
  const index = inputIndexBySeq(ctx.log);
  const items: DecisionItem[] = [];
  let current: DecisionItem | null = null;
  let lastChoice: DecisionItem | null = null;
  let rationales: string[] = [];
  for (const e of ctx.log) {
    const isDecision = e.type === 'choice' || (e.type === 'action' && e.source === 'trainee');
    if (isDecision) {
      current = {
        n: items.length + 1, seq: e.seq, tick: e.tick, time: clockAtTick(ctx.manifest.clock.start, e.tick),
        kind: e.type === 'choice' ? 'choice' : 'action',
        text: e.type === 'choice' ? e.text : actionEntrySentence(e, ctx),
        inputIndex: index.get(e.seq) ?? -1, effects: [], doctrine: [], rationales,
      };
      rationales = [];
      items.push(current);
      // Story effects follow choices only; a panel action must not collect what an earlier choice set off.
      if (e.type !== 'choice') current = lastChoice;
      else lastChoice = current;
      continue;
    }
    // New choices or an inject close the decision: what follows belongs to the next one.
    if (e.type === 'choices' || e.type === 'inject') current = lastChoice = null;
    else if (e.type === 'rationale') rationales.push(e.text);
    else if (current && e.type === 'action' && e.source === 'story') current.effects.push(actionEntrySentence(e, ctx));
    else if (current && e.type === 'marker' && (e.marker.kind === 'honours' || e.marker.kind === 'breaks')) {
      current.doctrine.push({
        principle: e.marker.principle, title: principleTitle(ctx.manifest, e.marker.principle, ctx.locale), honoured: e.marker.kind === 'honours',
      });
    }
  }
  const last = items[items.length - 1];
  if (last && rationales.length > 0) last.rationales.push(...rationales);
  return items;
}

/** The chart's columns: x in scene minutes, then tension, legitimacy, rumour and crush risk. */
export function chartColumns(tl: DebriefTimeline): [number[], number[], number[], number[], number[]] {
  return [tl.ticks.map((k) => k / 6), [...tl.tension], [...tl.legitimacy], [...tl.rumor], [...tl.safety]];
}

export interface OutcomeView {
  title: string;
  outcome: Outcome | null;
  summary: string | null;
  reason: 'story' | 'timeLimit' | 'deadEnd' | null;
}

/** The ending reached, as the manifest names it. */
export function outcomeOf(m: Pick<Manifest, 'endings'>, score: Pick<Score, 'ending'>, t: Translate, locale: Locale): OutcomeView {
  const id = score.ending?.id ?? null;
  const ending = id === null ? undefined : m.endings.find((e) => e.id === id);
  const reason = score.ending?.reason === 'timeLimit' || score.ending?.reason === 'deadEnd' || score.ending?.reason === 'story' ? score.ending.reason : null;
  if (!ending) return { title: id ?? t('debrief.outcome.none'), outcome: null, summary: null, reason };
  return { title: localized(ending.title, locale), outcome: ending.outcome, summary: ending.summary ? localized(ending.summary, locale) : null, reason };
}

const BAND_KEYS: Record<Band, MessageKey> = {
  优秀: 'debrief.band.excellent', 良好: 'debrief.band.good', 合格: 'debrief.band.pass', 不合格: 'debrief.band.fail',
};
/** A score band in the UI language. */
export function bandLabel(b: Band, t: Translate): string {
  return t(BAND_KEYS[b]);
}

/** A red line's title: the manifest's, else the rubric's standard R1–R7, else its id. */
export function redLineTitle(m: Pick<Manifest, 'rubric'>, id: string, t: Translate, locale: Locale): string {
  const rl = m.rubric.redLines.find((r) => r.id === id);
  if (rl?.title) return localized(rl.title, locale);
  const key = `debrief.redLine.${id}`;
  return (STANDARD_RED_LINES as readonly string[]).includes(id) ? t(key as MessageKey) : id;
}
const STANDARD_RED_LINES = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7'] as const;

export interface TurningPointView {
  title: string;
  causes: string[];
  /** Null when the indicator keeps no causes (crush risk). */
  noCauses: boolean;
  decisions: EntryText[];
}

/** A turning point as a heading sentence, its causes as sentences and the decisions before it. */
export function turningPointView(tp: TurningPoint, ctx: TextContext): TurningPointView {
  const { t } = ctx;
  const start = ctx.manifest.clock.start;
  const title = t('debrief.tp.title', {
    from: clockAtTick(start, tp.fromTick), to: clockAtTick(start, tp.toTick), indicator: indicatorName(tp.indicator, t),
    direction: t(tp.delta > 0 ? 'debrief.tp.up' : 'debrief.tp.down'), amount: formatDelta(Math.abs(tp.delta)).replace(/^\+/, ''),
  });
  return {
    title,
    causes: tp.causes.map((c) => causeShareSentence(c, tp.indicator, ctx)),
    noCauses: tp.causes.length === 0,
    decisions: tp.decisions.map((seq) => describeEntry(seq, ctx)),
  };
}

/** First and last scene time of the run, and its length in minutes. */
export function sceneSpan(log: readonly LogEntry[], start: string): { from: string; to: string; minutes: number } {
  const end = log.length > 0 ? (log[log.length - 1]?.tick ?? 0) : 0;
  return { from: clockAtTick(start, 0), to: clockAtTick(start, end), minutes: Math.floor(end / 6) };
}
