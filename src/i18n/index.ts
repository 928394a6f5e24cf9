// UI message catalogues (zh-CN default, en) and the lookup every view uses; no other module holds UI text.
import { en } from './en';
import { zhCN, type MessageKey } from './zhCN';

export type { MessageKey } from './zhCN';
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

/** A translator bound to one locale: `t('msg.applied', { command: '…', applied: 20 })`. */
export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/** Picks a supported locale from a request such as a `?lang=` value; falls back to zh-CN. */
export function resolveLocale(requested: string | null | undefined): Locale {
  if (requested && (LOCALES as readonly string[]).includes(requested)) return requested as Locale;
  if (requested?.toLowerCase().startsWith('en')) return 'en';
  return 'zh-CN';
}

/** Builds the translator for `locale`; `{name}` placeholders are replaced from `params`. */
export function createTranslator(locale: Locale): Translate {
  const catalogue = CATALOGUES[locale];
  return (key, params) => {
    const text = catalogue[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole);
  };
}

/** Whether a string is one of our message keys (for keys built at run time, e.g. zone labels). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(zhCN, key);
}
