import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest } from './parseManifest';

const text = readFileSync(new URL('../../tests/fixtures/scenarios/mini/scenario.json', import.meta.url), 'utf8');
const edit = (f: (m: Record<string, unknown>) => void): string => {
  const m = JSON.parse(text) as Record<string, unknown>;
  f(m);
  return JSON.stringify(m);
};
const problems = (t: string): string[] => {
  const r = parseManifest(t);
  return r.ok ? [] : r.problems;
};

describe('parseManifest', () => {
  it('accepts the fixture and fills defaults', () => {
    const r = parseManifest(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.manifest.rubric.redLineCap).toBe(59);
      expect(r.manifest.clock.thinkSeconds).toBe(60);
    }
  });

  it('names the field of a schema error', () => {
    expect(problems(edit((m) => { (m['clock'] as Record<string, unknown>)['start'] = '9am'; }))).toEqual(['clock.start: must be HH:MM']);
    expect(problems(edit((m) => { delete m['title']; }))[0]).toMatch(/^title: /);
    expect(problems(edit((m) => { m['colour'] = 'red'; }))[0]).toMatch(/^colour: /);
    expect(problems('{ not json')[0]).toMatch(/^not valid JSON/);
  });

  it('checks what a schema cannot: sums, duplicates, zones, references', () => {
    const weights = problems(edit((m) => { ((m['rubric'] as { categories: { weight: number }[] }).categories[0] as { weight: number }).weight = 30; }));
    expect(weights).toContain('rubric.categories.0 (assessment): criteria points sum to 40, weight is 30');
    expect(weights).toContain('rubric.categories: weights sum to 90, expected 100');
    const zones = problems(edit((m) => { (m['zones'] as Record<string, unknown>)['roof'] = { zh: '屋顶', en: 'Roof' }; }));
    expect(zones).toEqual(['zones.roof: not a zone of the "rent" venue (office, plaza, street)']);
    const dup = problems(edit((m) => { (m['endings'] as unknown[]).push((m['endings'] as unknown[])[0]); }));
    expect(dup).toEqual(['endings: id "talked" is declared twice']);
    const dept = problems(edit((m) => { ((m['injects'] as { when: Record<string, unknown> }[])[0] as { when: Record<string, unknown> }).when = { arrived: 'fire' }; }));
    expect(dept).toEqual(['injects.0.when.arrived: unknown department "fire"']);
  });
});
