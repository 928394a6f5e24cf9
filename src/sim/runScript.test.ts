import { describe, expect, it } from 'vitest';
import { runScript, runScriptOn } from './runScript';
import { parseActions } from './parseActions';
import { INDICATOR_KEYS, SimInputError } from './types';
import type { ActionItem, Command, CommandResult, Indicators, PresetName, Sim } from './types';

/**
 * A scripted stand-in for a Sim: its tension follows `curve[tick]`, and it records at which tick each
 * command was applied. It checks the driving logic (sampling, peaks, boundaries), not the model.
 */
class FakeSim {
  readonly preset: PresetName = 'taxi';
  tick = 0;
  readonly applied: { tick: number; command: Command }[] = [];
  constructor(private readonly curve: (t: number) => number) {}
  apply(item: Command): CommandResult {
    this.applied.push({ tick: this.tick, command: item });
    return { ok: true, applied: 1 };
  }
  step(): void {
    this.tick++;
  }
  indicators(): Indicators {
    const ind = Object.fromEntries(INDICATOR_KEYS.map((k) => [k, 0])) as unknown as Indicators;
    ind.tick = this.tick;
    ind.crowdSize = 600 - this.tick;
    ind.tension = this.curve(this.tick);
    ind.arrests = this.applied.length;
    return ind;
  }
  hash(): string {
    return `h${this.tick}`;
  }
}
const fake = (curve: (t: number) => number = () => 0): FakeSim & Sim => new FakeSim(curve) as unknown as FakeSim & Sim;
const opts = { preset: 'taxi' as const, seed: 1 };
const apologize = (tick: number): ActionItem => ({ tick, command: 'apologize', args: {} });

describe('runScriptOn (driving logic)', () => {
  it('samples tick 0 and every k-th tick up to ticks; final is after the last tick', () => {
    const r = runScriptOn(fake(), { ...opts, ticks: 25, every: 10 });
    expect(r.series.map((s) => s.tick)).toEqual([0, 10, 20]);
    expect(r.final.tick).toBe(25);
    expect(r.hash).toBe('h25');
    expect(runScriptOn(fake(), { ...opts, ticks: 20, every: 10 }).series.map((s) => s.tick)).toEqual([0, 10, 20]);
    expect(runScriptOn(fake(), { ...opts, ticks: 3 }).series.map((s) => s.tick)).toEqual([0]);
  });

  it('--ticks 0 gives the initial state', () => {
    const r = runScriptOn(fake((t) => 5 + t), { ...opts, ticks: 0 });
    expect(r.series).toEqual([r.final]);
    expect(r.final.tick).toBe(0);
    expect(r.agents).toBe(600);
    expect(r.peaks.tension).toEqual({ value: 5, tick: 0 });
  });

  it('peaks cover every tick, not only sampled ones, and keep the first tick of a tie', () => {
    const curve = (t: number): number => (t === 7 || t === 13 ? 90 : t);
    const r = runScriptOn(fake(curve), { ...opts, ticks: 30, every: 10 });
    expect(r.peaks.tension).toEqual({ value: 90, tick: 7 });
    expect(r.peaks.crowdSize).toEqual({ value: 600, tick: 0 });
    expect(Object.keys(r.peaks)).toEqual(INDICATOR_KEYS.filter((k) => k !== 'tick'));
    expect(Object.keys(r)).toEqual(['preset', 'seed', 'ticks', 'agents', 'hash', 'series', 'final', 'peaks', 'warnings']);
  });

  it('applies a command with tick n at the boundary before step n → n+1, same-tick items in order', () => {
    const sim = fake();
    const actions: ActionItem[] = [
      apologize(5),
      { tick: 0, command: 'speak', args: { tone: 'neutral' } },
      { tick: 5, command: 'broadcast', args: { on: true } },
      apologize(0),
    ];
    const r = runScriptOn(sim, { ...opts, ticks: 10, actions });
    expect(sim.applied.map((a) => [a.tick, a.command.command])).toEqual([
      [0, 'speak'], [0, 'apologize'], [5, 'apologize'], [5, 'broadcast'],
    ]);
    // The sim receives {command, args} only.
    expect(sim.applied[0]?.command).toEqual({ command: 'speak', args: { tone: 'neutral' } });
    expect(r.warnings).toEqual([]);
  });

  it('warns once about commands at or after the last tick and does not apply them', () => {
    const sim = fake();
    const r = runScriptOn(sim, { ...opts, ticks: 10, actions: [apologize(9), apologize(10), apologize(40)] });
    expect(sim.applied.map((a) => a.tick)).toEqual([9]);
    expect(r.warnings).toEqual(['2 commands scheduled at or after tick 10 not applied (apologize@10, apologize@40)']);
  });

  it('rejects bad options and commands before running', () => {
    const sim = fake();
    expect(() => runScriptOn(sim, { ...opts, ticks: -1 })).toThrow(SimInputError);
    expect(() => runScriptOn(sim, { ...opts, ticks: 10, every: 0 })).toThrow('every: must be an integer ≥ 1, got 0');
    const bad = [apologize(1), { tick: 50, command: 'speak', args: { tone: 'loud' } } as unknown as ActionItem];
    expect(() => runScriptOn(sim, { ...opts, ticks: 10, actions: bad }))
      .toThrow('actions[1].args.tone: must be one of empathetic, neutral, harsh, got "loud"');
    expect(sim.tick).toBe(0);
  });
});

describe('runScript (real engines)', () => {
  it('epstein: same seed → same hash and series; another seed → another hash', () => {
    const actions = parseActions([{ tick: 20, command: 'withdraw', args: { count: 30 } }], 'epstein');
    const a = runScript({ preset: 'epstein', seed: 7, ticks: 60, actions, every: 5 });
    const b = runScript({ preset: 'epstein', seed: 7, ticks: 60, actions, every: 5 });
    const c = runScript({ preset: 'epstein', seed: 8, ticks: 60, actions, every: 5 });
    expect(a.hash).toMatch(/^[0-9a-f]{8}$/);
    expect(b).toEqual(a);
    expect(c.hash).not.toBe(a.hash);
    expect(a.agents).toBe(a.series[0]?.crowdSize);
    expect(a.series).toHaveLength(13);
  });

  it('a command changes the run: withdrawing every cop differs from no command', () => {
    const base = runScript({ preset: 'epstein', seed: 3, ticks: 40 });
    const withdrawn = runScript({
      preset: 'epstein', seed: 3, ticks: 40,
      actions: parseActions([{ tick: 0, command: 'withdraw', args: { count: 10_000 } }], 'epstein'),
    });
    expect(withdrawn.hash).not.toBe(base.hash);
  });

  it('taxi: a scripted run is reproducible and the script reaches the sim', () => {
    const actions = parseActions([
      { tick: 0, command: 'deploy', args: { posture: 'riot', count: 10, zone: 'square' } },
      { tick: 10, command: 'speak', args: { tone: 'harsh' } },
    ], 'taxi');
    const run = (seed: number, a: ActionItem[]) => runScript({ preset: 'taxi', seed, agents: 100, ticks: 30, actions: a });
    const a = run(7, actions);
    expect(run(7, actions)).toEqual(a);
    expect(run(8, actions).hash).not.toBe(a.hash);
    expect(run(7, []).hash).not.toBe(a.hash);
    expect(a.agents).toBe(100);
    expect(a.series.map((s) => s.tick)).toEqual([0, 10, 20, 30]);
  });
});
