// Stylized facts SF3(b-ii), SF4, SF5 and SF6 (crowd-model.md §8.2): deterrence and withdrawal,
// indiscriminate force, posture ordering, mass arrests. Medians over seeds 1…10.

import { describe, expect, it } from 'vitest';
import type { Command, Posture } from '../../types';
import { baseline, compareArms, fmt, median, windowMean, type Arm } from './harness';

const RENT_AGENTS = 800;

describe('SF3(b-ii): withdrawing officers releases latent tension (taxi)', () => {
  const count = Math.round(0.08 * 600);
  const deploy: Command = { command: 'deploy', args: { posture: 'uniform', count, zone: 'square' } };
  const arm = (withdrawAt: number | null): Arm => ({
    preset: 'taxi', ticks: 220,
    commands: (t) => (t === 0 ? [deploy] : t === withdrawAt ? [{ command: 'withdraw', args: { count, zone: 'square' } }] : []),
  });
  // Passes with the continuous arrest risk and a tick-0 deploy on station (README, "Where the model
  // departs"): with ⌊C_w/A⌋ and officers walking in, median latentTension at 149 was ≈ .014.
  it('bursts after the withdrawal, above the control and above its own earlier level', () => {
    const latent = compareArms({ W: arm(150) }, (s) => s[149]!.latentTension);
    expect(median(latent.W)).toBeGreaterThanOrEqual(0.1);
    const late = compareArms({ W: arm(150), C: arm(null) }, (s) => windowMean(s, 'activeFraction', 160, 220));
    const early = compareArms({ W: arm(150) }, (s) => windowMean(s, 'activeFraction', 120, 150));
    console.log(`SF3b-ii latent@149 ${fmt(latent.W)}\n W[160,220) ${fmt(late.W)}\n C ${fmt(late.C)}\n W[120,150) ${fmt(early.W)}`);
    expect(median(late.W)).toBeGreaterThan(median(late.C));
    expect(median(late.W)).toBeGreaterThan(median(early.W));
  });
});

describe('SF4: indiscriminate force escalates a mostly peaceful crowd (rent)', () => {
  const B = baseline(RENT_AGENTS, 'plaza');
  const arms: Record<'A' | 'F', Arm> = {
    A: { preset: 'rent', ticks: 240, commands: (t) => (t === 0 ? [B] : t >= 50 && t < 80 && t % 5 === 0 ? [{ command: 'arrest', args: { mode: 'targeted' } }] : []) },
    F: { preset: 'rent', ticks: 240, commands: (t) => (t === 0 ? [B] : t === 50 ? [{ command: 'disperse', args: { zone: 'plaza', ticks: 30 } }] : []) },
  };
  it('force gives more activity and violence, less legitimacy, more identification than targeted arrests', () => {
    const pre = compareArms({ A: arms.A }, (s) => windowMean(s, 'violentFraction', 40, 50));
    expect(median(pre.A)).toBeLessThanOrEqual(0.01);
    const keys = ['activeFraction', 'violentFraction', 'legitimacy', 'identification'] as const;
    const res = Object.fromEntries(keys.map((k) => [k, compareArms(arms, (s) => windowMean(s, k, 90, 240))])) as Record<(typeof keys)[number], Record<'A' | 'F', number[]>>;
    for (const k of keys) console.log(`SF4 ${k}: A ${median(res[k].A).toFixed(3)} F ${median(res[k].F).toFixed(3)}`);
    expect(median(res.activeFraction.F)).toBeGreaterThan(median(res.activeFraction.A));
    expect(median(res.violentFraction.F)).toBeGreaterThan(median(res.violentFraction.A));
    expect(median(res.legitimacy.F)).toBeLessThan(median(res.legitimacy.A));
    expect(median(res.identification.F)).toBeGreaterThan(median(res.identification.A));
  });
});

describe('SF5: posture ordering at equal numbers (rent)', () => {
  const arm = (posture: Posture): Arm => ({
    preset: 'rent', ticks: 250,
    commands: (t) => (t === 0 ? [{ command: 'deploy', args: { posture, count: Math.round(0.06 * RENT_AGENTS), zone: 'plaza' } }] : []),
  });
  const arms = { liaison: arm('liaison'), uniform: arm('uniform'), riot: arm('riot') };
  it('tension and arousal rise and legitimacy falls from liaison to uniform to riot; liaison not too strong', () => {
    const m = (k: 'tension' | 'arousal' | 'legitimacy'): Record<keyof typeof arms, number> => {
      const r = compareArms(arms, (s) => windowMean(s, k, 50, 250));
      return { liaison: median(r.liaison), uniform: median(r.uniform), riot: median(r.riot) };
    };
    const tension = m('tension');
    const arousal = m('arousal');
    const legitimacy = m('legitimacy');
    console.log('SF5', JSON.stringify({ tension, arousal, legitimacy }));
    expect(tension.liaison).toBeLessThan(tension.uniform);
    expect(tension.uniform).toBeLessThan(tension.riot);
    expect(arousal.liaison).toBeLessThan(arousal.uniform);
    expect(arousal.uniform).toBeLessThan(arousal.riot);
    expect(legitimacy.liaison).toBeGreaterThan(legitimacy.uniform);
    expect(legitimacy.uniform).toBeGreaterThan(legitimacy.riot);
    expect(legitimacy.liaison - legitimacy.uniform).toBeLessThanOrEqual(0.15); // SF5c calibration guard
  });
});

describe('SF6: mass arrests suppress but delegitimise (rent)', () => {
  const B = baseline(RENT_AGENTS, 'plaza');
  const arm = (mode: 'targeted' | 'any'): Arm => ({
    preset: 'rent', ticks: 250,
    commands: (t) => (t === 0 ? [B] : t >= 50 && t < 250 && t % 5 === 0 ? [{ command: 'arrest', args: { mode, count: 5 } }] : []),
  });
  // The suppression is small in this crowd (activity about .01 lower, every seed): 48 officers face
  // ~350 actives, and only the continuous arrest risk over a 22 m window lets the thinning count.
  it('"any" arrests give less activity, less legitimacy, more identification and latent tension', () => {
    const arms = { T: arm('targeted'), M: arm('any') };
    const keys = ['activeFraction', 'legitimacy', 'identification', 'latentTension'] as const;
    const res = Object.fromEntries(keys.map((k) => [k, compareArms(arms, (s) => windowMean(s, k, 50, 250))])) as Record<(typeof keys)[number], Record<'T' | 'M', number[]>>;
    for (const k of keys) console.log(`SF6 ${k}: T ${median(res[k].T).toFixed(3)} M ${median(res[k].M).toFixed(3)}`);
    expect(median(res.activeFraction.M)).toBeLessThan(median(res.activeFraction.T));
    expect(median(res.legitimacy.M)).toBeLessThan(median(res.legitimacy.T));
    expect(median(res.identification.M)).toBeGreaterThan(median(res.identification.T));
    expect(median(res.latentTension.M)).toBeGreaterThan(median(res.latentTension.T));
  });
});
