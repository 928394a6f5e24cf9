// Property tests of the scenario presets: for random valid command (and inject) sequences, every indicator
// stays in its range, nothing is NaN, and people are conserved (nobody vanishes or comes back).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSim } from './index';
import { validateCommand } from './commandValidation';
import { ZONE_NAMES } from './scenario/venueSpecs';
import { CitizenState, POSTURES } from './types';
import type { Command, Indicators, Inject, ScenarioPresetName, Sim, SnapshotBuffers } from './types';

const TICKS = 300;
const RUNS = 10;

function commandArb(preset: ScenarioPresetName): fc.Arbitrary<Command> {
  const zone = fc.constantFrom(...ZONE_NAMES[preset]);
  const posture = fc.constantFrom(...POSTURES);
  const unit = fc.double({ min: 0, max: 1, noNaN: true });
  const count = fc.integer({ min: 1, max: 40 });
  const none = { requiredKeys: [] as [] };
  return fc.oneof(
    { weight: 4, arbitrary: fc.record({ posture, count, zone }).map((args): Command => ({ command: 'deploy', args })) },
    fc.record({ count, posture, zone }, { requiredKeys: ['count'] }).map((args): Command => ({ command: 'withdraw', args })),
    fc.record({ to: posture, from: posture, zone }, { requiredKeys: ['to'] }).map((args): Command => ({ command: 'setPosture', args })),
    fc.constantFrom('agitators', 'representatives').map((target): Command => ({ command: 'isolate', args: { target } })),
    fc.record({ mode: fc.constantFrom('targeted', 'any'), count }, { requiredKeys: ['mode'] })
      .map((args): Command => ({ command: 'arrest', args })),
    fc.record({ zone, ticks: fc.integer({ min: 1, max: 30 }) }, none).map((args): Command => ({ command: 'disperse', args })),
    fc.constantFrom('empathetic', 'neutral', 'harsh').map((tone): Command => ({ command: 'speak', args: { tone } })),
    fc.constant<Command>({ command: 'meetRepresentatives', args: {} }),
    fc.record({ remedy: unit, credible: fc.boolean(), exposeAfterTicks: fc.integer({ min: 1, max: 120 }) }, { requiredKeys: ['remedy', 'credible'] })
      .map((a): Command => ({
        command: 'commit',
        args: a.credible || a.exposeAfterTicks === undefined
          ? { credible: a.credible, remedy: a.remedy }
          : { credible: false, remedy: a.remedy, exposeAfterTicks: a.exposeAfterTicks },
      })),
    fc.constant<Command>({ command: 'apologize', args: {} }),
    fc.record({ channel: fc.constantFrom('loudspeaker', 'official', 'press', 'live'), transparency: unit, counterRumor: fc.boolean() },
      { requiredKeys: ['channel', 'transparency'] }).map((args): Command => ({ command: 'release', args })),
    fc.boolean().map((on): Command => ({ command: 'broadcast', args: { on } })),
  );
}

const injectArb: fc.Arbitrary<Inject> = fc.oneof(
  fc.record({ content: fc.constantFrom('mobilising', 'blaming'), importance: fc.double({ min: 0.05, max: 1, noNaN: true }),
    spreaders: fc.integer({ min: 1, max: 20 }) }).map((r): Inject => ({ kind: 'rumor', ...r })),
  fc.constant<Inject>({ kind: 'contradiction' }),
  fc.record({ group: fc.constantFrom('all', 'core', 'participants', 'bystanders'), dL: fc.double({ min: -0.2, max: 0.2, noNaN: true }),
    dE: fc.double({ min: -0.2, max: 0.2, noNaN: true }), hardship: fc.double({ min: 0.5, max: 1.5, noNaN: true }) },
  { requiredKeys: ['group'] }).map((r): Inject => ({ kind: 'shock', ...r })),
);

/** A schedule: per boundary tick, the commands and injects applied there, in order. */
function scheduleArb(preset: ScenarioPresetName): fc.Arbitrary<{ tick: number; item: Command | Inject }[]> {
  const tick = fc.integer({ min: 0, max: TICKS - 1 });
  const entry = fc.oneof(
    { weight: 5, arbitrary: fc.record({ tick, item: commandArb(preset) as fc.Arbitrary<Command | Inject> }) },
    { weight: 1, arbitrary: fc.record({ tick, item: injectArb as fc.Arbitrary<Command | Inject> }) },
  );
  return fc.array(entry, { maxLength: 30 }).map((s) => [...s].sort((a, b) => a.tick - b.tick));
}

const FRACTIONS = ['activeFraction', 'violentFraction', 'latentTension', 'legitimacy', 'identification',
  'arousal', 'rumorPrevalence', 'credibility'] as const;
const INDICES = ['tension', 'violenceRisk', 'safetyRisk'] as const;

function expectInRange(ind: Indicators, prev: Indicators | undefined): void {
  for (const [k, v] of Object.entries(ind)) expect(Number.isFinite(v), `${k} = ${v} at tick ${ind.tick}`).toBe(true);
  for (const k of FRACTIONS) expect(ind[k] >= 0 && ind[k] <= 1, `${k} = ${ind[k]} at tick ${ind.tick}`).toBe(true);
  for (const k of INDICES) expect(ind[k] >= 0 && ind[k] <= 100, `${k} = ${ind[k]} at tick ${ind.tick}`).toBe(true);
  expect(ind.maxDensity).toBeGreaterThanOrEqual(0);
  for (const k of ['crowdSize', 'arrests', 'injuries'] as const) {
    expect(Number.isInteger(ind[k]) && ind[k] >= 0, `${k} = ${ind[k]}`).toBe(true);
  }
  // VIOLENT citizens are always also counted as active (§4.2).
  expect(ind.violentFraction).toBeLessThanOrEqual(ind.activeFraction);
  if (prev) {
    expect(ind.tick).toBe(prev.tick + 1);
    expect(ind.arrests).toBeGreaterThanOrEqual(prev.arrests);
    expect(ind.injuries).toBeGreaterThanOrEqual(prev.injuries);
  }
}

function buffers(sim: Sim): SnapshotBuffers {
  return {
    x: new Float32Array(sim.capacity), y: new Float32Array(sim.capacity),
    state: new Uint8Array(sim.capacity), type: new Uint8Array(sim.capacity),
    ox: new Float32Array(sim.officerCapacity), oy: new Float32Array(sim.officerCapacity),
    oposture: new Uint8Array(sim.officerCapacity), ostatus: new Uint8Array(sim.officerCapacity),
    count: 0, officerCount: 0,
  };
}

/**
 * Conservation read through the public snapshot: `count` slots are used (initial + arrivals, never
 * reused), each holds a valid state, present + arrested + left = initial + inflow, the crowdSize
 * indicator equals the present count, and ARRESTED / LEFT are absorbing.
 */
class PopulationCheck {
  private readonly snap: SnapshotBuffers;
  private readonly prevState: Uint8Array;
  private prevCount = 0;

  constructor(private readonly sim: Sim, private readonly initial: number, private readonly agents: number) {
    this.snap = buffers(sim);
    this.prevState = new Uint8Array(sim.capacity);
  }

  check(ind: Indicators): void {
    this.sim.snapshot(this.snap);
    const { state, count } = this.snap;
    let present = 0;
    let arrested = 0;
    let left = 0;
    for (let i = 0; i < count; i++) {
      const s = state[i] as number;
      if (s === CitizenState.QUIET || s === CitizenState.ACTIVE || s === CitizenState.VIOLENT) present++;
      else if (s === CitizenState.ARRESTED) arrested++;
      else if (s === CitizenState.LEFT) left++;
      else expect.fail(`slot ${i} has state ${s} at tick ${ind.tick}`);
      if (i < this.prevCount) {
        const before = this.prevState[i] as number;
        if (before === CitizenState.ARRESTED || before === CitizenState.LEFT) {
          expect(s, `slot ${i} left state ${before} at tick ${ind.tick}`).toBe(before);
        }
      }
    }
    const inflow = count - this.initial;
    expect(count).toBeGreaterThanOrEqual(this.prevCount);
    expect(inflow).toBeGreaterThanOrEqual(0);
    expect(inflow).toBeLessThanOrEqual(Math.ceil(0.5 * this.agents)); // inflow capacity: 50 % of agents (§7.2)
    expect(present + arrested + left).toBe(this.initial + inflow);
    expect(ind.crowdSize, `crowdSize vs present at tick ${ind.tick}`).toBe(present);
    this.prevState.set(state.subarray(0, count));
    this.prevCount = count;
  }
}

function runOnce(preset: ScenarioPresetName, seed: number, agents: number, schedule: { tick: number; item: Command | Inject }[]): void {
  const sim = createSim({ preset, seed, agents });
  let ind = sim.indicators();
  expect(ind.crowdSize).toBe(agents);
  expectInRange(ind, undefined);
  const population = new PopulationCheck(sim, ind.crowdSize, agents);
  population.check(ind);
  let next = 0;
  for (let t = 0; t < TICKS; t++) {
    for (; next < schedule.length && (schedule[next]?.tick ?? -1) === t; next++) {
      const item = (schedule[next] as { item: Command | Inject }).item;
      if ('kind' in item) sim.inject(item);
      else {
        validateCommand(item, preset, `[${next}]`); // the generator itself must only produce valid commands
        const r = sim.apply(item);
        expect(r.applied).toBeGreaterThanOrEqual(0);
      }
    }
    sim.step();
    const prev = ind;
    ind = sim.indicators();
    expectInRange(ind, prev);
    population.check(ind);
  }
  expect(sim.hash()).toMatch(/^[0-9a-f]{8}$/);
}

describe.each<ScenarioPresetName>(['taxi', 'rent', 'housing'])('%s: random valid command sequences', (preset) => {
  it('keep indicators in range and conserve people', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 100, max: 200 }), scheduleArb(preset),
        (seed, agents, schedule) => runOnce(preset, seed, agents, schedule)),
      { numRuns: RUNS },
    );
  });
});
