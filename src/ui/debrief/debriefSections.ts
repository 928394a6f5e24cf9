// Templates of the debrief's text sections: score per category with evidence, red lines, turning points
// and doctrine. lit-html text bindings only (story text is never parsed as HTML); no state.

import { html, nothing, type TemplateResult } from 'lit-html';
import type { Locale, Translate } from '../../i18n';
import type { Manifest, RubricRule } from '../../scenario';
import type { CategoryScore, CriterionScore, Evidence, Score } from '../../scoring';
import { describeEntry, entryAt, evidenceSentence, formatDelta, localized, type EntryText, type TextContext } from '../actionText';
import { principleTitle, redLineTitle, turningPointView } from './debriefModel';

/** What every section needs: text context plus the decision numbers by log seq (for links). */
export interface SectionContext extends TextContext {
  manifest: Manifest;
  nBySeq: ReadonlyMap<number, number>;
}

/** Anchor id of a decision's list item. */
export const decisionAnchor = (seq: number): string => `debrief-d-${seq}`;

/** Moves focus to the linked decision without touching the page's URL (the app may route by hash). */
function jump(ev: Event): void {
  const a = ev.currentTarget as HTMLAnchorElement;
  const target = document.getElementById(a.hash.slice(1));
  if (!target) return;
  ev.preventDefault();
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

/** "08:12 选择“…” (决策 4)" with a link to the decision when the entry belongs to one. */
export function entryTemplate(e: EntryText, c: SectionContext): TemplateResult {
  const n = e.decisionSeq === null ? undefined : c.nBySeq.get(e.decisionSeq);
  return html`${e.time !== null ? html`<span class="at">${e.time}</span> ` : nothing}<span class="what">${e.text}</span>${
    n !== undefined && e.decisionSeq !== null
      ? html` <a class="to-decision" href=${`#${decisionAnchor(e.decisionSeq)}`} @click=${jump}>${c.t('debrief.decision.link', { n })}</a>`
      : nothing}`;
}

const num = (x: number): string => String(Math.round(x * 10) / 10);

function ruleOf(m: Manifest, categoryId: string, criterionId: string): RubricRule | undefined {
  return m.rubric.categories.find((k) => k.id === categoryId)?.criteria.find((k) => k.id === criterionId)?.rule;
}

function evidenceList(evidence: readonly Evidence[], rule: RubricRule | undefined, c: SectionContext): TemplateResult {
  if (evidence.length === 0) return html`<p class="no-evidence">${c.t('debrief.criterion.noEvidence')}</p>`;
  return html`<ul class="evidence">${evidence.map((ev) => html`<li>
    <span class="pts" data-sign=${ev.points > 0 ? 'plus' : ev.points < 0 ? 'minus' : 'zero'}>${ev.seq === null ? '' : formatDelta(ev.points)}</span>
    ${entryTemplate(evidenceSentence(ev, rule, c), c)}</li>`)}</ul>`;
}

function criterionTemplate(k: CriterionScore, rule: RubricRule | undefined, c: SectionContext): TemplateResult {
  const pending = k.earned === null;
  return html`<li class="criterion" data-pending=${pending ? 'yes' : 'no'}>
    <div class="criterion-head">
      <span class="criterion-title">${localized(k.title, c.locale)}</span>
      <span class="criterion-score">${pending ? c.t('debrief.criterion.pending') : c.t('debrief.criterion.earned', { earned: num(k.earned ?? 0), points: num(k.points) })}</span>
    </div>
    ${k.override ? html`<p class="override">${c.t('debrief.criterion.override', { points: num(k.override.points), reason: k.override.reason })}</p>` : nothing}
    ${k.instructor && pending ? nothing : evidenceList(k.evidence, rule, c)}
  </li>`;
}

/** A horizontal bar as SVG (attributes, not inline styles: the page's CSP forbids style attributes). */
export function bar(value: number, max: number): TemplateResult {
  const pct = max > 0 ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
  return html`<svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect class="bar-track" x="0" y="0" width="100" height="6"></rect><rect class="bar-fill" x="0" y="0" width=${pct} height="6"></rect></svg>`;
}

function categoryTemplate(cat: CategoryScore, c: SectionContext): TemplateResult {
  const id = `debrief-cat-${cat.id}`;
  return html`<section class="category" aria-labelledby=${id}>
    <div class="category-head">
      <h3 id=${id}>${localized(cat.title, c.locale)}</h3>
      <span class="category-score">${c.t('debrief.category.score', { score: num(cat.score), weight: num(cat.weight) })}</span>
    </div>
    ${bar(cat.score, cat.weight)}
    <ul class="criteria">${cat.criteria.map((k) => criterionTemplate(k, ruleOf(c.manifest, cat.id, k.id), c))}</ul>
  </section>`;
}

/** Score per rubric category: bar and number, each criterion with earned/points and its evidence. */
export function scoresSection(score: Score, c: SectionContext): TemplateResult {
  return html`<section class="debrief-scores" aria-labelledby="debrief-scores-h">
    <h2 id="debrief-scores-h">${c.t('debrief.scores.heading')}</h2>
    ${score.categories.map((cat) => categoryTemplate(cat, c))}
    ${score.bonus.evidence.length > 0 ? html`<section class="category bonus" aria-labelledby="debrief-bonus-h">
      <div class="category-head"><h3 id="debrief-bonus-h">${c.t('debrief.bonus.heading')}</h3>
        <span class="category-score">${formatDelta(score.bonus.earned)}</span></div>
      ${evidenceList(score.bonus.evidence, undefined, c)}</section>` : nothing}
  </section>`;
}

/** Red lines crossed, each with what triggered it. */
export function redLinesSection(score: Score, c: SectionContext): TemplateResult {
  return html`<section class="debrief-redlines" aria-labelledby="debrief-redlines-h">
    <h2 id="debrief-redlines-h">${c.t('debrief.redLines.heading')}</h2>
    ${score.redLines.length === 0 ? html`<p class="ok">${c.t('debrief.redLines.none')}</p>` : html`<ul class="redlines">
      ${score.redLines.map((r) => html`<li>
        <span class="flag">${c.t('debrief.redLines.crossed')}</span>
        <strong>${r.id}</strong> ${redLineTitle(c.manifest, r.id, c.t, c.locale)}
        <div class="trigger">${r.seq === null || !entryAt(c.log, r.seq)
          ? c.t('debrief.redLines.noTrigger')
          : html`${c.t('debrief.redLines.trigger')}${entryTemplate(describeEntry(r.seq, c), c)}`}</div>
      </li>`)}</ul>`}
  </section>`;
}

/** The three largest swings, with their causes as sentences and the decisions before them. */
export function turningPointsSection(score: Score, c: SectionContext): TemplateResult {
  return html`<section class="debrief-turning" aria-labelledby="debrief-turning-h">
    <h2 id="debrief-turning-h">${c.t('debrief.tp.heading')}</h2>
    ${score.turningPoints.length === 0 ? html`<p>${c.t('debrief.tp.none')}</p>` : html`<ol class="turning">
      ${score.turningPoints.map((tp) => {
        const v = turningPointView(tp, c);
        return html`<li data-direction=${tp.delta > 0 ? 'up' : 'down'}>
          <h3>${tp.delta > 0 ? '▲ ' : '▼ '}${v.title}</h3>
          <h4>${c.t('debrief.tp.causes')}</h4>
          ${v.noCauses ? html`<p class="muted">${c.t('debrief.tp.noCauses')}</p>` : html`<ul>${v.causes.map((s) => html`<li>${s}</li>`)}</ul>`}
          <h4>${c.t('debrief.tp.decisions')}</h4>
          ${v.decisions.length === 0 ? html`<p class="muted">${c.t('debrief.tp.noDecisions')}</p>`
            : html`<ul>${v.decisions.map((d) => html`<li>${entryTemplate(d, c)}</li>`)}</ul>`}
        </li>`;
      })}</ol>`}
  </section>`;
}

/** Doctrine principles in order of first mention, each with the decisions that honoured or broke it. */
export function doctrineSection(score: Score, c: SectionContext, t: Translate, locale: Locale): TemplateResult {
  const order: string[] = [];
  for (const d of score.doctrine) if (!order.includes(d.principle)) order.push(d.principle);
  return html`<section class="debrief-doctrine" aria-labelledby="debrief-doctrine-h">
    <h2 id="debrief-doctrine-h">${t('debrief.doctrine.heading')}</h2>
    ${order.length === 0 ? html`<p>${t('debrief.doctrine.none')}</p>` : html`<ul class="doctrine">
      ${order.map((p) => {
        const def = c.manifest.doctrine.find((d) => d.id === p);
        return html`<li>
          <h3>${principleTitle(c.manifest, p, locale)}</h3>
          ${def ? html`<p class="muted">${localized(def.note, locale)}</p>` : nothing}
          <ul>${score.doctrine.filter((d) => d.principle === p).map((d) => html`<li data-honoured=${d.honoured ? 'yes' : 'no'}>
            <span class="verdict">${t(d.honoured ? 'debrief.doctrine.honoured' : 'debrief.doctrine.broken')}</span>
            ${entryTemplate(describeEntry(d.seq, c), c)}</li>`)}</ul>
        </li>`;
      })}</ul>`}
  </section>`;
}
