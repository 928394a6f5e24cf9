// The aggregate surrogate: effect signs against the full model's saved reference figures (the full model
// is never run here), determinism, save/restore, the cause ledger summing exactly, and input validation.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAggregateSim, createSim } from '../index';
import { INDICATOR_KEYS, SimInputError, type Command, type ScenarioPresetName, type Sim } from '../types';
import { AggregateSim } from './aggregateSim';
import {
  CALIBRATION_AGENTS, CALIBRATION_SCRIPTS, CALIBRATION_SEEDS, CHECK_TICKS, FOCAL_ZONE, meanRecord, recordScript, type ReferenceTable,
} from './calibrationScripts';

const PRESETS: readonly ScenarioPresetName[] = ['taxi', 'rent', 'housing'];
const reference = (JSON.parse(readFileSync('tests/fixtures/aggregateReference.json', 'utf8')) as { table: ReferenceTable }).table;
/** Effects the full model shows clearly (smaller ones are within its seed noise). */
const LARGE = { tension: 5, legitimacy: 0.02, rumorPrevalence: 0.05 } as const;

/** Every command once, for the ledger and determinism checks. */
function everyCommand(preset: ScenarioPresetName): Map<number, Command[]> {
  const zone = FOCAL_ZONE[preset];
  return new Map<number, Command[]>([
    [0, [{ command: 'deploy', args: { posture: 'uniform', count: 20, zone } }, { command: 'deploy', args: { posture: 'liaison', count: 10, zone } }]],
    [3, [{ command: 'release', args: { channel: 'official', transparency: 0.8, counterRumor: true } }]],
    [5, [{ command: 'speak', args: { tone: 'empathetic' } }, { command: 'deploy', args: { posture: 'riot', count: 20, zone } }]],
    [8, [{ command: 'meetRepresentatives', args: {} }, { command: 'broadcast', args: { on: true } }]],
    [10, [{ command: 'commit', args: { credible: false, remedy: 0.5, exposeAfterTicks: 10 } }, { command: 'apologize', args: {} }]],
    [12, [{ command: 'deploy', args: { posture: 'cordon', count: 20, zone } }, { command: 'speak', args: { tone: 'harsh' } }]],
    [15, [{ command: 'arrest', args: { mode: 'any', count: 4 } }, { command: 'setPosture', args: { to: 'riot', from: 'uniform' } }]],
    [18, [{ command: 'disperse', args: { zone, ticks: 5 } }, { command: 'isolate', args: { target: 'agitators' } }]],
    [25, [{ command: 'isolate', args: { target: 'representatives' } }, { command: 'withdraw', args: { count: 15 } }]],
    [30, [{ command: 'commit', args: { credible: true, remedy: 0.6 } }, { command: 'speak', args: { tone: 'neutral' } }]],
  ]);
}

function run(sim: Sim, script: Map<number, Command[]>, ticks: number): string[] {
  const hashes: string[] = [];
  for (let t = 0; t < ticks; t++) {
    for (const c of script.get(sim.tick) ?? []) sim.apply(c);
    if (t === 20) sim.inject({ kind: 'contradiction' });
    if (t === 22) sim.inject({ kind: 'shock', group: 'core', dE: 0.1, hardship: 1.1 });
    if (t === 24) sim.inject({ kind: 'rumor', content: 'blaming', importance: 0.7 });
    sim.step();
    hashes.push(sim.hash());
  }
  return hashes;
}

describe('aggregate surrogate against the full model (saved reference)', () => {
  for (const preset of PRESETS) {
    it(`${preset}: every clear command effect on tension, legitimacy and rumour has the full model's sign`, () => {
      const mine: ReferenceTable[string] = {};
      for (const s of CALIBRATION_SCRIPTS) {
        mine[s.name] = meanRecord(CALIBRATION_SEEDS.map((seed) => recordScript(createAggregateSim({ preset, seed, agents: CALIBRATION_AGENTS[preset] }), s.items(preset))));
      }
      const full = reference[preset]!;
      let checked = 0;
      for (const s of CALIBRATION_SCRIPTS) {
        if (s.name === s.reference) continue;
        for (const [k, tol] of Object.entries(LARGE)) {
          CHECK_TICKS.forEach((tick, j) => {
            const fe = full[s.name]![k]![j]! - full[s.reference]![k]![j]!;
            if (Math.abs(fe) < tol) return;
            const ae = mine[s.name]![k]![j]! - mine[s.reference]![k]![j]!;
            checked++;
            expect(Math.sign(ae), `${s.name} ${k} at tick ${tick}: full ${fe.toFixed(3)}, surrogate ${ae.toFixed(3)}`).toBe(Math.sign(fe));
          });
        }
      }
      expect(checked).toBeGreaterThan(10);
      // The baseline level itself stays close to the full model's.
      CHECK_TICKS.forEach((_, j) => {
        expect(Math.abs(mine['baseline']!['tension']![j]! - full['baseline']!['tension']![j]!)).toBeLessThan(8);
        expect(Math.abs(mine['baseline']!['legitimacy']![j]! - full['baseline']!['legitimacy']![j]!)).toBeLessThan(0.05);
      });
    });
  }
});

describe('aggregate surrogate as a Sim', () => {
  it('is deterministic for a seed, and seeds differ slightly', () => {
    const a = run(createAggregateSim({ preset: 'taxi', seed: 4 }), everyCommand('taxi'), 60);
    const b = run(createAggregateSim({ preset: 'taxi', seed: 4 }), everyCommand('taxi'), 60);
    const c = run(createAggregateSim({ preset: 'taxi', seed: 5 }), everyCommand('taxi'), 60);
    expect(b).toEqual(a);
    expect(c[59]).not.toBe(a[59]);
  });

  it('without a ledger (explain: false) runs exactly the same crowd, with an empty ledger', () => {
    const run = (explain: boolean) => {
      const sim = createAggregateSim({ preset: 'taxi', seed: 4, explain });
      sim.apply({ command: 'deploy', args: { posture: 'riot', count: 20, zone: 'square' } });
      sim.apply({ command: 'release', args: { channel: 'official', transparency: 0.7 } });
      for (let t = 0; t < 120; t++) sim.step();
      return sim;
    };
    const withLedger = run(true);
    const without = run(false);
    expect(without.hash()).toBe(withLedger.hash());
    expect(without.indicators()).toEqual(withLedger.indicators());
    expect(withLedger.ledger().length).toBeGreaterThan(0);
    expect(without.ledger()).toEqual([]);
  });

  it('restores a save exactly: the same commands then give the same hashes', () => {
    const script = everyCommand('rent');
    const sim = createAggregateSim({ preset: 'rent', seed: 2 });
    const ref = run(sim, script, 12);
    const saved = sim.save();
    const after = run(sim, script, 30);
    const other = createAggregateSim({ preset: 'rent', seed: 2 });
    run(other, new Map(), 7); // a different history, overwritten by the restore
    other.restore(structuredClone(saved));
    expect(other.tick).toBe(12);
    expect(run(other, script, 30)).toEqual(after);
    expect(ref).toHaveLength(12);
    expect(() => createAggregateSim({ preset: 'taxi', seed: 2 }).restore(saved)).toThrow(SimInputError);
    expect(() => createAggregateSim({ preset: 'rent', seed: 3 }).restore(saved)).toThrow(/restore/);
  });

  for (const preset of PRESETS) {
    it(`${preset}: the cause ledger sums exactly to each explained indicator change, every tick`, () => {
      const sim = new AggregateSim({ preset, seed: 5 });
      const script = everyCommand(preset);
      const keys = ['legitimacy', 'identification', 'arousal', 'tension', 'activeFraction', 'violentFraction', 'rumorPrevalence', 'credibility'] as const;
      const causes = new Set<string>();
      for (let t = 0; t < 70; t++) {
        for (const c of script.get(t) ?? []) sim.apply(c);
        const before = sim.rawIndicators();
        sim.step();
        const after = sim.rawIndicators();
        for (const k of keys) {
          const sum = sim.ledger().filter((e) => e.indicator === k).reduce((s, e) => s + e.delta, 0);
          expect(sum, `${k} at tick ${t}`).toBeCloseTo(after[k] - before[k], 9);
        }
        for (const e of sim.ledger()) causes.add(e.cause);
      }
      expect([...causes].some((c) => /^cmd#\d+:speak$/.test(c))).toBe(true);
      for (const c of ['contagion', 'relaxation', 'posture:riot', 'release:0', 'promise:exposed']) expect(causes.has(c), c).toBe(true);
    });
  }

  it('reports the 16 indicators with the full model rounding, and the full model venue', () => {
    const sim = createAggregateSim({ preset: 'housing', seed: 1 });
    sim.step();
    const ind = sim.indicators();
    expect(Object.keys(ind)).toEqual([...INDICATOR_KEYS]);
    expect(Number.isInteger(ind.crowdSize)).toBe(true);
    expect(ind.tension * 10).toBe(Math.round(ind.tension * 10));
    expect(ind.legitimacy * 10000).toBeCloseTo(Math.round(ind.legitimacy * 10000), 6);
    expect(sim.venue).toEqual(createSim({ preset: 'housing', seed: 1, agents: 50 }).venue);
    const buf = { x: new Float32Array(4), y: new Float32Array(4), state: new Uint8Array(4), type: new Uint8Array(4), ox: new Float32Array(4), oy: new Float32Array(4), oposture: new Uint8Array(4), ostatus: new Uint8Array(4), count: 9, officerCount: 9 };
    sim.snapshot(buf);
    expect(buf.count).toBe(0);
    expect(buf.officerCount).toBe(0);
  });

  it('raises threshold and noEffect events with the full model reasons, once per crossing', () => {
    const sim = createAggregateSim({ preset: 'taxi', seed: 1 });
    expect(sim.apply({ command: 'disperse', args: {} }).reason).toBe('forceNeedsUnits');
    expect(sim.apply({ command: 'arrest', args: { mode: 'targeted' } }).applied).toBe(0);
    const d = sim.apply({ command: 'deploy', args: { posture: 'uniform', count: 500, zone: 'square' } });
    expect(d).toMatchObject({ applied: 150, reason: 'poolExhausted' });
    expect(sim.apply({ command: 'deploy', args: { posture: 'riot', count: 5, zone: 'square' } }).reason).toBe('poolExhausted');
    sim.step();
    const kinds = sim.events().filter((e) => e.kind === 'noEffect').map((e) => e.reason);
    expect(kinds).toEqual(['forceNeedsUnits', 'noEligibleViolent', 'poolExhausted']);
    let viral = 0;
    for (let t = 0; t < 200; t++) { sim.step(); viral += sim.events().filter((e) => e.kind === 'rumorViral').length; }
    expect(viral).toBe(1);
  });

  it('rejects bad input like the full model', () => {
    expect(() => createAggregateSim({ preset: 'epstein', seed: 1 })).toThrow(SimInputError);
    expect(() => createAggregateSim({ preset: 'taxi', seed: -1 })).toThrow(/seed/);
    expect(() => createAggregateSim({ preset: 'taxi', seed: 1, params: { nope: 1 } })).toThrow(/params\.nope/);
    const sim = createAggregateSim({ preset: 'taxi', seed: 1 });
    expect(() => sim.apply({ command: 'deploy', args: { posture: 'uniform', count: 5, zone: 'plaza' } })).toThrow(/zone/);
    expect(() => sim.apply({ command: 'nope' } as unknown as Command)).toThrow(/unknown command/);
    expect(() => sim.apply({ command: 'commit', args: { credible: true, remedy: 0.5, exposeAfterTicks: 3 } })).toThrow(SimInputError);
    expect(() => sim.inject({ kind: 'rumor', content: 'blaming', importance: 2 })).toThrow(SimInputError);
  });
});
