import { describe, expect, it } from 'vitest';
import { createTranslator, isMessageKey, resolveLocale } from './index';
import { en } from './en';
import { zhCN, type MessageKey } from './zhCN';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('i18n', () => {
  it('defaults to zh-CN and accepts en', () => {
    expect(resolveLocale(null)).toBe('zh-CN');
    expect(resolveLocale('fr')).toBe('zh-CN');
    expect(resolveLocale('en')).toBe('en');
    expect(resolveLocale('en-GB')).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslator('zh-CN');
    expect(t('msg.deployed', { command: '部署联络警力', n: 20 })).toBe('部署联络警力：20 名警力出动');
    expect(t('clock.tick')).toBe('第 {tick} 步');
    expect(createTranslator('en')('clock.tick', { tick: 3 })).toBe('tick 3');
  });

  it('every English message is non-empty and uses the same placeholders as the Chinese one', () => {
    for (const key of Object.keys(zhCN) as MessageKey[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(zhCN[key]));
    }
  });

  it('recognises message keys built at run time', () => {
    expect(isMessageKey('zone.taxi.square')).toBe(true);
    expect(isMessageKey('zone.taxi.nowhere')).toBe(false);
  });
});
