import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n';
import type { LogEntry } from '../../drill';
import type { Manifest } from '../../scenario';
import type { TurningPoint } from '../../scoring';
import { chartColumns, decisionsOf, inputIndexBySeq, outcomeOf, redLineTitle, turningPointView } from './debriefModel';

const t = createTranslator('zh-CN');
const manifest = {
  zones: { square: { zh: '广场', en: 'the square' } },
  departments: [],
  clock: { start: '07:40', secondsPerTick: 10, thinkSeconds: 60 },
  doctrine: [{ id: 'sanshen', title: { zh: '慎用警力', en: 'Use force with care' }, note: { zh: 'n', en: 'n' }, source: 'x' }],
  endings: [
    { id: 'calm', title: { zh: '对话化解', en: 'Resolved through dialogue' }, outcome: 'resolved' },
    { id: 'late', title: { zh: '处置超时', en: 'Out of time' }, outcome: 'failed' },
  ],
  rubric: {
    redLineCap: 59, categories: [],
    redLines: [{ id: 'R2', rule: { kind: 'mark' } }, { id: 'local-1', title: { zh: '本地红线', en: 'Local red line' }, rule: { kind: 'mark' } }],
  },
} as unknown as Manifest;

const deploy = { kind: 'command', command: { command: 'deploy', args: { posture: 'liaison', count: 8, zone: 'square' } } } as const;
const speak = { kind: 'command', command: { command: 'speak', args: { tone: 'empathetic' } } } as const;
// Two choices with a trainee action and a rationale between them; the first choice's story action comes
// after a wait, when the trainee has already acted from the panel.
const log: LogEntry[] = [
  { seq: 0, tick: 0, type: 'choices', options: ['a', 'b'] },
  { seq: 1, tick: 6, type: 'choice', index: 1, text: '先喊话稳定情绪' },
  { seq: 2, tick: 6, type: 'marker', marker: { kind: 'honours', principle: 'sanshen' } },
  { seq: 3, tick: 6, type: 'marker', marker: { kind: 'wait', minutes: 5 } },
  { seq: 4, tick: 12, type: 'action', source: 'trainee', action: deploy, outcome: { applied: 8, cause: 'cmd#0:deploy' } },
  { seq: 5, tick: 36, type: 'action', source: 'story', action: speak, outcome: { applied: 300, cause: 'cmd#1:speak' } },
  { seq: 6, tick: 36, type: 'choices', options: ['c', 'd'] },
  { seq: 7, tick: 40, type: 'rationale', prompt: 'framing', text: '属人民内部矛盾' },
  { seq: 8, tick: 42, type: 'choice', index: 0, text: '请代表进来谈' },
  { seq: 9, tick: 42, type: 'marker', marker: { kind: 'breaks', principle: 'unknownPrinciple' } },
  { seq: 10, tick: 48, type: 'ending', ending: 'calm', reason: 'story' },
];
const ctx = { t, locale: 'zh-CN' as const, manifest, log };

describe('decisions and their input index', () => {
  it('numbers inputs as Drill records them: choices, trainee actions and rationales, story actions skipped', () => {
    expect([...inputIndexBySeq(log)]).toEqual([[1, 0], [4, 1], [7, 2], [8, 3]]);
  });

  it('lists choices and panel actions with the fork index, effects, doctrine and rationale', () => {
    const d = decisionsOf(ctx);
    expect(d.map((x) => [x.n, x.seq, x.kind, x.inputIndex, x.time])).toEqual([
      [1, 1, 'choice', 0, '07:41'], [2, 4, 'action', 1, '07:42'], [3, 8, 'choice', 3, '07:47'],
    ]);
    expect(d[1]?.text).toBe('部署联络警力 8 名至广场');
    // The story's speech after the wait belongs to the first choice, not to the panel action made meanwhile.
    expect(d[0]?.effects).toEqual(['现场喊话（共情、平和的语气）']);
    expect(d[1]?.effects).toEqual([]);
    expect(d[0]?.doctrine).toEqual([{ principle: 'sanshen', title: '慎用警力', honoured: true }]);
    expect(d[2]?.doctrine).toEqual([{ principle: 'unknownPrinciple', title: 'unknownPrinciple', honoured: false }]);
    expect(d[2]?.rationales).toEqual(['属人民内部矛盾']);
    expect(d[0]?.rationales).toEqual([]);
  });
});

describe('outcome, red lines and chart data', () => {
  it('takes the ending title and outcome from the manifest; a missing ending says so', () => {
    expect(outcomeOf(manifest, { ending: { id: 'calm', reason: 'story' } }, t, 'en')).toMatchObject({ title: 'Resolved through dialogue', outcome: 'resolved' });
    expect(outcomeOf(manifest, { ending: { id: null, reason: 'deadEnd' } }, t, 'zh-CN')).toMatchObject({ title: '未到达结局', outcome: null, reason: 'deadEnd' });
  });
  it("names red lines by the manifest's title, else the standard R1–R7, else the id", () => {
    expect(redLineTitle(manifest, 'local-1', t, 'zh-CN')).toBe('本地红线');
    expect(redLineTitle(manifest, 'R2', t, 'zh-CN')).toContain('驱散');
    expect(redLineTitle(manifest, 'X9', t, 'zh-CN')).toBe('X9');
  });
  it('puts the chart on scene minutes', () => {
    const cols = chartColumns({ ticks: [0, 6, 12], tension: [1, 2, 3], legitimacy: [4, 5, 6], rumor: [0, 0, 1], safety: [9, 9, 9], markers: [] });
    expect(cols[0]).toEqual([0, 1, 2]);
    expect(cols[4]).toEqual([9, 9, 9]);
  });
});

describe('turning points', () => {
  it('tells the swing with its times, direction, causes and the decisions before it', () => {
    const tp: TurningPoint = { indicator: 'tension', fromTick: 6, toTick: 36, delta: -12.5, causes: [{ cause: 'cmd#1:speak', delta: -9 }], decisions: [1, 4] };
    const v = turningPointView(tp, ctx);
    expect(v.title).toBe('07:41–07:46　紧张度下降 12.5');
    expect(v.causes).toEqual(['现场喊话（共情、平和的语气）（07:46）：紧张度 \u22129']);
    expect(v.decisions.map((d) => d.decisionSeq)).toEqual([1, 4]);
    const crush = turningPointView({ ...tp, indicator: 'safety', delta: 30, causes: [] }, ctx);
    expect(crush.noCauses).toBe(true);
    expect(crush.title).toContain('上升 30');
  });
});
