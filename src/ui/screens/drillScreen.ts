// The drill screen: scene clock and speed, the venue map's host, indicators, the dialogue with its
// choices, the command panel and the decision log. In phase 1 (研判) the map gives way to the briefing.
import { html, render, nothing, type TemplateResult } from 'lit-html';
import type { LogEntry } from '../../drill';
import type { DrillAction, Manifest } from '../../scenario';
import type { AppState, Speed } from '../../store';
import { SPEEDS } from '../../store';
import type { Locale, MessageKey, Translate } from '../../i18n';
import { renderCommandPanel } from './commandPanel';
import { renderIndicators } from './drillIndicators';
import { renderDecisionLog } from './decisionLog';
import { clockAtTick } from '../actionText';
import './drill.css';

export interface DrillScreenActions {
  choose(index: number): void;
  act(action: DrillAction): void;
  rationale(text: string): void;
  speed(s: Speed): void;
  pause(p: boolean): void;
  heat(on: boolean): void;
  quit(): void;
}

export interface DrillScreenProps {
  manifest: Manifest;
  state: AppState;
  /** The element Phaser draws into; created once and kept across renders. */
  venueHost: HTMLElement;
  locale: Locale;
  /** The whole event log so far (causes and actions are told from it). */
  log: readonly LogEntry[];
}

const loc = (l: { zh: string; en: string }, locale: Locale): string => (locale === 'en' ? l.en : l.zh);

function speakerName(m: Manifest, id: string | undefined, locale: Locale): string | null {
  if (!id) return null;
  const c = m.characters.find((x) => x.id === id);
  return c ? loc(c.name, locale) : null;
}

function clockBar(p: DrillScreenProps, a: DrillScreenActions, t: Translate): TemplateResult {
  const v = p.state.view;
  const practice = p.state.mode === 'practice';
  return html`<div class="drill-clock" role="group" aria-label=${t('drill.clock')}>
    <span class="label">${t('drill.clock')}</span>
    <span class="clock" aria-live="off">${v?.clock ?? '--:--'}</span>
    <span class="phase">${v && v.phase > 0 ? t(`drill.phase.${Math.min(5, v.phase)}` as MessageKey) : ''}</span>
    ${practice
      ? html`<span class="speed" role="group" aria-label=${t('speed.label')}>
          <button type="button" aria-pressed=${p.state.paused ? 'true' : 'false'} @click=${() => a.pause(!p.state.paused)}>
            ${p.state.paused ? t('speed.resume') : t('speed.pause')}</button>
          ${SPEEDS.map((s) => html`<button type="button" aria-pressed=${!p.state.paused && p.state.speed === s ? 'true' : 'false'}
            @click=${() => { a.speed(s); if (p.state.paused) a.pause(false); }}>${t('speed.x', { n: s })}</button>`)}
        </span>`
      : html`<span class="mode-note">${t('drill.assessmentClock')}</span>`}
    <button type="button" class="heat" aria-pressed=${p.state.heat ? 'true' : 'false'} @click=${() => a.heat(!p.state.heat)}>${t('drill.heat')}</button>
    <button type="button" class="quit" @click=${() => a.quit()}>${t('drill.quit')}</button>
  </div>`;
}

function briefing(p: DrillScreenProps, t: Translate): TemplateResult {
  const m = p.manifest;
  const L = p.locale;
  const b = m.briefing;
  return html`<section class="briefing" aria-labelledby="briefing-h">
    <h2 id="briefing-h">${t('drill.briefing')}</h2>
    ${b ? html`<p class="first-report">${loc(b.report, L)}</p>
      <div class="known-unknown">
        <div><h3>${t('drill.known')}</h3><ul>${b.known.map((k) => html`<li>${loc(k, L)}</li>`)}</ul></div>
        <div><h3>${t('drill.unknown')}</h3><ul>${b.unknown.map((k) => html`<li>${loc(k, L)}</li>`)}</ul></div>
      </div>` : html`<p class="first-report">${loc(m.summary, L)}</p>`}
    <h3>${t('drill.forces')}</h3>
    <ul class="forces">${(['liaison', 'uniform', 'cordon', 'riot'] as const).map((k) => html`<li>${t('drill.forceCount', { name: t(`drill.posture.${k}` as MessageKey), n: m.forces[k] })}</li>`)}</ul>
    <h3>${t('drill.departments')}</h3>
    <ul class="departments">${m.departments.map((d) => html`<li>${loc(d.name, L)} — ${t('drill.arrivesIn', { n: d.arrivalMinutes })}${d.enables ? html`<span class="enables">${loc(d.enables, L)}</span>` : nothing}</li>`)}</ul>
  </section>`;
}

function dialogue(p: DrillScreenProps, a: DrillScreenActions, t: Translate): TemplateResult {
  const v = p.state.view;
  const lines = p.state.dialogue.slice(-40);
  const practice = p.state.mode === 'practice';
  const paused = v !== null && v.choices.length === 0 && !v.ended && v.lockedUntil > v.tick;
  const lockedClock = paused && v ? clockAtTick(p.manifest.clock.start, v.lockedUntil) : '';
  return html`<section class="dialogue" aria-labelledby="dialogue-h">
    <h2 id="dialogue-h">${t('drill.dialogue')}</h2>
    <ol class="lines" role="log" aria-live="polite" aria-relevant="additions">
      ${lines.filter((l) => practice || !l.hint).map((l) => {
        const who = l.own ? t('drill.you') : speakerName(p.manifest, l.speaker, p.locale);
        return html`<li class=${l.own ? 'own' : l.hint ? 'hint' : 'line'}>
          ${l.hint ? html`<span class="tag">${t('drill.hint')}</span>` : nothing}
          ${who ? html`<span class="speaker">${t('drill.speakerLabel', { who })}</span>` : nothing}<span class="text">${l.hint ? withoutLabel(l.text, t('drill.hint')) : l.text}</span></li>`;
      })}
    </ol>
    ${paused ? html`<p class="waiting" role="status">${t('drill.waiting', { clock: lockedClock })}</p>` : nothing}
    ${v && v.choices.length > 0 ? html`<div class="choices" role="group" aria-label=${t('drill.choices')}>
      ${v.choices.map((c, i) => html`<button type="button" class="choice" data-choice=${i} @click=${() => a.choose(c.index)}>
        <span class="key" aria-hidden="true">${i < 9 ? i + 1 : ''}</span><span>${c.text}</span></button>`)}
      <p class="keys-note">${t('drill.keysNote')}</p>
    </div>` : nothing}
    ${v?.rationalePrompt ? rationaleForm(a, t) : nothing}
  </section>`;
}

function rationaleForm(a: DrillScreenActions, t: Translate): TemplateResult {
  const submit = (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const text = (form.elements.namedItem('rationale') as HTMLTextAreaElement).value.trim();
    if (text) a.rationale(text);
  };
  return html`<form class="rationale" @submit=${submit}>
    <label for="rationale">${t('drill.rationale')}</label>
    <textarea id="rationale" name="rationale" rows="3" placeholder=${t('drill.rationaleHint')}></textarea>
    <button type="submit">${t('drill.rationaleSave')}</button>
  </form>`;
}

/**
 * A hint's text without a leading "提示：" / "Tip:" — authors write it so the story reads well in Inky
 * alone, and the panel already shows the label as a badge.
 */
export function withoutLabel(text: string, label: string): string {
  for (const sep of ['：', ':']) {
    if (text.startsWith(label + sep)) return text.slice(label.length + sep.length).trimStart();
  }
  return text;
}

/** Renders the drill screen into `root` (lit-html keeps the DOM between calls). */
export function renderDrill(root: HTMLElement, p: DrillScreenProps, a: DrillScreenActions, t: Translate): void {
  const v = p.state.view;
  const inBriefing = !v || v.phase <= 1;
  render(html`<div class="drill" data-screen="drill" data-phase=${v?.phase ?? 0}>
    <header class="drill-head">
      <h1 class="scenario-title">${loc(p.manifest.title, p.locale)}</h1>
      ${clockBar(p, a, t)}
      <div class="captions" aria-live="polite" aria-label=${t('audio.captionsLabel')}>${p.state.captions.map((c) => html`<span>${t(c.key as MessageKey)}</span>`)}</div>
    </header>
    <div class="drill-main">
      <div class="left">
        ${inBriefing ? briefing(p, t) : nothing}
        <div class=${inBriefing ? 'venue-wrap hidden' : 'venue-wrap'} aria-hidden=${inBriefing ? 'true' : 'false'}>${p.venueHost}
          <p class="legend-note">${t('drill.legend')}</p></div>
        ${renderIndicators(p.state, t, p.manifest, p.log, p.locale)}
      </div>
      <div class="right">
        ${dialogue(p, a, t)}
        ${renderCommandPanel(p.manifest, p.state, a.act, t, p.locale)}
        ${renderDecisionLog(p.manifest, p.state, t, p.locale, p.log)}
      </div>
    </div>
    ${p.state.notice ? html`<p class="drill-notice" role="status">${t(p.state.notice.key as MessageKey, p.state.notice.params)}</p>` : nothing}
  </div>`, root);
}
