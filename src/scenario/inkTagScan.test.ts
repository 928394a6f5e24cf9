import { describe, expect, it } from 'vitest';
import { scanInkTags } from './inkTagScan';

describe('scanInkTags', () => {
  it('finds line and choice tags with their line numbers', () => {
    const src = [
      '=== start ===',
      'A line. # dp: one # phase: 1',
      '* [Meet them # meetRepresentatives # wait: 20] Afterwards # mark: later',
      '// a comment # not a tag',
      '/* block',
      '   # still not a tag */',
      'Price \\# 5 is text.',
      '{x > 1: # mark: inside}',
      'Dynamic # wait: {minutes}',
    ].join('\n');
    const tags = scanInkTags(src, 'story.ink');
    expect(tags.map((t) => [t.line, t.text, t.onChoice, t.dynamic])).toEqual([
      [2, 'dp: one', false, false],
      [2, 'phase: 1', false, false],
      [3, 'meetRepresentatives', true, false],
      [3, 'wait: 20', true, false],
      [3, 'mark: later', false, false],
      [9, 'wait: {minutes}', false, true],
    ]);
    expect(tags.every((t) => t.file === 'story.ink')).toBe(true);
  });
});
