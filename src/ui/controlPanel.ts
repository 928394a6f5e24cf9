// The DOM side panel over the venue: scene clock and speed, indicators with bands and trend arrows,
// command buttons, the scene log and a legend. Reads the UI store; acts only through the handlers given.
import type { LogMessage, Speed, UiState, UiStore } from '../store';
import { SPEEDS } from '../store';
import type { MessageKey, Translate } from '../i18n';
import type { CommandButton } from './commandSet';
import {
  bandOf, formatSceneClock, formatValue, labelKeyOf, SHOWN_INDICATORS, TREND_ARROW, trendOf,
  type ShownIndicator,
} from './indicatorFormat';

export interface ControlPanelDeps {
  store: UiStore;
  t: Translate;
  commands: readonly CommandButton[];
  /** Zone label for messages and hints (already translated). */
  zoneLabel: (zone: string) => string;
  /** The zone the deployment buttons target. */
  deployZone: string;
  onCommand: (button: CommandButton) => void;
  onSpeed: (speed: Speed) => void;
  onPause: (paused: boolean) => void;
}

/** Creates an element with attributes and children. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

interface IndicatorRow { value: HTMLElement; band: HTMLElement; trend: HTMLElement }

/** Mounts the panel into `root`; returns a function that unsubscribes and removes it. */
export function mountControlPanel(root: HTMLElement, deps: ControlPanelDeps): () => void {
  const { store, t } = deps;

  // Clock and speed.
  const clock = el('output', { class: 'clock', 'aria-live': 'off' });
  const tickText = el('span', { class: 'tick' });
  const pauseButton = el('button', { type: 'button', class: 'pause' });
  pauseButton.addEventListener('click', () => deps.onPause(!store.getState().paused));
  const speedButtons = SPEEDS.map((speed) => {
    const b = el('button', { type: 'button', 'data-speed': String(speed) }, t('speed.x', { n: speed }));
    b.addEventListener('click', () => deps.onSpeed(speed));
    return b;
  });
  const clockSection = el('section', { class: 'clock-bar', 'aria-label': t('clock.label') },
    el('span', { class: 'label' }, t('clock.label')), clock, tickText,
    el('div', { class: 'speed', role: 'group', 'aria-label': t('speed.label') }, pauseButton, ...speedButtons));

  // Indicators.
  const rows = new Map<ShownIndicator, IndicatorRow>();
  const list = el('dl', { class: 'indicators' });
  for (const key of SHOWN_INDICATORS) {
    const row: IndicatorRow = {
      value: el('span', { class: 'value' }), band: el('span', { class: 'band' }), trend: el('span', { class: 'trend' }),
    };
    rows.set(key, row);
    list.append(el('div', { class: 'row', 'data-indicator': key },
      el('dt', {}, t(labelKeyOf(key))), el('dd', {}, row.value, row.band, row.trend)));
  }
  const officers = el('span', { class: 'value' });
  list.append(el('div', { class: 'row', 'data-indicator': 'officers' }, el('dt', {}, t('ind.officers')), el('dd', {}, officers)));
  const indicatorSection = el('section', { class: 'indicator-panel', 'aria-labelledby': 'ind-heading' },
    el('h2', { id: 'ind-heading' }, t('ind.heading')), list);

  // Commands.
  const commandList = el('div', { class: 'commands' });
  for (const button of deps.commands) {
    const hintId = `hint-${button.id}`;
    const b = el('button', { type: 'button', 'data-command': button.id, 'aria-describedby': hintId }, t(button.label));
    b.addEventListener('click', () => deps.onCommand(button));
    commandList.append(el('div', { class: 'command' }, b,
      el('span', { class: 'hint', id: hintId }, t(button.hint, { zone: deps.zoneLabel(deps.deployZone) }))));
  }
  const commandSection = el('section', { class: 'command-panel', 'aria-labelledby': 'cmd-heading' },
    el('h2', { id: 'cmd-heading' }, t('cmd.heading')), commandList);

  // Scene log.
  const log = el('ol', { class: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions' });
  const logSection = el('section', { class: 'log-panel', 'aria-labelledby': 'msg-heading' },
    el('h2', { id: 'msg-heading' }, t('msg.heading')), log);

  // Legend: shape and size carry the state, so colour is never the only signal.
  const swatch = (cls: string) => el('span', { class: `swatch ${cls}`, 'aria-hidden': 'true' });
  const legend = el('section', { class: 'legend', 'aria-labelledby': 'legend-heading' },
    el('h2', { id: 'legend-heading' }, t('legend.heading')),
    el('ul', {},
      el('li', {}, swatch('onlooker'), swatch('quiet'), t('legend.quiet')),
      el('li', {}, swatch('active'), t('legend.active')),
      el('li', {}, swatch('violent'), t('legend.violent')),
      el('li', {}, swatch('liaison'), swatch('uniform'), swatch('cordon'), swatch('riot'), t('legend.police'))));

  const status = el('p', { class: 'status', role: 'status' });
  const panel = el('div', { class: 'panel-inner' }, status, clockSection, indicatorSection, commandSection, logSection, legend);
  root.append(panel);

  const lineText = (m: LogMessage): string => {
    const text = t(m.key, m.params);
    return typeof m.params.zone === 'string' && m.params.zone !== '' ? t('msg.withZone', { text, zone: m.params.zone }) : text;
  };

  let shownMessages: readonly LogMessage[] | null = null;
  const render = (s: UiState): void => {
    status.textContent = s.status === 'loading' ? t('app.loading') : s.status === 'error' ? t('app.error', { message: s.error ?? '' }) : '';
    status.hidden = s.status === 'running';
    clock.textContent = formatSceneClock(s.startSeconds, s.tick);
    tickText.textContent = t('clock.tick', { tick: s.tick });
    pauseButton.textContent = s.paused ? t('speed.resume') : t('speed.pause');
    pauseButton.setAttribute('aria-pressed', String(s.paused));
    for (const b of speedButtons) b.setAttribute('aria-pressed', String(Number(b.dataset.speed) === s.speed));
    for (const b of commandList.querySelectorAll('button')) b.disabled = s.status !== 'running';
    const ind = s.indicators;
    if (ind) {
      for (const [key, row] of rows) {
        row.value.textContent = key === 'crowdSize' ? t('unit.people', { n: formatValue(key, ind) }) : formatValue(key, ind);
        const band = bandOf(key, ind);
        row.band.textContent = band ? t(`band.${band}` as MessageKey) : '';
        row.band.dataset.band = band ?? '';
        const trend = trendOf(key, ind, s.trendBase);
        row.trend.textContent = TREND_ARROW[trend];
        row.trend.title = t(`trend.${trend}` as MessageKey);
        row.trend.setAttribute('aria-label', row.trend.title);
      }
    }
    const o = s.officers;
    officers.textContent = `${o.liaison + o.uniform + o.cordon + o.riot}`;
    officers.title = `${t('legend.police')}: ${o.liaison} / ${o.uniform} / ${o.cordon} / ${o.riot}`;
    if (s.messages !== shownMessages) {
      shownMessages = s.messages;
      log.replaceChildren(...s.messages.map((m) =>
        el('li', { class: `log-${m.kind}` }, el('span', { class: 'at' }, formatSceneClock(s.startSeconds, m.tick).slice(0, 5)), ' ', lineText(m))));
    }
  };

  render(store.getState());
  const unsubscribe = store.subscribe(render);
  return () => {
    unsubscribe();
    panel.remove();
  };
}
