import { describe, expect, it } from 'vitest';
import type { Indicators } from '../sim';
import { bandOf, formatSceneClock, formatValue, trendOf } from './indicatorFormat';

function ind(over: Partial<Indicators> = {}): Indicators {
  return {
    tick: 0, crowdSize: 600, activeFraction: 0, violentFraction: 0, tension: 0, violenceRisk: 0, latentTension: 0,
    legitimacy: 0.7, identification: 0.4, arousal: 0.2, rumorPrevalence: 0, credibility: 0.5, safetyRisk: 0,
    maxDensity: 1, arrests: 0, injuries: 0, ...over,
  };
}

describe('indicator formatting', () => {
  it('bands tension at the §6.2 thresholds 40 / 60 / 80', () => {
    expect(bandOf('tension', ind({ tension: 39.9 }))).toBe('low');
    expect(bandOf('tension', ind({ tension: 40 }))).toBe('elevated');
    expect(bandOf('tension', ind({ tension: 60 }))).toBe('high');
    expect(bandOf('tension', ind({ tension: 80 }))).toBe('critical');
    expect(bandOf('safetyRisk', ind({ safetyRisk: 70 }))).toBe('high');
    expect(bandOf('rumorPrevalence', ind({ rumorPrevalence: 0.1 }))).toBe('high');
    expect(bandOf('legitimacy', ind())).toBeNull();
  });

  it('shows a trend only beyond a small change', () => {
    expect(trendOf('tension', ind({ tension: 50.5 }), ind({ tension: 50 }))).toBe('flat');
    expect(trendOf('tension', ind({ tension: 52 }), ind({ tension: 50 }))).toBe('up');
    expect(trendOf('legitimacy', ind({ legitimacy: 0.6 }), ind({ legitimacy: 0.7 }))).toBe('down');
    expect(trendOf('legitimacy', ind(), null)).toBe('flat');
  });

  it('formats values for reading, not for precision', () => {
    expect(formatValue('tension', ind({ tension: 47.6 }))).toBe('48');
    expect(formatValue('legitimacy', ind({ legitimacy: 0.7234 }))).toBe('0.72');
    expect(formatValue('rumorPrevalence', ind({ rumorPrevalence: 0.0512 }))).toBe('5.1%');
    expect(formatValue('activeFraction', ind({ activeFraction: 0.25 }))).toBe('25%');
    expect(formatValue('crowdSize', ind({ crowdSize: 612 }))).toBe('612');
  });

  it('runs the scene clock at 10 s per tick and wraps at midnight', () => {
    expect(formatSceneClock(9 * 3600 + 12 * 60, 0)).toBe('09:12:00');
    expect(formatSceneClock(9 * 3600 + 12 * 60, 75)).toBe('09:24:30');
    expect(formatSceneClock(23 * 3600 + 59 * 60, 12)).toBe('00:01:00');
  });
});
