// How indicator values read on screen: numbers, bands and trend directions (thresholds of
// crowd-model.md §6.2). Pure functions, so the wording rules are unit-tested without a DOM.
import type { Indicators } from '../sim';
import type { MessageKey } from '../i18n';

/** The indicators shown to the trainee, in display order. */
export const SHOWN_INDICATORS = [
  'tension', 'legitimacy', 'crowdSize', 'rumorPrevalence', 'safetyRisk',
  'activeFraction', 'violentFraction', 'injuries', 'arrests',
] as const satisfies readonly (keyof Indicators)[];
export type ShownIndicator = (typeof SHOWN_INDICATORS)[number];

export type Band = 'low' | 'elevated' | 'high' | 'critical';
export type Trend = 'up' | 'down' | 'flat';

/** Coarse band of an indicator, or null where a band would mislead (counts, legitimacy). */
export function bandOf(key: ShownIndicator, ind: Indicators): Band | null {
  switch (key) {
    case 'tension': return ind.tension >= 80 ? 'critical' : ind.tension >= 60 ? 'high' : ind.tension >= 40 ? 'elevated' : 'low';
    case 'safetyRisk': return ind.safetyRisk >= 90 ? 'critical' : ind.safetyRisk >= 70 ? 'high' : ind.safetyRisk >= 40 ? 'elevated' : 'low';
    case 'rumorPrevalence': return ind.rumorPrevalence >= 0.3 ? 'critical' : ind.rumorPrevalence >= 0.1 ? 'high' : ind.rumorPrevalence >= 0.03 ? 'elevated' : 'low';
    case 'violentFraction': return ind.violentFraction > 0.01 ? 'high' : null;
    default: return null;
  }
}

/** The smallest change that counts as a trend, per indicator (below it the arrow is flat). */
const TREND_EPSILON: Record<ShownIndicator, number> = {
  tension: 1, legitimacy: 0.005, crowdSize: 3, rumorPrevalence: 0.005, safetyRisk: 1,
  activeFraction: 0.005, violentFraction: 0.002, injuries: 0.5, arrests: 0.5,
};

export function trendOf(key: ShownIndicator, now: Indicators, before: Indicators | null): Trend {
  if (!before) return 'flat';
  const d = now[key] - before[key];
  return d > TREND_EPSILON[key] ? 'up' : d < -TREND_EPSILON[key] ? 'down' : 'flat';
}

export const TREND_ARROW: Record<Trend, string> = { up: '▲', down: '▼', flat: '–' };

/** The number as shown: indices as whole numbers, 0–1 values as two decimals or percentages, counts. */
export function formatValue(key: ShownIndicator, ind: Indicators): string {
  const v = ind[key];
  switch (key) {
    case 'tension':
    case 'safetyRisk': return String(Math.round(v));
    case 'legitimacy': return v.toFixed(2);
    case 'rumorPrevalence':
    case 'activeFraction':
    case 'violentFraction': return `${(v * 100).toFixed(v < 0.1 && v > 0 ? 1 : 0)}%`;
    default: return String(Math.round(v));
  }
}

export function labelKeyOf(key: ShownIndicator): MessageKey {
  return `ind.${key}`;
}

/** Scene clock text HH:MM:SS for `tick` ticks of 10 s after `startSeconds` (seconds since midnight). */
export function formatSceneClock(startSeconds: number, tick: number, secondsPerTick = 10): string {
  const total = Math.floor(startSeconds + tick * secondsPerTick) % 86_400;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
}
