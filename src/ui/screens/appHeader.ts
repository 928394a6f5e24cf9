// The header of every screen: app title, the 中文 / English switch and an optional mute toggle.
// A pure lit-html view: it holds no state and acts only through the handlers given.
import { html, nothing, render } from 'lit-html';
import type { Translate } from '../../i18n';
import type { UiLocale } from './pickerModel';

export interface HeaderData {
  title: string;
  locale: UiLocale;
  muted?: boolean;
  showMute: boolean;
}

export interface HeaderActions {
  onLocale(locale: UiLocale): void;
  onMute?(muted: boolean): void;
}

const LANGS: readonly { locale: UiLocale; key: 'screens.header.langZh' | 'screens.header.langEn' }[] = [
  { locale: 'zh-CN', key: 'screens.header.langZh' },
  { locale: 'en', key: 'screens.header.langEn' },
];

/** Renders (or re-renders) the header into `root`. */
export function renderHeader(root: HTMLElement, data: HeaderData, actions: HeaderActions, t: Translate): void {
  const muted = data.muted ?? false;
  const mute = data.showMute && actions.onMute
    ? html`<button type="button" class="sp-btn sp-mute" aria-pressed=${muted ? 'true' : 'false'}
        @click=${() => actions.onMute?.(!muted)}>${t('screens.header.mute')}</button>`
    : nothing;
  // Two buttons with aria-pressed show the current language without relying on colour alone
  // (the pressed one is also marked by a border and weight); each name is in its own language.
  const langs = LANGS.map(({ locale, key }) => html`<button type="button" class="sp-btn sp-lang"
      lang=${locale} data-locale=${locale} aria-pressed=${locale === data.locale ? 'true' : 'false'}
      @click=${() => { if (locale !== data.locale) actions.onLocale(locale); }}>${t(key)}</button>`);
  render(html`<header class="app-header" aria-label=${t('screens.header.label')}>
      <span class="app-title">${data.title}</span>
      <div class="app-header-tools">
        ${mute}
        <div class="sp-langs" role="group" aria-label=${t('screens.header.language')}>${langs}</div>
      </div>
    </header>`, root);
}
