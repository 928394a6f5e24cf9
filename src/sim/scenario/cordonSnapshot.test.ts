// Police lines in snapshots: the views draw each line that has officers, and its closed stretches,
// from SnapshotBuffers.cordons (crowd-model.md §4.3); nothing else carries where a line stands.
import { describe, expect, it } from 'vitest';
import { CORDON_FIELDS, type SnapshotBuffers } from '../types';
import { ScenarioSim } from './scenarioSim';
import { VENUES } from './venueSpecs';

function buffers(sim: ScenarioSim): SnapshotBuffers {
  return {
    x: new Float32Array(sim.capacity), y: new Float32Array(sim.capacity),
    state: new Uint8Array(sim.capacity), type: new Uint8Array(sim.capacity),
    ox: new Float32Array(sim.officerCapacity), oy: new Float32Array(sim.officerCapacity),
    oposture: new Uint8Array(sim.officerCapacity), ostatus: new Uint8Array(sim.officerCapacity),
    cordons: new Float32Array(CORDON_FIELDS * 64), count: 0, officerCount: 0, cordonCount: 0,
  };
}

function segments(b: SnapshotBuffers): { x0: number; y0: number; x1: number; y1: number; closed: boolean }[] {
  const c = b.cordons!;
  return Array.from({ length: b.cordonCount ?? 0 }, (_, k) => {
    const i = k * CORDON_FIELDS;
    return { x0: c[i]!, y0: c[i + 1]!, x1: c[i + 2]!, y1: c[i + 3]!, closed: c[i + 4] === 1 };
  });
}

const run = (sim: ScenarioSim, ticks: number): void => { for (let t = 0; t < ticks; t++) sim.step(); };

describe('cordon lines in snapshots', () => {
  const gate = VENUES.taxi.zones.find((z) => z.name === 'gate')!.cordon;

  it('carries no line before a cordon is deployed, the gate line and its closed stretches after', () => {
    const sim = new ScenarioSim({ preset: 'taxi', seed: 1, agents: 400 });
    const b = buffers(sim);
    sim.snapshot(b);
    expect(b.cordonCount).toBe(0);

    sim.apply({ command: 'deploy', args: { posture: 'cordon', count: 30, zone: 'gate' } });
    run(sim, 80);
    sim.snapshot(b);
    const segs = segments(b);
    const whole = segs.filter((s) => !s.closed);
    expect(whole).toHaveLength(1);
    // The gate line does not advance: it is drawn where the venue puts it.
    expect(whole[0]).toMatchObject({ x0: gate.a.x, y0: gate.a.y, x1: gate.b.x, y1: gate.b.y });
    const closed = segs.filter((s) => s.closed);
    expect(closed.length).toBeGreaterThan(0);
    const closedLength = closed.reduce((sum, s) => sum + Math.hypot(s.x1 - s.x0, s.y1 - s.y0), 0);
    // 30 officers at 1 m spacing on a 32 m line close most of it.
    expect(closedLength).toBeGreaterThan(20);
    for (const s of closed) {
      expect(s.y0).toBeCloseTo(gate.a.y, 5);
      expect(s.y1).toBeCloseTo(gate.a.y, 5);
      expect(Math.min(s.x0, s.x1)).toBeGreaterThanOrEqual(gate.a.x - 1e-6);
      expect(Math.max(s.x0, s.x1)).toBeLessThanOrEqual(gate.b.x + 1e-6);
    }
  });

  it('drops the line once its officers are withdrawn', () => {
    const sim = new ScenarioSim({ preset: 'taxi', seed: 2, agents: 400 });
    const b = buffers(sim);
    sim.apply({ command: 'deploy', args: { posture: 'cordon', count: 10, zone: 'gate' } });
    run(sim, 40);
    sim.snapshot(b);
    expect(b.cordonCount).toBeGreaterThan(0);
    sim.apply({ command: 'withdraw', args: { count: 10, posture: 'cordon', zone: 'gate' } });
    run(sim, 2);
    sim.snapshot(b);
    expect(b.cordonCount).toBe(0);
  });

  it('never writes past the buffer it is given', () => {
    const sim = new ScenarioSim({ preset: 'taxi', seed: 3, agents: 400 });
    sim.apply({ command: 'deploy', args: { posture: 'cordon', count: 30, zone: 'gate' } });
    sim.apply({ command: 'deploy', args: { posture: 'cordon', count: 30, zone: 'road' } });
    run(sim, 60);
    const b = { ...buffers(sim), cordons: new Float32Array(CORDON_FIELDS * 2 + 3) };
    sim.snapshot(b);
    expect(b.cordonCount).toBe(2);
  });
});
