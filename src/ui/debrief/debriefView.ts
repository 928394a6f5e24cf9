// The debrief (复盘) shown right after a drill: outcome and score, the indicator chart with every decision
// marked and listed, evidence per criterion, red lines, turning points and doctrine. Renders; never scores.

import { html, nothing, render, type TemplateResult } from 'lit-html';
import type { Locale, Translate } from '../../i18n';
import type { LogEntry } from '../../drill';
import type { Manifest } from '../../scenario';
import type { DebriefTimeline, Score } from '../../scoring';
import { localized, type TextContext } from '../actionText';
import { mountDebriefChart, SERIES_KEYS, SERIES_STYLE, type ChartMarker, type SeriesKey } from './debriefChart';
import { bandLabel, decisionsOf, outcomeOf, sceneSpan, type DecisionItem } from './debriefModel';
import {
  decisionAnchor, doctrineSection, redLinesSection, scoresSection, turningPointsSection, type SectionContext,
} from './debriefSections';
import './debrief.css';

export interface DebriefData {
  manifest: Manifest;
  score: Score;
  timeline: DebriefTimeline;
  log: readonly LogEntry[];
  mode: 'practice' | 'assessment';
  trainee: { name: string; unit: string };
}

export interface DebriefActions {
  /** Practice: fork the drill at this input (the inputs before it are replayed, then the trainee decides anew). */
  onRetryFrom?(inputIndex: number): void;
  /** Assessment: write the result file for the instructor. */
  onSaveResult?(): void;
  onPrint(): void;
  onRestart(): void;
}

const num = (x: number): string => String(Math.round(x * 10) / 10);
const OUTCOME_MARK: Record<string, string> = { resolved: '✓', resolvedWithCost: '◐' };

function header(d: DebriefData, a: DebriefActions, t: Translate, locale: Locale): TemplateResult {
  const span = sceneSpan(d.log, d.manifest.clock.start);
  const who = d.trainee.name === '' ? nothing
    : html`<span>${d.trainee.unit === '' ? t('debrief.traineeNoUnit', { name: d.trainee.name }) : t('debrief.trainee', d.trainee)}</span>`;
  return html`<header class="debrief-header">
    <h1 id="debrief-title" tabindex="-1">${t('debrief.title', { scenario: localized(d.manifest.title, locale) })}</h1>
    <p class="meta">${who}<span>${t('debrief.modeLabel', { mode: t(`debrief.mode.${d.mode}`) })}</span><span>${t('debrief.sceneTime', span)}</span></p>
    ${contents(t)}
    <div class="debrief-actions" role="group" aria-label=${t('debrief.toolbar')}>
      ${d.mode === 'assessment' && a.onSaveResult ? html`<button type="button" class="primary" @click=${() => a.onSaveResult?.()}>${t('debrief.save')}</button>` : nothing}
      <button type="button" @click=${() => a.onPrint()}>${t('debrief.print')}</button>
      <button type="button" @click=${() => a.onRestart()}>${t('debrief.restart')}</button>
    </div>
  </header>`;
}

/** The debrief is long (a line per decision): links to its sections, in page order. */
const SECTIONS = [
  ['debrief-outcome-h', 'debrief.outcome.heading'], ['debrief-timeline-h', 'debrief.chart.heading'],
  ['debrief-decisions-h', 'debrief.decisions.heading'], ['debrief-scores-h', 'debrief.scores.heading'],
  ['debrief-redlines-h', 'debrief.redLines.heading'], ['debrief-turning-h', 'debrief.tp.heading'],
  ['debrief-doctrine-h', 'debrief.doctrine.heading'],
] as const;

function contents(t: Translate): TemplateResult {
  return html`<nav class="debrief-toc" aria-label=${t('debrief.toc')}>
    <ul>${SECTIONS.map(([id, key]) => html`<li><a href=${`#${id}`}>${t(key)}</a></li>`)}</ul>
  </nav>`;
}

function outcomeSection(d: DebriefData, t: Translate, locale: Locale): TemplateResult {
  const o = outcomeOf(d.manifest, d.score, t, locale);
  const s = d.score;
  const cls = o.outcome ?? 'none';
  return html`<section class="debrief-outcome" data-outcome=${cls} aria-labelledby="debrief-outcome-h">
    <h2 id="debrief-outcome-h">${t('debrief.outcome.heading')}</h2>
    <div class="outcome-body">
      <div class="ending">
        <p class="ending-class"><span class="outcome-mark" aria-hidden="true">${OUTCOME_MARK[cls] ?? (cls === 'none' ? '–' : '✗')}</span>
          ${t(`debrief.outcome.${cls}`)}</p>
        <p class="ending-title">${o.title}</p>
        ${o.summary ? html`<p>${o.summary}</p>` : nothing}
        ${o.reason === 'timeLimit' || o.reason === 'deadEnd' ? html`<p>${t(`debrief.endReason.${o.reason}`)}</p>` : nothing}
      </div>
      <dl class="total">
        <div><dt>${t('debrief.total')}</dt><dd class="total-value">${t('debrief.totalValue', { total: num(s.total) })}</dd></div>
        <div><dt>${t('debrief.bandLabel')}</dt><dd class="band" data-band=${s.band}>${bandLabel(s.band, t)}</dd></div>
      </dl>
    </div>
    ${s.redLines.length > 0 ? html`<p class="notice cap" role="note">${t(s.uncapped > d.manifest.rubric.redLineCap ? 'debrief.capNotice' : 'debrief.capNoticeBelow', { count: s.redLines.length, cap: d.manifest.rubric.redLineCap, uncapped: num(s.uncapped) })}</p>` : nothing}
    ${s.instructorPending > 0 ? html`<p class="notice pending">${t('debrief.pendingNotice', { points: num(s.instructorPending) })}</p>` : nothing}
    ${s.bonus.earned > 0 ? html`<p class="notice">${t('debrief.bonusNotice', { points: num(s.bonus.earned) })}</p>` : nothing}
  </section>`;
}

function legend(labels: Record<SeriesKey, string>, t: Translate): TemplateResult {
  return html`<ul class="chart-legend" aria-label=${t('debrief.chart.legend')}>
    ${SERIES_KEYS.map((k) => html`<li><svg viewBox="0 0 36 8" width="36" height="8" aria-hidden="true" focusable="false">
      <line x1="0" y1="4" x2="36" y2="4" stroke=${SERIES_STYLE[k].stroke} stroke-width="2.5" stroke-dasharray=${SERIES_STYLE[k].dash.join(' ') || 'none'}></line></svg>${labels[k]}</li>`)}
    <li><span class="key decision" aria-hidden="true"></span>${t('debrief.chart.decision')}</li>
    <li><span class="key inject" aria-hidden="true"></span>${t('debrief.chart.inject')}</li>
    <li><span class="key ending" aria-hidden="true"></span>${t('debrief.chart.ending')}</li>
  </ul>`;
}

function decisionTemplate(item: DecisionItem, d: DebriefData, a: DebriefActions, t: Translate): TemplateResult {
  const canRetry = d.mode === 'practice' && a.onRetryFrom !== undefined && item.inputIndex >= 0;
  return html`<li id=${decisionAnchor(item.seq)} tabindex="-1" data-kind=${item.kind}>
    <div class="decision-head">
      <span class="n">${item.n}</span><span class="at">${item.time}</span>
      ${item.kind === 'action' ? html`<span class="tag">${t('debrief.decision.panel')}</span>` : nothing}
      <span class="what">${item.text}</span>
    </div>
    ${item.rationales.map((r) => html`<p class="rationale">${t('action.rationale', { text: r })}</p>`)}
    ${item.effects.length > 0 ? html`<p class="effects">${t('debrief.decision.effects', { list: item.effects.join(t('debrief.listSeparator')) })}</p>` : nothing}
    ${item.doctrine.length > 0 ? html`<ul class="doctrine-inline">${item.doctrine.map((p) => html`<li data-honoured=${p.honoured ? 'yes' : 'no'}>${
      t(p.honoured ? 'debrief.decision.honoured' : 'debrief.decision.broken', { principle: p.title })}</li>`)}</ul>` : nothing}
    ${canRetry ? html`<button type="button" class="retry" aria-label=${t('debrief.retryLabel', { n: item.n, time: item.time })}
      @click=${() => a.onRetryFrom?.(item.inputIndex)}>${t('debrief.retry')}</button>` : nothing}
  </li>`;
}

function timelineSection(d: DebriefData, a: DebriefActions, decisions: DecisionItem[], labels: Record<SeriesKey, string>, t: Translate): TemplateResult {
  return html`<section class="debrief-timeline" aria-labelledby="debrief-timeline-h">
    <h2 id="debrief-timeline-h">${t('debrief.chart.heading')}</h2>
    <figure class="chart-figure">
      <div class="debrief-chart" role="img" aria-label=${t('debrief.chart.label')}></div>
      <figcaption>${legend(labels, t)}</figcaption>
    </figure>
    <h3 id="debrief-decisions-h">${t('debrief.decisions.heading')}</h3>
    ${decisions.length === 0 ? html`<p>${t('debrief.decisions.empty')}</p>`
      : html`<ol class="decisions" aria-labelledby="debrief-decisions-h">${decisions.map((item) => decisionTemplate(item, d, a, t))}</ol>`}
  </section>`;
}

const CLEANUP = new WeakMap<HTMLElement, () => void>();

/** Removes the chart (and its listeners) a previous renderDebrief put into `root`. */
export function disposeDebrief(root: HTMLElement): void {
  CLEANUP.get(root)?.();
  CLEANUP.delete(root);
}

/** Renders the whole debrief into `root` (replacing an earlier one) and draws its chart. */
export function renderDebrief(root: HTMLElement, data: DebriefData, actions: DebriefActions, t: Translate, locale: Locale): void {
  disposeDebrief(root);
  const text: TextContext = { t, locale, manifest: data.manifest, log: data.log };
  const decisions = decisionsOf({ ...text, manifest: data.manifest });
  const c: SectionContext = { ...text, manifest: data.manifest, nBySeq: new Map(decisions.map((x) => [x.seq, x.n])) };
  const labels: Record<SeriesKey, string> = {
    tension: t('debrief.ind.tension'), legitimacy: t('debrief.ind.legitimacy'), rumor: t('debrief.ind.rumor'), safety: t('debrief.ind.safety'),
  };
  render(html`<article class="debrief" aria-labelledby="debrief-title">
    ${header(data, actions, t, locale)}
    ${outcomeSection(data, t, locale)}
    ${timelineSection(data, actions, decisions, labels, t)}
    ${scoresSection(data.score, c)}
    ${redLinesSection(data.score, c)}
    ${turningPointsSection(data.score, c)}
    ${doctrineSection(data.score, c, t, locale)}
  </article>`, root);

  const markers: ChartMarker[] = decisions.map((x) => ({ minute: x.tick / 6, kind: 'decision', n: x.n }));
  for (const m of data.timeline.markers) {
    if (m.kind === 'inject' || m.kind === 'ending') markers.push({ minute: m.tick / 6, kind: m.kind });
  }
  const chartEl = root.querySelector<HTMLElement>('.debrief-chart');
  if (chartEl && data.timeline.ticks.length > 0) {
    CLEANUP.set(root, mountDebriefChart(chartEl, { timeline: data.timeline, markers, clockStart: data.manifest.clock.start, labels }));
  }
}
