// Golden runs of yueqing-taxi with the agent crowd: a well-handled and a badly handled line (fixed
// seed + scripted choices → event-log hash, ending and band), and the crowd's say in the outcome.
// The hashes change only with a deliberate change of the story, the manifest, the crowd model or the
// event log's format; update them and say why in the commit.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildScenario } from '../../src/cli/scenarioBuild';
import { Drill, firstChoice, hashLog, playHeadless, replayDrill, type ChoicePolicy } from '../../src/drill';
import type { Posture } from '../../src/sim';
import { scoreDrill } from '../../src/scoring';

const built = buildScenario(path.resolve(__dirname, '../../scenarios/yueqing-taxi'));
const scenario = built.bundle;
const lastChoice: ChoicePolicy = (c) => c.length - 1;
const secondChoice: ChoicePolicy = (c) => Math.min(1, c.length - 1);

function play(policy: ChoicePolicy, seed: number, first?: { posture: Posture; count: number }): Drill {
  if (!scenario) throw new Error(built.problems.map((p) => `${p.file}:${p.line ?? ''} ${p.message}`).join('\n'));
  const d = new Drill({ scenario, seed });
  if (first) d.act({ kind: 'command', command: { command: 'deploy', args: { ...first, zone: 'square' } } });
  return playHeadless(d, policy);
}
const injectsOf = (d: Drill) => d.log.flatMap((e) => (e.type === 'inject' ? [e.id] : []));

describe('yueqing-taxi', () => {
  it('builds with ≥ 25 decision points, ≥ 6 endings and five phases', () => {
    expect(built.problems).toEqual([]);
    const dps = new Set(built.tags.filter((t) => /^dp\s*:/.test(t.text)).map((t) => t.text));
    expect(dps.size).toBeGreaterThanOrEqual(25);
    expect(scenario?.manifest.endings.length).toBeGreaterThanOrEqual(6);
    const phases = new Set(built.tags.filter((t) => /^phase\s*:/.test(t.text)).map((t) => t.text.replace(/\s/g, '')));
    expect([...phases].sort()).toEqual(['phase:1', 'phase:2', 'phase:3', 'phase:4', 'phase:5']);
  });

  it('a careful line (always the first option) resolves through dialogue and scores 优秀', () => {
    const d = play(firstChoice, 7);
    const s = scoreDrill(d.scenario.manifest, d.log);
    expect(d.ended).toEqual({ ending: 'resolved-dialogue', reason: 'story' });
    expect(s.band).toBe('优秀');
    expect(s.redLines).toEqual([]);
    expect(hashLog(d.log)).toBe('f43b86c6');
    // The recorded inputs replay to the identical log.
    expect(hashLog(replayDrill({ scenario: d.scenario, seed: 7 }, d.inputs, d.tick).log)).toBe('f43b86c6');
  });

  it('a bad line (always the last option) crosses red lines and fails', () => {
    const d = play(lastChoice, 7);
    const s = scoreDrill(d.scenario.manifest, d.log);
    expect(d.ended?.ending).toBe('repeat-after-reprisal');
    expect(s.band).toBe('不合格');
    expect(s.redLines.map((r) => r.id)).toEqual(['R3', 'R5']);
    expect(s.total).toBeLessThanOrEqual(59);
    expect(hashLog(d.log)).toBe('7ed4c324');
  });

  it('the same dialogue policy meets other events and another ending after riot police than after liaison officers', () => {
    const riot = play(secondChoice, 7, { posture: 'riot', count: 30 });
    const liaison = play(secondChoice, 7, { posture: 'liaison', count: 20 });
    expect(injectsOf(riot)).toContain('violence-onset');
    expect(injectsOf(liaison)).not.toContain('violence-onset');
    expect(riot.ended?.ending).toBe('escalated');
    expect(liaison.ended?.ending).toBe('second-wave');
  });

  it('the English story plays the same drill with English text', () => {
    if (!scenario?.storyEn) throw new Error('yueqing-taxi has no story.en.ink');
    const zh = play(firstChoice, 7);
    const en = playHeadless(new Drill({ scenario, seed: 7, language: 'en' }), firstChoice);
    expect(en.ended).toEqual(zh.ended);
    expect(en.tick).toBe(zh.tick);
    expect(scoreDrill(scenario.manifest, en.log).total).toBe(scoreDrill(scenario.manifest, zh.log).total);
    const firstLine = (d: Drill) => d.log.find((e) => e.type === 'line' && e.speaker === 'command-center');
    expect(firstLine(en)).toMatchObject({ text: expect.stringMatching(/^"110 call: a large number of taxis/) });
    expect(firstLine(zh)).toMatchObject({ text: expect.stringMatching(/^“110报警/) });
  });
});
