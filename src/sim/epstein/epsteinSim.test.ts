// Unit tests of the `epstein` preset behind the Sim interface: determinism, save/restore, commands,
// indicators, ledger and events (crowd-model.md §4.9, §6, §9.3).

import { describe, expect, it } from 'vitest';
import { INDICATOR_KEYS, SimInputError } from '../types';
import type { Command, SnapshotBuffers } from '../types';
import { createEpsteinSim } from './epsteinSim';
import type { EpsteinSim } from './epsteinSim';

const deploy = (count: number): Command => ({ command: 'deploy', args: { posture: 'riot', count, zone: 'world' } });
const withdraw = (count: number): Command => ({ command: 'withdraw', args: { count } });

/** A script that exercises both supported commands. */
function scripted(t: number): Command | undefined {
  if (t === 20) return withdraw(30);
  if (t === 60) return deploy(40);
  return undefined;
}

function run(sim: EpsteinSim, from: number, to: number): string[] {
  const hashes: string[] = [];
  for (let t = from; t < to; t++) {
    const cmd = scripted(t);
    if (cmd !== undefined) sim.apply(cmd);
    sim.step();
    hashes.push(sim.hash());
  }
  return hashes;
}

function buffers(n: number, m: number): SnapshotBuffers {
  return {
    x: new Float32Array(n), y: new Float32Array(n), state: new Uint8Array(n), type: new Uint8Array(n),
    ox: new Float32Array(m), oy: new Float32Array(m), oposture: new Uint8Array(m), ostatus: new Uint8Array(m),
    count: 0, officerCount: 0,
  };
}

describe('epstein determinism (§9.3)', () => {
  it('the same seed gives the same hash and indicators after every tick', () => {
    const a = createEpsteinSim({ seed: 7 });
    const b = createEpsteinSim({ seed: 7 });
    expect(a.hash()).toBe(b.hash());
    for (let t = 0; t < 150; t++) {
      const cmd = scripted(t);
      if (cmd !== undefined) {
        a.apply(cmd);
        b.apply(cmd);
      }
      a.step();
      b.step();
      expect(a.hash()).toBe(b.hash());
      expect(a.indicators()).toEqual(b.indicators());
    }
  });

  it('a different seed gives a different hash', () => {
    expect(createEpsteinSim({ seed: 1 }).hash()).not.toBe(createEpsteinSim({ seed: 2 }).hash());
    const a = createEpsteinSim({ seed: 1 });
    const b = createEpsteinSim({ seed: 2 });
    expect(run(a, 0, 50).at(-1)).not.toBe(run(b, 0, 50).at(-1));
  });

  it('the hash is 8 lowercase hex digits and changes with every tick', () => {
    const sim = createEpsteinSim({ seed: 3 });
    const h0 = sim.hash();
    expect(h0).toMatch(/^[0-9a-f]{8}$/);
    sim.step();
    expect(sim.hash()).not.toBe(h0);
  });
});

describe('epstein save/restore', () => {
  it('restore then the same commands reproduce every hash, also through structuredClone', () => {
    const sim = createEpsteinSim({ seed: 11 });
    run(sim, 0, 15);
    const saved = structuredClone(sim.save());
    const expected = run(sim, 15, 90);
    const other = createEpsteinSim({ seed: 99 });
    other.restore(saved);
    expect(other.tick).toBe(15);
    expect(run(other, 15, 90)).toEqual(expected);
    expect(other.indicators()).toEqual(sim.indicators());
  });

  it('a save is a copy: stepping after save does not change it', () => {
    const sim = createEpsteinSim({ seed: 4 });
    const saved = sim.save();
    const h = sim.hash();
    run(sim, 0, 10);
    sim.restore(saved);
    expect(sim.hash()).toBe(h);
  });

  it('rejects a save of another geometry without changing the sim', () => {
    const small = createEpsteinSim({ seed: 1, agents: 100 });
    const big = createEpsteinSim({ seed: 1 });
    const h = big.hash();
    expect(() => big.restore(small.save())).toThrow(SimInputError);
    expect(big.hash()).toBe(h);
  });
});

describe('epstein commands', () => {
  it('deploy adds cops on empty cells and withdraw removes them', () => {
    const sim = createEpsteinSim({ seed: 5 });
    expect(sim.copCount).toBe(64); // round(0.04 · 1600)
    const snap = buffers(sim.capacity, sim.officerCapacity);
    sim.snapshot(snap);
    const occupied = new Set<string>();
    for (let i = 0; i < snap.count; i++) if (snap.state[i] !== 3) occupied.add(`${snap.x[i]},${snap.y[i]}`);
    for (let j = 0; j < snap.officerCount; j++) occupied.add(`${snap.ox[j]},${snap.oy[j]}`);

    expect(sim.apply(deploy(10))).toEqual({ ok: true, applied: 10 });
    expect(sim.copCount).toBe(74);
    sim.snapshot(snap);
    const placed = new Set<string>();
    for (let j = 64; j < 74; j++) placed.add(`${snap.ox[j]},${snap.oy[j]}`);
    expect(placed.size).toBe(10);
    for (const cell of placed) expect(occupied.has(cell)).toBe(false);

    expect(sim.apply(withdraw(30))).toEqual({ ok: true, applied: 30 });
    expect(sim.copCount).toBe(44);
    const r = sim.apply(withdraw(100));
    expect(r.applied).toBe(44);
    expect(r.note).toBeDefined();
    expect(sim.copCount).toBe(0);
  });

  it('a command that can do nothing returns applied 0 and raises noEffect after the step', () => {
    const sim = createEpsteinSim({ seed: 5, params: { copDensity: 0 } });
    const r = sim.apply(withdraw(2));
    expect(r.applied).toBe(0);
    expect(sim.events()).toEqual([]);
    sim.step();
    expect(sim.events()).toEqual([
      { tick: 1, kind: 'noEffect', zone: 'world', command: 'withdraw', reason: 'noMatchingOfficers' },
    ]);
    sim.step();
    expect(sim.events()).toEqual([]);

    const full = createEpsteinSim({ seed: 5, params: { width: 10, height: 10, citizenDensity: 0.5, copDensity: 0.5 } });
    expect(full.apply(deploy(3)).applied).toBe(0);
    full.step();
    expect(full.events().map((e) => e.kind)).toEqual(['noEffect']);
  });

  it('rejects unsupported commands and injects with SimInputError', () => {
    const sim = createEpsteinSim({ seed: 1 });
    expect(() => sim.apply({ command: 'speak', args: { tone: 'harsh' } })).toThrow(
      new SimInputError('command "speak" is not supported by preset "epstein"'),
    );
    expect(() => sim.apply({ command: 'deploy', args: { posture: 'uniform', count: 2, zone: 'plaza' } })).toThrow(SimInputError);
    expect(() => sim.inject({ kind: 'contradiction' })).toThrow(SimInputError);
  });
});

describe('epstein indicators, snapshot, ledger', () => {
  it('reports the 16 keys in order with the E: rules and the arrest count', () => {
    const sim = createEpsteinSim({ seed: 2 });
    for (let t = 0; t < 120; t++) sim.step();
    const ind = sim.indicators();
    expect(Object.keys(ind)).toEqual(INDICATOR_KEYS);
    const snap = buffers(sim.capacity, sim.officerCapacity);
    sim.snapshot(snap);
    let jailed = 0;
    let active = 0;
    for (let i = 0; i < snap.count; i++) {
      if (snap.state[i] === 3) jailed++;
      if (snap.state[i] === 1) active++;
    }
    expect(ind.crowdSize).toBe(sim.capacity - jailed);
    expect(active).toBe(sim.activeCount);
    expect(ind.activeFraction).toBe(Math.round((active / ind.crowdSize) * 1e4) / 1e4);
    expect(ind.legitimacy).toBe(0.82);
    expect(ind.arrests).toBeGreaterThan(jailed - 1);
    for (const k of ['violentFraction', 'violenceRisk', 'identification', 'arousal', 'rumorPrevalence', 'credibility', 'safetyRisk', 'maxDensity', 'injuries'] as const) {
      expect(ind[k]).toBe(0);
    }
    expect(snap.officerCount).toBe(sim.copCount);
    for (let i = 0; i < snap.count; i++) expect((snap.x[i] as number) % 1).toBe(0.5);
  });

  it('credits legitimacy changes to the schedule, and every ledger sums to the indicator changes', () => {
    const sim = createEpsteinSim({ seed: 3, params: { legitimacy: [[0, 0.82], [20, 0.62]] } });
    let prev = sim.indicators();
    for (let t = 0; t < 60; t++) {
      if (t === 30) sim.apply(withdraw(40));
      sim.step();
      const now = sim.indicators();
      const entries = sim.ledger();
      expect(entries.every((e) => e.tick === now.tick)).toBe(true);
      expect(entries.some((e) => e.cause.startsWith('inject:') || e.cause === 'residual')).toBe(false);
      const legit = entries.filter((e) => e.indicator === 'legitimacy');
      if (t < 20) expect(legit.map((e) => e.cause)).toEqual(['schedule:legitimacy']);
      else expect(legit).toEqual([]);
      const sum = (ind: string): number => entries.filter((e) => e.indicator === ind).reduce((s, e) => s + e.delta, 0);
      // Entries sum to the unrounded change; reported values are rounded to 4 (fractions) or 1 (tension) decimals.
      expect(Math.abs(sum('legitimacy') - (now.legitimacy - prev.legitimacy))).toBeLessThanOrEqual(1e-4);
      expect(Math.abs(sum('tension') - (now.tension - prev.tension))).toBeLessThanOrEqual(0.1 + 1e-9);
      expect(Math.abs(sum('activeFraction') - (now.activeFraction - prev.activeFraction))).toBeLessThanOrEqual(1e-4 + 1e-9);
      prev = now;
    }
  });

  it('credits the effect of a withdrawal in a quiet world to deterrence, parented to the command', () => {
    const sim = createEpsteinSim({ seed: 8 });
    for (let t = 0; t < 40; t++) sim.step();
    sim.apply(deploy(1));
    sim.apply(withdraw(50));
    sim.step();
    const det = sim.ledger().find((e) => e.indicator === 'tension' && e.cause === 'deterrence');
    expect(det?.parent).toBe('cmd#1:withdraw'); // the command that moved the most cops
    expect(det?.delta).toBeGreaterThan(1); // fewer cops in view: drives rise
    sim.step();
    expect(sim.ledger().find((e) => e.cause === 'deterrence')?.parent).toBeUndefined();
  });
});
