// Stylized facts SF7(b), SF10 and SF11 (crowd-model.md §8.2): early information, empty promises,
// and safety as an axis separate from tension. Medians over seeds 1…10.

import { describe, expect, it } from 'vitest';
import type { Command } from '../../types';
import { baseline, compareArms, median, runArm, SEEDS, windowMax, windowMean, type Arm } from './harness';

describe('SF7(b): early official information lowers the rumour peak (housing)', () => {
  const release: Command = { command: 'release', args: { channel: 'official', transparency: 0.8 } };
  const arm = (at: number | null): Arm => ({ preset: 'housing', agents: 600, ticks: 1500, commands: (t) => (t === at ? [release] : []) });
  it('peak prevalence: early < late ≤ none + .01', () => {
    const r = compareArms({ early: arm(0), late: arm(300), none: arm(null) }, (s) => windowMax(s, 'rumorPrevalence', 0, 1501));
    const m = { early: median(r.early), late: median(r.late), none: median(r.none) };
    console.log('SF7b', JSON.stringify(m));
    expect(m.early).toBeLessThan(m.late);
    expect(m.late).toBeLessThanOrEqual(m.none + 0.01);
  });
});

describe('SF10: the empty promise backfires, the credible commitment holds (taxi)', () => {
  const B = baseline(600, 'square');
  const meet: Command = { command: 'meetRepresentatives', args: {} };
  const arm = (extra: Command | null): Arm => ({
    preset: 'taxi', ticks: 300,
    commands: (t) => (t === 0 ? [B] : t === 55 ? [meet] : t === 60 && extra ? [extra] : []),
  });
  const arms = {
    N: arm(null),
    C: arm({ command: 'commit', args: { credible: true, remedy: 1 } }),
    E: arm({ command: 'commit', args: { credible: false, remedy: 1, exposeAfterTicks: 90 } }),
  };
  it('after exposure E > N > C; during the promise E < N', () => {
    const late = compareArms(arms, (s) => windowMean(s, 'tension', 160, 300));
    const during = compareArms({ N: arms.N, E: arms.E }, (s) => windowMean(s, 'tension', 70, 150));
    const m = { lateE: median(late.E), lateN: median(late.N), lateC: median(late.C), duringE: median(during.E), duringN: median(during.N) };
    console.log('SF10', JSON.stringify(m));
    expect(m.lateE).toBeGreaterThan(m.lateN);
    expect(m.lateN).toBeGreaterThan(m.lateC);
    expect(m.duringE).toBeLessThan(m.duringN);
  });
});

describe('SF11: safety is a separate axis', () => {
  it('(a) a closing cordon crushes a calm crowd (housing)', () => {
    // Deviation from §8.2 (which sets only hardshipScale 0.4): with §7.1's distributions that crowd is
    // not calm — a housing participant's G ≈ 0.32·(1 − 0.72) ≈ 0.09 plus w_E·E0 = 0.05 already exceeds
    // T = 0.1, so tension sits near 60 and the test's own precondition (tension < 30) cannot hold.
    // A calm crowd here is low hardship and low arousal.
    const arm: Arm = {
      preset: 'housing', params: { hardshipScale: 0.1, arousalShift: -0.15 }, ticks: 200,
      commands: (t) => (t === 0 ? [{ command: 'deploy', args: { posture: 'cordon', count: 10, zone: 'gate' } }]
        : t === 20 ? [{ command: 'deploy', args: { posture: 'cordon', count: 60, zone: 'salesOffice' } }] : []),
    };
    const runs = SEEDS.map((s) => runArm(arm, s));
    const t19 = median(runs.map((s) => s[19]!.tension));
    const maxDensity = median(runs.map((s) => windowMax(s, 'maxDensity', 20, 200)));
    const maxSafety = median(runs.map((s) => windowMax(s, 'safetyRisk', 20, 200)));
    const tensionAtPeak = median(runs.map((s) => {
      let best = 20;
      for (let t = 20; t < 200; t++) if (s[t]!.safetyRisk > s[best]!.safetyRisk) best = t;
      return s[best]!.tension;
    }));
    console.log('SF11a', JSON.stringify({ t19, maxDensity, maxSafety, tensionAtPeak }));
    expect(t19).toBeLessThan(30);
    expect(maxDensity).toBeGreaterThanOrEqual(5.5);
    expect(maxSafety).toBeGreaterThan(70);
    expect(tensionAtPeak).toBeLessThan(40);
  });

  it('(b) an angry sparse crowd is not at risk of crush (taxi)', () => {
    const arm: Arm = { preset: 'taxi', agents: 300, params: { arousalShift: 0.4 }, ticks: 200, commands: () => [] };
    const runs = SEEDS.map((s) => runArm(arm, s));
    const tension = median(runs.map((s) => windowMean(s, 'tension', 50, 200)));
    const safety = median(runs.map((s) => windowMax(s, 'safetyRisk', 0, 201)));
    console.log('SF11b', JSON.stringify({ tension, safety }));
    expect(tension).toBeGreaterThan(60);
    expect(safety).toBeLessThan(20);
  });
});
