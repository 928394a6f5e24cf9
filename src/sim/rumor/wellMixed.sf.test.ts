// Stylized facts SF7a and SF8 (crowd-model.md §8.2) on the well-mixed rumour layer, M = 20 seeds.
import { describe, expect, it } from 'vitest';
import { runRumorWellMixed, type RumorResult } from './wellMixed';

const M = 20;
const seeds = Array.from({ length: M }, (_, i) => i + 1);

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

describe('SF8 — Maki–Thompson sanity', () => {
  it('the mean fraction never hearing the rumour is near x∞ = 0.2032', () => {
    const ticks = 300;
    const never = seeds.map((seed) => {
      const r = runRumorWellMixed({
        N: 5000, initialSpreaders: 1, beta0: 1, importance: 1, a0: 1, g: 0, c: 1, ticks, seed,
      });
      // The statistic is the end state of the process: the rumour must have died out.
      expect(r.spreaders[ticks]).toBe(0);
      // No release: never hearing is exactly staying ignorant.
      expect(r.neverHeard).toBe(r.ignorant[ticks]);
      return r.neverHeard;
    });
    const mean = never.reduce((a, b) => a + b, 0) / M;
    console.log(`SF8 mean never-heard ${mean.toFixed(4)} (theory 0.2032, reference 0.206)`);
    expect(mean).toBeGreaterThanOrEqual(0.183);
    expect(mean).toBeLessThanOrEqual(0.223);
  });
});

describe('SF7a — early information lowers the rumour peak (well mixed)', () => {
  const ticks = 400;
  const releaseTimes = [0, 3, 8, 15, 30, null] as const;
  const run = (seed: number, at: number | null): RumorResult =>
    runRumorWellMixed({
      N: 2000, initialSpreaders: 10, beta0: 0.8, importance: 1, a0: 1, g: 0, c: 1,
      credibility: 0.7, reach: 0.05, releaseDecay: 1, cie: 0.5, ticks, seed,
      releases: at === null ? [] : [{ tick: at, transparency: 0.8 }],
    });

  it('release timing orders peak, ever-believed and final believers', () => {
    const arms = releaseTimes.map((at) => {
      const runs = seeds.map((seed) => run(seed, at));
      return {
        at,
        runs,
        peak: median(runs.map((r) => r.peakSpreaders)),
        ever: median(runs.map((r) => r.everBelieved)),
        final: median(runs.map((r) => r.finalBelievers)),
      };
    });
    console.log(
      'SF7a medians (release at / peak spreaders / ever-believed / final believers):\n' +
        arms.map((a) => `  ${a.at ?? 'never'}: ${a.peak.toFixed(4)} / ${a.ever.toFixed(4)} / ${a.final.toFixed(4)}`)
          .join('\n'),
    );
    const [r0, r3, , , r30, never] = arms;

    // Protocol: arms of one seed are identical up to the release (§8.1).
    for (let s = 0; s < M; s++) {
      const a = r30!.runs[s]!;
      const b = never!.runs[s]!;
      expect(Array.from(a.spreaders.subarray(0, 31))).toEqual(Array.from(b.spreaders.subarray(0, 31)));
    }

    // peak spreaders(0) < peak(3) ≤ peak(never)
    expect(r0!.peak).toBeLessThan(r3!.peak);
    expect(r3!.peak).toBeLessThanOrEqual(never!.peak);
    // ever-believed non-decreasing in release time (never last)
    for (let i = 1; i < arms.length; i++) expect(arms[i]!.ever).toBeGreaterThanOrEqual(arms[i - 1]!.ever);
    // release at 30, after the peak (precondition): same peak, fewer believers at the end
    expect(median(never!.runs.map((r) => r.peakTick))).toBeLessThan(30);
    expect(Math.abs(r30!.peak - never!.peak)).toBeLessThanOrEqual(0.01);
    expect(r30!.final).toBeLessThan(never!.final);
  });
});
