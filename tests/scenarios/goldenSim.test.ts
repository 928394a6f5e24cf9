// SF12(d): one stored run per preset. The hashes change only with a deliberate change of the model;
// update them (and say why in the commit) when a calibration or rule changes on purpose.

import { describe, expect, it } from 'vitest';
import { createSim, parseActions, type PresetName } from '../../src/sim';
import { ZONE_NAMES } from '../../src/sim/scenario/venueSpecs';

const GOLDEN: Record<PresetName, { seed: number; ticks: number; agents: number; hash: string }> = {
  taxi: { seed: 11, ticks: 200, agents: 400, hash: '481d439b' },
  rent: { seed: 12, ticks: 200, agents: 400, hash: '2a6e1d76' },
  housing: { seed: 13, ticks: 200, agents: 600, hash: 'f316631d' },
  epstein: { seed: 14, ticks: 300, agents: 1120, hash: '6eee0b6c' },
};

/** A fixed script that exercises the preset's commands. */
function script(preset: PresetName): unknown[] {
  if (preset === 'epstein') {
    return [
      { tick: 50, command: 'deploy', args: { posture: 'uniform', count: 20, zone: 'world' } },
      { tick: 150, command: 'withdraw', args: { count: 40 } },
    ];
  }
  const [z0, z1] = ZONE_NAMES[preset];
  return [
    { tick: 0, command: 'deploy', args: { posture: 'uniform', count: 24, zone: z1 } },
    { tick: 10, command: 'deploy', args: { posture: 'liaison', count: 10, zone: z1 } },
    { tick: 20, command: 'release', args: { channel: 'official', transparency: 0.8, counterRumor: true } },
    { tick: 40, command: 'meetRepresentatives', args: {} },
    { tick: 45, command: 'commit', args: { credible: false, remedy: 0.6 } },
    { tick: 80, command: 'deploy', args: { posture: 'cordon', count: 20, zone: z0 } },
    { tick: 100, command: 'deploy', args: { posture: 'riot', count: 20, zone: z1 } },
    { tick: 120, command: 'disperse', args: { zone: z1, ticks: 10 } },
    { tick: 140, command: 'arrest', args: { mode: 'targeted' } },
    { tick: 160, command: 'speak', args: { tone: 'empathetic' } },
  ];
}

describe('golden runs (SF12 d)', () => {
  it.each(Object.keys(GOLDEN) as PresetName[])('%s reproduces its stored hash', (preset) => {
    const g = GOLDEN[preset];
    const sim = createSim({ preset, seed: g.seed, agents: g.agents });
    const actions = parseActions(script(preset), preset);
    let k = 0;
    for (let t = 0; t < g.ticks; t++) {
      while (k < actions.length && actions[k]!.tick === t) sim.apply(actions[k++]!);
      sim.step();
    }
    expect(sim.hash()).toBe(g.hash);
  });
});
