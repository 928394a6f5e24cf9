import { describe, expect, it } from 'vitest';
import { parseStoryTag, type TagContext } from './storyTags';
import { releaseTransparency } from './drillActions';

const ctx: TagContext = {
  preset: 'taxi', departments: new Set(['transport']), characters: new Set(['rep']), endings: new Set(['calm']), principles: new Set(['p1']),
};

describe('parseStoryTag', () => {
  it('turns crowd-model tags into validated sim commands', () => {
    const r = parseStoryTag('deploy: posture=liaison count=8 zone=square', ctx);
    expect(r).toEqual({ ok: true, tag: { kind: 'action', action: { kind: 'command', command: { command: 'deploy', args: { posture: 'liaison', count: 8, zone: 'square' } } } } });
    expect(parseStoryTag('meetRepresentatives', ctx)).toMatchObject({ ok: true, tag: { action: { command: { command: 'meetRepresentatives' } } } });
    expect(parseStoryTag('commit: credible=false remedy=0.4', ctx)).toMatchObject({ ok: true, tag: { action: { command: { args: { credible: false, remedy: 0.4 } } } } });
  });

  it('rejects bad crowd-command arguments with the sim validator\'s message', () => {
    const zone = parseStoryTag('deploy: posture=liaison count=8 zone=moon', ctx);
    expect(zone.ok).toBe(false);
    if (!zone.ok) expect(zone.error).toMatch(/unknown zone "moon".*gate, square, road/);
    const count = parseStoryTag('deploy: posture=liaison count=0 zone=gate', ctx);
    if (!count.ok) expect(count.error).toMatch(/count.*integer ≥ 1/);
    expect(count.ok).toBe(false);
    expect(parseStoryTag('speak: tone=rude', ctx).ok).toBe(false);
    expect(parseStoryTag('deploy posture=liaison', ctx).ok).toBe(false);
  });

  it('checks drill tags against the manifest declarations', () => {
    expect(parseStoryTag('callDepartment: transport', ctx)).toEqual({ ok: true, tag: { kind: 'action', action: { kind: 'callDepartment', department: 'transport' } } });
    const r = parseStoryTag('callDepartment: army', ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('"callDepartment": unknown department "army" (declared: transport)');
    expect(parseStoryTag('speaker: stranger', ctx).ok).toBe(false);
    expect(parseStoryTag('ending: nowhere', ctx).ok).toBe(false);
    expect(parseStoryTag('honours: p2', ctx).ok).toBe(false);
    expect(parseStoryTag('redLine: R8', ctx).ok).toBe(false);
  });

  it('names an unknown tag and lists the vocabulary', () => {
    const r = parseStoryTag('teleport: zone=gate', ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^unknown tag "teleport" \(expected one of deploy, .*ending\)$/);
  });

  it('parses reports, releases, waits and markers', () => {
    expect(parseStoryTag('report: kind=initial level=IV fields=place,count', ctx)).toEqual({
      ok: true, tag: { kind: 'action', action: { kind: 'report', report: 'initial', level: 'IV', fields: ['place', 'count'] } },
    });
    expect(parseStoryTag('report: kind=initial level=V', ctx).ok).toBe(false);
    expect(parseStoryTag('report: kind=initial level=IV fields=place,gossip', ctx).ok).toBe(false);
    expect(parseStoryTag('release: channel=official content=facts,rebuttal', ctx)).toMatchObject({ ok: true, tag: { action: { kind: 'release', content: ['facts', 'rebuttal'] } } });
    expect(parseStoryTag('release: channel=radio content=facts', ctx).ok).toBe(false);
    expect(parseStoryTag('wait: 20', ctx)).toEqual({ ok: true, tag: { kind: 'wait', minutes: 20 } });
    expect(parseStoryTag('wait: -1', ctx).ok).toBe(false);
    expect(parseStoryTag('phase: 6', ctx).ok).toBe(false);
    expect(parseStoryTag('dp: Y1', ctx)).toEqual({ ok: true, tag: { kind: 'dp', id: 'Y1' } });
    expect(parseStoryTag('hint', ctx)).toEqual({ ok: true, tag: { kind: 'hint' } });
    expect(parseStoryTag('inject: kind=rumor content=blaming importance=0.8', ctx)).toMatchObject({ ok: true, tag: { action: { inject: { kind: 'rumor', content: 'blaming', importance: 0.8 } } } });
    expect(parseStoryTag('inject: kind=rumor content=blaming importance=3', ctx).ok).toBe(false);
  });
});

describe('releaseTransparency', () => {
  it('rewards facts, measures, attitude and a next update, and penalises early speculation about causes', () => {
    expect(releaseTransparency(['facts', 'measures', 'attitude', 'nextUpdate'])).toBe(0.9);
    expect(releaseTransparency(['facts', 'cause'])).toBe(0.1);
    expect(releaseTransparency(['cause'])).toBe(0.05);
    expect(releaseTransparency(['facts', 'facts'])).toBe(0.3);
  });
});
