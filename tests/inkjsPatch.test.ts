// The inkjs runtime patches (scripts/patchInkjs.mjs): installed, and computing what the originals compute.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { PATCHES, RUNTIME, patchSource } from '../scripts/patchInkjs.mjs';
import { compileInk } from '../src/story/compileInk';

/** inkjs 2.4.0's StoryState.CleanOutputWhitespace as published (de-minified). */
function cleanOutputWhitespaceOriginal(str: string): string {
  let out = '';
  let wsStart = -1;
  let lineStart = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charAt(i);
    const ws = c === ' ' || c === '\t';
    if (ws && wsStart === -1) wsStart = i;
    if (!ws) {
      if (c !== '\n' && wsStart > 0 && wsStart !== lineStart) out += ' ';
      wsStart = -1;
    }
    if (c === '\n') lineStart = i + 1;
    if (!ws) out += c;
  }
  return out;
}

const noIncludes = (name: string): string => {
  throw new Error(`no INCLUDE expected: ${name}`);
};

describe('inkjs runtime patches', () => {
  it('are installed in the runtime that `inkjs` resolves to', () => {
    const source = readFileSync(RUNTIME, 'utf8');
    // `npm install` runs the patch script unless install scripts are disabled (ignore-scripts).
    const hint = 'not patched: run `node scripts/patchInkjs.mjs`';
    for (const [why, before, after] of PATCHES) {
      expect(source.includes(after), `${why}: ${hint}`).toBe(true);
      expect(source.includes(before), `${why}: ${hint}`).toBe(false);
    }
    expect(patchSource(source)).toBe(source);
  });

  it('refuse a runtime they do not match', () => {
    expect(() => patchSource('export{}')).toThrow(/does not apply/);
  });

  it('clean whitespace exactly as the original on any text', () => {
    const state = new Story(compileInk('Hello.\n', 'ws.ink', noIncludes).json!).state as unknown as { CleanOutputWhitespace(s: string): string };
    const text = fc.array(fc.constantFrom(' ', '\t', '\n', 'a', '中', '。', 'b c'), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(fc.property(text, (s) => state.CleanOutputWhitespace(s) === cleanOutputWhitespaceOriginal(s)), { numRuns: 3000 });
    expect(state.CleanOutputWhitespace('  a \t b  \n  c  ')).toBe('a b\nc');
  });

  it('give the output the unpatched runtime gives for glue, whitespace-only lines and tags', () => {
    // Expected values recorded with the published inkjs 2.4.0 runtime.
    const ink = 'A  {""}  B<>\n   <>C\n\t \n中文 {1}  行\n  end  \t# tag  one \n';
    const story = new Story(compileInk(ink, 'glue.ink', noIncludes).json!);
    expect(story.ContinueMaximally()).toBe('A BC\n中文 1 行\nend\n');
    expect(story.currentTags).toEqual(['tag one']);
  });
});
