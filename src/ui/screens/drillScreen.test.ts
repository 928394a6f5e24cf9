import { describe, expect, it } from 'vitest';
import { withoutLabel } from './drillScreen';

describe('withoutLabel', () => {
  it('drops the label the hint badge already shows, in either language and either colon', () => {
    expect(withoutLabel('提示：事件初起，先摸清情况。', '提示')).toBe('事件初起，先摸清情况。');
    expect(withoutLabel('Tip: stop the violence first.', 'Tip')).toBe('stop the violence first.');
    expect(withoutLabel('提示:先报告。', '提示')).toBe('先报告。');
  });

  it('leaves other text alone, including the label in mid-sentence', () => {
    expect(withoutLabel('依法处置的是少数人。提示：不是整个人群。', '提示')).toBe('依法处置的是少数人。提示：不是整个人群。');
    expect(withoutLabel('Tipping point ahead', 'Tip')).toBe('Tipping point ahead');
  });
});
