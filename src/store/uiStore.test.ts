import { describe, expect, it } from 'vitest';
import type { Indicators } from '../sim';
import { createUiStore, LOG_LENGTH, TREND_TICKS } from './uiStore';

const officers = { liaison: 0, uniform: 0, cordon: 0, riot: 0 };
function ind(tick: number, tension = 0): Indicators {
  return {
    tick, crowdSize: 600, activeFraction: 0, violentFraction: 0, tension, violenceRisk: 0, latentTension: 0,
    legitimacy: 0.7, identification: 0.4, arousal: 0.2, rumorPrevalence: 0, credibility: 0.5, safetyRisk: 0,
    maxDensity: 1, arrests: 0, injuries: 0,
  };
}

describe('uiStore', () => {
  it('starts loading and runs once started', () => {
    const s = createUiStore();
    expect(s.getState().status).toBe('loading');
    s.getState().started('taxi', 9 * 3600, ind(0));
    expect(s.getState()).toMatchObject({ status: 'running', preset: 'taxi', tick: 0 });
  });

  it('keeps a trend base at least TREND_TICKS old once history allows', () => {
    const s = createUiStore();
    s.getState().started('taxi', 0, ind(0, 10));
    for (let t = 1; t <= 40; t++) s.getState().simUpdated(ind(t, 10 + t), officers);
    const { trendBase, indicators } = s.getState();
    expect(indicators?.tick).toBe(40);
    expect(trendBase?.tick).toBe(40 - TREND_TICKS);
    expect(trendBase?.tension).toBe(10 + 40 - TREND_TICKS);
  });

  it('notifies subscribers and caps the log, newest first', () => {
    const s = createUiStore();
    let calls = 0;
    const unsubscribe = s.subscribe(() => calls++);
    for (let i = 0; i < LOG_LENGTH + 5; i++) s.getState().log('event', 'event.fall');
    unsubscribe();
    const { messages } = s.getState();
    expect(calls).toBe(LOG_LENGTH + 5);
    expect(messages).toHaveLength(LOG_LENGTH);
    expect(messages[0]!.id).toBeGreaterThan(messages[1]!.id);
  });
});
