// The indicator panel of the drill: 紧张度, 信任/合法性, 舆情, 安全风险, crowd, injuries, people taken away,
// each with a band and a trend arrow in words and symbols; focus or hover shows the latest causes.
import { html, nothing, type TemplateResult } from 'lit-html';
import type { CrowdSample, LogEntry } from '../../drill';
import type { Manifest } from '../../scenario';
import type { AppState } from '../../store';
import type { Locale, MessageKey, Translate } from '../../i18n';
import { causeShareSentence, type TextContext } from '../actionText';

type Key = 'tension' | 'legitimacy' | 'rumor' | 'safety' | 'crowd' | 'violence' | 'injuries' | 'arrests';
const SHOWN: readonly Key[] = ['tension', 'legitimacy', 'rumor', 'safety', 'crowd', 'violence', 'injuries', 'arrests'];
/** The smallest change shown as a trend. */
const EPS: Record<Key, number> = { tension: 1, legitimacy: 1, rumor: 1, safety: 1, crowd: 3, violence: 1, injuries: 0.5, arrests: 0.5 };

/** The band of a 0–100 value where a band helps (tension, rumour, crush risk), else null. */
export function indicatorBand(k: Key, v: CrowdSample): 'low' | 'elevated' | 'high' | 'critical' | null {
  switch (k) {
    case 'tension': return v.tension >= 80 ? 'critical' : v.tension >= 60 ? 'high' : v.tension >= 40 ? 'elevated' : 'low';
    case 'safety': return v.safety >= 90 ? 'critical' : v.safety >= 70 ? 'high' : v.safety >= 40 ? 'elevated' : 'low';
    case 'rumor': return v.rumor >= 30 ? 'critical' : v.rumor >= 10 ? 'high' : v.rumor >= 3 ? 'elevated' : 'low';
    case 'violence': return v.violence >= 1 ? 'high' : null;
    default: return null;
  }
}

/** up / down / flat between two samples. */
export function indicatorTrend(k: Key, now: CrowdSample, before: CrowdSample | null): 'up' | 'down' | 'flat' {
  if (!before) return 'flat';
  const d = now[k] - before[k];
  return d > EPS[k] ? 'up' : d < -EPS[k] ? 'down' : 'flat';
}

const ARROW = { up: '▲', down: '▼', flat: '–' } as const;
const CAUSED: Partial<Record<Key, 'tension' | 'legitimacy' | 'rumor'>> = { tension: 'tension', legitimacy: 'legitimacy', rumor: 'rumor' };

function valueText(k: Key, v: CrowdSample): string {
  if (k === 'rumor' || k === 'violence') return `${v[k]}%`;
  return String(v[k]);
}

/** The indicator panel. `log` and `manifest` turn the causes into sentences. */
export function renderIndicators(s: AppState, t: Translate, manifest?: Manifest, log?: readonly LogEntry[], locale: Locale = 'zh-CN'): TemplateResult {
  const v = s.view?.values;
  if (!v) return html`<section class="indicators-panel"></section>`;
  const ctx: TextContext | null = manifest && log ? { t, locale, manifest, log } : null;
  return html`<section class="indicators-panel" aria-labelledby="ind-h">
    <h2 id="ind-h">${t('ind.heading')}</h2>
    <dl class="ind-list">${SHOWN.map((k) => {
      const band = indicatorBand(k, v);
      const trend = indicatorTrend(k, v, s.trendBase);
      const ck = CAUSED[k];
      const causes = ck && ctx ? (s.lastCauses[ck] ?? []).slice(0, 3).map((c) => causeShareSentence(c, ck, ctx)) : [];
      const tip = causes.length > 0 ? t('drill.causesTip', { causes: causes.join(t('drill.listSeparator')) }) : '';
      return html`<div class="ind ${band ?? ''}" tabindex=${causes.length > 0 ? '0' : nothing} title=${tip || nothing} aria-description=${tip || nothing}>
        <dt>${t(`drill.ind.${k}` as MessageKey)}</dt>
        <dd><span class="value">${valueText(k, v)}</span>
          ${band ? html`<span class="band">${t(`band.${band}` as MessageKey)}</span>` : nothing}
          <span class="trend ${trend}" aria-label=${t(`trend.${trend}` as MessageKey)}>${ARROW[trend]}</span></dd>
        ${causes.length > 0 ? html`<ul class="causes">${causes.map((c) => html`<li>${c}</li>`)}</ul>` : nothing}
      </div>`;
    })}</dl>
  </section>`;
}
