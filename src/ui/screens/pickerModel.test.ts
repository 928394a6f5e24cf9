import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n';
import {
  caseKey, difficultyOf, firstInvalidField, formatSavedAt, localized, normalizeTrainee, TRAINEE_MAX, validateTrainee,
} from './pickerModel';

const empty = { name: '', unit: '', id: '' };

describe('trainee validation', () => {
  it('requires name and unit in assessment only', () => {
    expect(validateTrainee(empty, 'practice')).toEqual({});
    expect(validateTrainee(empty, 'assessment')).toEqual({
      name: 'screens.picker.error.nameRequired', unit: 'screens.picker.error.unitRequired',
    });
    expect(validateTrainee({ name: '张伟', unit: '乐清市公安局城东派出所', id: '' }, 'assessment')).toEqual({});
  });

  it('treats whitespace-only fields as empty', () => {
    expect(validateTrainee({ name: ' \u3000 ', unit: '\t', id: '' }, 'assessment')).toEqual({
      name: 'screens.picker.error.nameRequired', unit: 'screens.picker.error.unitRequired',
    });
  });

  it('limits length in code points, so CJK and astral characters count once', () => {
    const atMax = '𠀀'.repeat(TRAINEE_MAX.name); // each is two UTF-16 units
    expect(validateTrainee({ ...empty, name: atMax }, 'practice').name).toBeUndefined();
    expect(validateTrainee({ ...empty, name: atMax + '伟' }, 'practice').name).toBe('screens.picker.error.tooLong');
    expect(validateTrainee({ ...empty, unit: '单'.repeat(TRAINEE_MAX.unit + 1) }, 'practice').unit).toBe('screens.picker.error.tooLong');
  });

  it('accepts police numbers of digits, letters and hyphens and rejects other characters', () => {
    expect(validateTrainee({ ...empty, id: '031527' }, 'practice')).toEqual({});
    expect(validateTrainee({ ...empty, id: 'ZJ-031527' }, 'practice')).toEqual({});
    expect(validateTrainee({ ...empty, id: '0315 27' }, 'practice')).toEqual({}); // inner space dropped
    expect(validateTrainee({ ...empty, id: '警031527' }, 'practice').id).toBe('screens.picker.error.idFormat');
    expect(validateTrainee({ ...empty, id: '031527;' }, 'assessment').id).toBe('screens.picker.error.idFormat');
  });

  it('names the first invalid field in form order', () => {
    expect(firstInvalidField(validateTrainee(empty, 'assessment'))).toBe('name');
    expect(firstInvalidField(validateTrainee({ name: '张伟', unit: '', id: 'x!' }, 'assessment'))).toBe('unit');
    expect(firstInvalidField(validateTrainee({ name: '张伟', unit: '城东所', id: 'x!' }, 'assessment'))).toBe('id');
    expect(firstInvalidField({})).toBeNull();
  });

  it('normalizes stray whitespace', () => {
    expect(normalizeTrainee({ name: '  张  伟 ', unit: '乐清市公安局\n城东派出所', id: ' 0315 27 ' }))
      .toEqual({ name: '张 伟', unit: '乐清市公安局 城东派出所', id: '031527' });
  });
});

describe('card text', () => {
  it('turns difficulty into a level, stars and a label key, clamping odd values', () => {
    expect(difficultyOf(1)).toEqual({ level: 1, key: 'screens.picker.difficulty.1', stars: '★☆☆' });
    expect(difficultyOf(3)).toEqual({ level: 3, key: 'screens.picker.difficulty.3', stars: '★★★' });
    expect(difficultyOf(7).level).toBe(3);
    expect(difficultyOf(0).level).toBe(1);
    expect(difficultyOf(Number.NaN).level).toBe(1);
  });

  it('has a label in both languages for every difficulty and case kind', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const t = createTranslator(locale);
      const words = [1, 2, 3].map((n) => t(difficultyOf(n).key));
      expect(new Set(words).size).toBe(3);
      expect(t(caseKey(true))).not.toBe(t(caseKey(false)));
    }
    expect(createTranslator('zh-CN')(caseKey(false))).toBe('根据真实案例改编');
  });

  it('picks the manifest text of the locale', () => {
    const text = { zh: '乐清出租车集体停运', en: 'Yueqing taxi stoppage' };
    expect(localized(text, 'zh-CN')).toBe(text.zh);
    expect(localized(text, 'en')).toBe(text.en);
  });

  it('formats a saved-at time and leaves unknown strings alone', () => {
    const iso = '2024-05-06T07:08:00Z';
    const zh = formatSavedAt(iso, 'zh-CN');
    expect(zh).toMatch(/2024/);
    expect(zh).not.toBe(iso);
    expect(formatSavedAt(String(Date.parse(iso)), 'zh-CN')).toBe(zh);
    expect(formatSavedAt(iso, 'en')).toMatch(/May 2024/);
    expect(formatSavedAt('昨天 14:20', 'zh-CN')).toBe('昨天 14:20');
  });
});
