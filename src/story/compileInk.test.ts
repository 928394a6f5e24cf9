import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileInk, parseInkMessage } from './compileInk';
import { InkStory } from './inkStory';

const noIncludes = (name: string): string => {
  throw new Error(`no file ${name}`);
};

describe('compileInk', () => {
  it('reports a broken story with file and line', () => {
    const src = readFileSync(new URL('../../tests/fixtures/ink/broken.ink', import.meta.url), 'utf8');
    const r = compileInk(src, 'broken.ink', noIncludes);
    expect(r.json).toBeNull();
    expect(r.diagnostics).toContainEqual({ file: 'broken.ink', line: 5, message: "Divert target not found: '-> nowhere'", severity: 'error' });
  });

  it('names the included file an error is in', () => {
    const files: Record<string, string> = { 'part.ink': '=== part ===\nHi\n-> missing_knot\n' };
    const r = compileInk('INCLUDE part.ink\n-> part\n', 'story.ink', (n) => files[n] ?? noIncludes(n));
    expect(r.diagnostics[0]).toMatchObject({ file: 'part.ink', line: 3, severity: 'error' });
  });

  it('compiles a good story that InkStory can play, with choice tags', () => {
    const r = compileInk('-> s\n=== s ===\nHello # dp: a\n* [Go # wait: 5] -> END\n', 'story.ink', noIncludes);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const story = new InkStory(r.json ?? '', 1);
    expect(story.next()).toEqual({ text: 'Hello', tags: ['dp: a'] });
    expect(story.choices()).toEqual([{ index: 0, text: 'Go', tags: ['wait: 5'] }]);
  });

  it('keeps a message it cannot parse whole', () => {
    expect(parseInkMessage('something odd', 'x.ink', 'error')).toEqual({ file: 'x.ink', line: 0, message: 'something odd', severity: 'error' });
  });
});
