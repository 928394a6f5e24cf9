import { describe, expect, it } from 'vitest';
import { structuralDifference } from './storyStructure';

// Compiled-story fragments in inkjs's JSON shape: "^" text, "#" … "/#" tags, objects for containers.
const zh = JSON.stringify({ root: [['^你好', '#', '^dp: a', '/#', '\n', { '*': 'c-0' }], { k: ['^再见', { 'VAR?': 'x' }, 'out', '^。'] }] });

describe('structuralDifference', () => {
  it('accepts a translation that changes only the text, however it splits around inline values', () => {
    const en = JSON.stringify({ root: [['^Hello', '#', '^dp: a', '/#', '\n', { '*': 'c-0' }], { k: ['^Bye ', { 'VAR?': 'x' }, 'out'] }] });
    expect(structuralDifference(zh, en)).toBeNull();
  });

  it('rejects a changed tag, a missing choice or changed logic, naming where', () => {
    const tag = JSON.stringify({ root: [['^Hello', '#', '^dp: b', '/#', '\n', { '*': 'c-0' }], { k: ['^Bye', { 'VAR?': 'x' }, 'out'] }] });
    expect(structuralDifference(zh, tag)).toMatch(/root\.root\[0\]\[1\]: "\^dp: a" ≠ "\^dp: b"/);
    const choice = JSON.stringify({ root: [['^Hello', '#', '^dp: a', '/#', '\n'], { k: ['^Bye', { 'VAR?': 'x' }, 'out'] }] });
    expect(structuralDifference(zh, choice)).not.toBeNull();
    const logic = JSON.stringify({ root: [['^Hello', '#', '^dp: a', '/#', '\n', { '*': 'c-0' }], { k: ['^Bye', { 'VAR?': 'y' }, 'out'] }] });
    expect(structuralDifference(zh, logic)).toMatch(/"x" ≠ "y"/);
  });
});
