// The drill engine on the smallest fixture scenario: story ↔ crowd, injects that interrupt and
// return, time costs, replay, snapshot/restore and fork, with the full crowd model.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildScenario } from '../../src/cli/scenarioBuild';
import { Drill, DrillInputError, forkDrill, hashLog, playHeadless, replayDrill, scriptedChoices } from '../../src/drill';
import type { ScenarioBundle } from '../../src/scenario';
import { compileInk } from '../../src/story/compileInk';

const MINI = path.resolve(__dirname, '../fixtures/scenarios/mini');
function mini(): ScenarioBundle {
  const b = buildScenario(MINI);
  if (!b.bundle) throw new Error(b.problems.map((p) => p.message).join('\n'));
  return b.bundle;
}
const types = (d: Drill) => d.log.map((e) => e.type);

describe('drill engine (mini scenario, full crowd model)', () => {
  const scenario = mini();

  it('starts at the first choices with the story lines, speakers and markers logged', () => {
    const d = new Drill({ scenario, seed: 1 });
    expect(d.tick).toBe(0);
    expect(d.choices.map((c) => c.text)).toEqual(['立即初报', '先看看再说', '等上级指示再说']);
    const line = d.log.find((e) => e.type === 'line');
    expect(line).toMatchObject({ text: '接警：商户聚集在管理处门口。', speaker: 'rep' });
    expect(d.phase).toBe(1);
    expect(d.clock).toBe('09:00');
  });

  it('a time cost pauses the story while the crowd runs, then the story goes on', () => {
    const d = new Drill({ scenario, seed: 1 });
    d.choose(1); // "先看看再说 # wait: 30"
    expect(d.choices).toHaveLength(0);
    expect(d.lockedUntil).toBe(180);
    d.advanceTo(179);
    expect(d.choices).toHaveLength(0);
    d.advanceTo(180);
    expect(d.choices.map((c) => c.text)).toEqual(['会见代表', '警告后驱散', '没收手机']);
    expect(d.clock).toBe('09:30');
  });

  it('an inject interrupts a meeting when its department arrives, then the story returns', () => {
    const d = new Drill({ scenario, seed: 2 });
    d.choose(0); // report + call commerce (arrives after 10 min = 60 ticks)
    d.choose(0); // meet representatives, 20 minutes
    d.advanceUntilChoices(400);
    expect(d.tick).toBe(60);
    expect(d.log.filter((e) => e.type === 'inject')).toMatchObject([{ id: 'commerce-arrives', knot: 'inject_commerce' }]);
    expect(d.choices.map((c) => c.text)).toEqual(['请商务局参与对话']);
    d.choose(0);
    // The interrupted meeting resumes at once (the interruption cancelled its remaining time) and ends the story.
    expect(types(d)).toContain('injectEnd');
    expect(d.ended).toEqual({ ending: 'talked', reason: 'story' });
  });

  it('inputs are checked: no choice while paused, no input after the end', () => {
    const d = new Drill({ scenario, seed: 1 });
    expect(() => d.choose(5)).toThrow(DrillInputError);
    d.choose(1);
    expect(() => d.choose(0)).toThrow(/no choice 0/);
    d.advanceTo(180);
    d.choose(1); // warn + disperse → forced ending
    expect(d.ended?.ending).toBe('forced');
    expect(() => d.act({ kind: 'warn' })).toThrow(/ended/);
  });

  it('forces are limited per posture and departments come once', () => {
    const d = new Drill({ scenario, seed: 1 });
    expect(d.act({ kind: 'command', command: { command: 'deploy', args: { posture: 'riot', count: 8, zone: 'plaza' } } })).toMatchObject({ applied: 8 });
    expect(d.act({ kind: 'command', command: { command: 'deploy', args: { posture: 'riot', count: 8, zone: 'plaza' } } })).toMatchObject({ applied: 2 });
    expect(d.act({ kind: 'command', command: { command: 'deploy', args: { posture: 'riot', count: 1, zone: 'plaza' } } })).toEqual({ applied: 0, reason: 'poolExhausted' });
    expect(d.officersOnSite('riot')).toBe(10);
    d.act({ kind: 'command', command: { command: 'setPosture', args: { to: 'uniform', from: 'riot' } } });
    expect(d.officersOnSite('riot')).toBe(0);
    expect(d.officersOnSite('uniform')).toBe(10);
    expect(d.act({ kind: 'callDepartment', department: 'commerce' })).toEqual({ applied: 1 });
    expect(d.act({ kind: 'callDepartment', department: 'commerce' })).toEqual({ applied: 0, reason: 'alreadyCalled' });
  });

  it('the scene time limit ends the drill with the failed ending', () => {
    const d = new Drill({ scenario, seed: 1 });
    d.advanceTo(10_000);
    expect(d.tick).toBe(90 * 6);
    expect(d.ended).toEqual({ ending: 'timeout', reason: 'timeLimit' });
  });

  it('replaying the inputs gives the identical event log; another seed does not', () => {
    const played = playHeadless(new Drill({ scenario, seed: 5 }), scriptedChoices([0, 0, 0]));
    const again = replayDrill({ scenario, seed: 5 }, played.inputs, played.tick);
    expect(hashLog(again.log)).toBe(hashLog(played.log));
    expect(again.log).toEqual(played.log);
    const other = replayDrill({ scenario, seed: 6 }, played.inputs, played.tick);
    expect(hashLog(other.log)).not.toBe(hashLog(played.log));
  });

  it('a snapshot restored into a fresh drill continues exactly like the original', () => {
    const a = new Drill({ scenario, seed: 9 });
    a.act({ kind: 'command', command: { command: 'deploy', args: { posture: 'liaison', count: 6, zone: 'plaza' } } });
    a.choose(0);
    a.advanceTo(20);
    const snap = structuredClone(a.snapshot());
    const b = new Drill({ scenario, seed: 9 });
    b.restore(snap);
    for (const d of [a, b]) {
      d.choose(0);
      d.advanceTo(300);
    }
    expect(hashLog(b.log)).toBe(hashLog(a.log));
    expect(b.ended).toEqual(a.ended);
  });

  it('a fork at a decision replays up to it and can choose differently', () => {
    const played = playHeadless(new Drill({ scenario, seed: 4 }), scriptedChoices([0, 0, 0]));
    const second = played.inputs.findIndex((i, n) => i.kind === 'choice' && n > 0);
    const fork = forkDrill({ scenario, seed: 4 }, played.inputs, second);
    expect(fork.tick).toBe(played.inputs[second]?.tick);
    expect(fork.choices.map((c) => c.text)).toEqual(['会见代表', '警告后驱散', '没收手机']);
    fork.choose(2);
    expect(fork.ended?.ending).toBe('forced');
    expect(played.ended?.ending).toBe('talked');
  });

  it('the crowd answers the story: dispersal raises tension compared with talks', () => {
    const talk = new Drill({ scenario, seed: 3 });
    talk.choose(0);
    talk.choose(0);
    const force = new Drill({ scenario, seed: 3 });
    force.act({ kind: 'command', command: { command: 'deploy', args: { posture: 'riot', count: 10, zone: 'plaza' } } });
    force.choose(0);
    force.act({ kind: 'warn' });
    force.act({ kind: 'command', command: { command: 'disperse', args: { zone: 'plaza', ticks: 30 } } });
    talk.advanceTo(60);
    force.advanceTo(60);
    expect(force.values.tension).toBeGreaterThan(talk.values.tension);
    expect(force.values.legitimacy).toBeLessThan(talk.values.legitimacy);
  });

  it('the scene time limit spares aftercare (phase 5), which happens after the scene', () => {
    const story = (phase: number) => {
      const r = compileInk(`-> a\n=== a ===\nNext day. # phase: ${phase} # wait: 120\n* [Close the case]\n  Done. # ending: talked\n  -> END\n`, 'story.ink', () => '');
      if (!r.json) throw new Error(JSON.stringify(r.diagnostics));
      return { ...scenario, story: r.json };
    };
    const aftercare = new Drill({ scenario: story(5), seed: 1 });
    aftercare.advanceTo(121 * 6);
    expect(aftercare.ended).toBeNull();
    expect(aftercare.choices.map((c) => c.text)).toEqual(['Close the case']);
    const onScene = new Drill({ scenario: story(4), seed: 1 });
    onScene.advanceTo(121 * 6);
    expect(onScene.ended).toEqual({ ending: 'timeout', reason: 'timeLimit' });
    expect(onScene.tick).toBe(90 * 6);
  });
});
