// The decision log (决策记录): the trainee's choices and panel actions with their scene times and
// outcomes, and the rationales written at key decisions.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { LogEntry } from '../../drill';
import type { Manifest } from '../../scenario';
import type { AppState } from '../../store';
import type { Locale, MessageKey, Translate } from '../../i18n';
import { actionSentence, clockAtTick } from '../actionText';

/** The decision log, newest first. */
export function renderDecisionLog(m: Manifest, s: AppState, t: Translate, locale: Locale, log: readonly LogEntry[] = []): TemplateResult {
  const ctx = { t, locale, manifest: m, log };
  const items = [...s.decisions].reverse().slice(0, 60);
  return html`<section class="decisions" aria-labelledby="decisions-h">
    <h2 id="decisions-h">${t('drill.decisions')}</h2>
    ${items.length === 0 ? html`<p class="empty">${t('drill.noDecisions')}</p>` : nothing}
    <ol class="decision-list">${items.map((d) => {
      const time = clockAtTick(m.clock.start, d.tick);
      if (d.kind === 'choice') return html`<li><time>${time}</time> ${d.text}</li>`;
      if (d.kind === 'rationale') return html`<li class="rationale"><time>${time}</time> ${t('drill.rationaleEntry', { text: d.text })}</li>`;
      const refused = d.applied === 0;
      return html`<li class=${refused ? 'refused' : 'action'}><time>${time}</time> ${actionSentence(d.action, ctx)}
        ${refused ? html`<span class="outcome">（${d.reason ? t(`drill.reason.${d.reason}` as MessageKey) : t('drill.reason.none')}）</span>` : nothing}</li>`;
    })}</ol>
  </section>`;
}
