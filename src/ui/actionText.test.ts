import { describe, expect, it } from 'vitest';
import { createTranslator, type Locale } from '../i18n';
import type { LogEntry } from '../drill';
import type { DrillAction, RubricRule } from '../scenario';
import {
  actionEntrySentence, actionSentence, causeSentence, causeShareSentence, clockAtTick, describeEntry, evidenceSentence,
  formatDelta, type TextContext,
} from './actionText';

const manifest: TextContext['manifest'] = {
  zones: { square: { zh: '广场', en: 'the square' }, gate: { zh: '市政府大门', en: 'the city hall gate' } },
  departments: [{ id: 'transport', name: { zh: '交通运输局', en: 'the Transport Bureau' }, arrivalMinutes: 25 }],
  clock: { start: '07:40', secondsPerTick: 10, thinkSeconds: 60 },
};

const deploy: DrillAction = { kind: 'command', command: { command: 'deploy', args: { posture: 'liaison', count: 8, zone: 'square' } } };
const log: LogEntry[] = [
  { seq: 0, tick: 0, type: 'start', scenario: 's', version: '1.0.0', contentHash: 'h', seed: 1, crowd: 'agents', language: 'zh' },
  { seq: 1, tick: 0, type: 'sample', values: { tension: 40, legitimacy: 70, rumor: 0, safety: 5, crowd: 300, violence: 0, arrests: 0, injuries: 0, active: 10 }, causes: {} },
  { seq: 2, tick: 6, type: 'choice', index: 0, text: '先派联络民警了解情况' },
  { seq: 3, tick: 6, type: 'action', source: 'story', action: deploy, outcome: { applied: 8, cause: 'cmd#0:deploy' } },
  { seq: 4, tick: 6, type: 'marker', marker: { kind: 'mark', id: 'posture-graded' } },
  { seq: 5, tick: 18, type: 'action', source: 'trainee', action: { kind: 'report', report: 'initial', level: 'IV', fields: ['time', 'place', 'count'] }, outcome: { applied: 1 } },
  { seq: 6, tick: 60, type: 'sample', values: { tension: 72, legitimacy: 60, rumor: 12, safety: 20, crowd: 320, violence: 1, arrests: 0, injuries: 0, active: 30 }, causes: {} },
  { seq: 7, tick: 66, type: 'action', source: 'trainee', action: { kind: 'command', command: { command: 'disperse', args: {} } }, outcome: { applied: 40, cause: 'cmd#1:disperse' } },
];

function ctx(locale: Locale = 'zh-CN'): TextContext {
  return { t: createTranslator(locale), locale, manifest, log };
}

describe('scene clock and numbers', () => {
  it('counts whole scene minutes (6 ticks) from the start and wraps at midnight', () => {
    expect(clockAtTick('07:40', 0)).toBe('07:40');
    expect(clockAtTick('07:40', 5)).toBe('07:40');
    expect(clockAtTick('07:40', 6)).toBe('07:41');
    expect(clockAtTick('07:40', 6 * 125)).toBe('09:45');
    expect(clockAtTick('23:59', 12)).toBe('00:01');
  });
  it('signs changes with a true minus and one decimal', () => {
    expect(formatDelta(12.34)).toBe('+12.3');
    expect(formatDelta(-6)).toBe('\u22126');
    expect(formatDelta(0.04)).toBe('0');
  });
});

describe('action sentences', () => {
  it('names postures, counts and the manifest zone in both languages', () => {
    expect(actionSentence(deploy, ctx())).toBe('部署联络警力 8 名至广场');
    expect(actionSentence(deploy, ctx('en'))).toBe('Deploy 8 liaison officers to the square');
  });
  it('writes reports, releases and department calls as an officer would', () => {
    expect(actionSentence({ kind: 'report', report: 'initial', level: 'IV', fields: [] }, ctx())).toBe('上报初报（Ⅳ级）');
    expect(actionSentence({ kind: 'release', channel: 'official', content: ['facts', 'measures', 'attitude'] }, ctx()))
      .toBe('发布信息（官方账号：事实、措施、态度）');
    expect(actionSentence({ kind: 'callDepartment', department: 'transport' }, ctx())).toBe('通知交通运输局到场');
    expect(actionSentence({ kind: 'callDepartment', department: 'unknownDept' }, ctx('en'))).toContain('unknownDept');
  });
  it('fills every placeholder for every kind of action, in both languages', () => {
    const all: DrillAction[] = [
      deploy,
      { kind: 'command', command: { command: 'withdraw', args: { count: 4, posture: 'riot', zone: 'gate' } } },
      { kind: 'command', command: { command: 'withdraw', args: { count: 4 } } },
      { kind: 'command', command: { command: 'setPosture', args: { to: 'riot', from: 'uniform', zone: 'gate' } } },
      { kind: 'command', command: { command: 'setPosture', args: { to: 'liaison' } } },
      { kind: 'command', command: { command: 'isolate', args: { target: 'agitators' } } },
      { kind: 'command', command: { command: 'isolate', args: { target: 'representatives' } } },
      { kind: 'command', command: { command: 'arrest', args: { mode: 'targeted', count: 3 } } },
      { kind: 'command', command: { command: 'arrest', args: { mode: 'any' } } },
      { kind: 'command', command: { command: 'disperse', args: { zone: 'square', ticks: 20 } } },
      { kind: 'command', command: { command: 'speak', args: { tone: 'harsh' } } },
      { kind: 'command', command: { command: 'meetRepresentatives', args: {} } },
      { kind: 'command', command: { command: 'commit', args: { credible: false, remedy: 0.5 } } },
      { kind: 'command', command: { command: 'apologize', args: {} } },
      { kind: 'command', command: { command: 'release', args: { channel: 'press', transparency: 0.5 } } },
      { kind: 'command', command: { command: 'broadcast', args: { on: true } } },
      { kind: 'release', channel: 'live', content: [] },
      { kind: 'inject', inject: { kind: 'rumor', content: 'blaming', importance: 0.9 } },
      { kind: 'inject', inject: { kind: 'contradiction' } },
      { kind: 'inject', inject: { kind: 'shock', group: 'core' } },
      { kind: 'report', report: 'followUp', level: 'II', fields: [] },
      { kind: 'requestApproval', what: 'dispersal' },
      { kind: 'assignGroup', group: 'commandPost' },
      { kind: 'evidence', what: 'keyActors' },
      { kind: 'warn' },
      { kind: 'warn', basis: '人民警察法第8条' },
    ];
    for (const locale of ['zh-CN', 'en'] as const) {
      const texts = all.map((a) => actionSentence(a, ctx(locale)));
      for (const s of texts) expect(s).not.toMatch(/[{}]|undefined/);
      // Different actions must not read the same.
      expect(new Set(texts).size).toBe(texts.length);
    }
    expect(actionSentence(all[3]!, ctx())).toBe('常规警力转为防暴姿态（市政府大门）');
  });
  it('says when an action was not carried out, and why', () => {
    const e = { seq: 9, tick: 0, type: 'action', source: 'trainee', action: deploy, outcome: { applied: 0, reason: 'poolExhausted' } } as const;
    expect(actionEntrySentence(e, ctx())).toBe('部署联络警力 8 名至广场——未能执行：可调警力已用尽');
  });
});

describe('cause sentences', () => {
  it('turns a command cause into the action logged with it, at its scene time', () => {
    expect(causeSentence('cmd#0:deploy', ctx())).toBe('部署联络警力 8 名至广场（07:41）');
    expect(causeSentence('cmd#7:speak', ctx())).toBe('指令：现场喊话');
  });
  it('names the model processes and events', () => {
    expect(causeSentence('posture:riot', ctx())).toBe('防暴着装带来的压力');
    expect(causeSentence('contagion', ctx())).toBe('情绪感染');
    expect(causeSentence('release:2', ctx())).toBe('信息发布');
    expect(causeSentence('rumor:0', ctx('en'))).toBe('a rumour spreading');
    expect(causeSentence('promise:exposed', ctx())).toBe('空头承诺被识破');
    expect(causeSentence('inject:shock', ctx())).toBe('突发事件');
    expect(causeSentence('mystery:7', ctx())).toContain('mystery:7');
  });
  it('states a cause with the indicator and its signed change', () => {
    expect(causeShareSentence({ cause: 'posture:riot', delta: -6.04 }, 'legitimacy', ctx())).toBe('防暴着装带来的压力：信任/合法性 \u22126');
  });
});

describe('evidence sentences', () => {
  const t = ctx();
  it('links a mark to the choice that made it', () => {
    const s = evidenceSentence({ seq: 4, tick: 6, points: 4, note: '', code: 'mark:posture-graded' }, undefined, t);
    expect(s).toEqual({ seq: 4, time: '07:41', text: '选择“先派联络民警了解情况”', decisionSeq: 2 });
  });
  it('says what never happened, naming the department from the manifest', () => {
    const rule: RubricRule = { kind: 'firstWithin', event: { department: 'transport' }, fullMinutes: 30 };
    expect(evidenceSentence({ seq: null, tick: null, points: 0, note: '', code: 'never' }, rule, t).text).toBe('全程未通知交通运输局到场');
    const cmd: RubricRule = { kind: 'command', command: 'requestApproval' };
    expect(evidenceSentence({ seq: null, tick: null, points: 0, note: '', code: 'never' }, cmd, t).text).toBe('全程未见：报请上级批准');
  });
  it('counts the report elements the rule asks for', () => {
    const rule: RubricRule = { kind: 'reportFields', fields: ['time', 'place', 'nature', 'count'] };
    const s = evidenceSentence({ seq: 5, tick: 18, points: 3, note: '3/4 elements', code: 'reportFields' }, rule, t);
    expect(s.text).toBe('上报初报（Ⅳ级）：要素齐全 3/4');
    expect(s.decisionSeq).toBe(5);
  });
  it('reads a peak from the sample it points at, and the minute of a first event', () => {
    const peak: RubricRule = { kind: 'peak', indicator: 'rumor', good: 10, bad: 40 };
    expect(evidenceSentence({ seq: 6, tick: 60, points: 2, note: 'peak rumor 12', code: 'peak' }, peak, t).text).toBe('舆情（谣言传播）峰值 12');
    expect(evidenceSentence({ seq: 5, tick: 18, points: 3, note: '', code: 'firstAt' }, undefined, t).text).toBe('上报初报（Ⅳ级）（开始后第 3 分钟）');
  });
  it('names coercion without a warning and the window it was checked in', () => {
    const rule: RubricRule = { kind: 'warnedCoercion', withinMinutes: 15 };
    const s = evidenceSentence({ seq: 7, tick: 66, points: -4, note: '', code: 'unwarned' }, rule, ctx('en'));
    expect(s.text).toBe('Disperse the crowd by force — no warning in the 15 minutes before');
    expect(s.time).toBe('07:51');
  });
  it('describes a story action by itself but links it to its choice', () => {
    expect(describeEntry(3, t)).toEqual({ seq: 3, time: '07:41', text: '部署联络警力 8 名至广场', decisionSeq: 2 });
  });
});
