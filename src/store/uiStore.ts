// The one zustand vanilla store of low-frequency UI state (clock, indicators, officers, messages):
// written ~4×/s by the composition root, read by the DOM panels. Per-agent data never goes through it.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Indicators, Posture, PresetName } from '../sim';
import type { MessageKey } from '../i18n';

export type Speed = 1 | 2 | 4;
export const SPEEDS: readonly Speed[] = [1, 2, 4];

export type OfficerCounts = Record<Posture, number>;

/** A line in the scene log, stored as a message key so it renders in the current language. */
export interface LogMessage {
  id: number;
  tick: number;
  kind: 'command' | 'event' | 'error';
  key: MessageKey;
  params: Readonly<Record<string, string | number>>;
}

export interface UiState {
  status: 'loading' | 'running' | 'error';
  error: string | null;
  preset: PresetName | null;
  /** Scene clock at tick 0, in seconds since midnight. */
  startSeconds: number;
  tick: number;
  indicators: Indicators | null;
  /** Indicators a little while ago, for the trend arrows. */
  trendBase: Indicators | null;
  officers: OfficerCounts;
  speed: Speed;
  paused: boolean;
  messages: readonly LogMessage[];
}

export interface UiActions {
  started(preset: PresetName, startSeconds: number, indicators: Indicators): void;
  failed(message: string): void;
  simUpdated(indicators: Indicators, officers: OfficerCounts): void;
  log(kind: LogMessage['kind'], key: MessageKey, params?: LogMessage['params']): void;
  setSpeed(speed: Speed): void;
  setPaused(paused: boolean): void;
}

export type UiStore = StoreApi<UiState & UiActions>;

/** Ticks between trend bases: 12 ticks = 2 scene minutes. */
export const TREND_TICKS = 12;
/** Lines kept in the scene log. */
export const LOG_LENGTH = 30;

const NO_OFFICERS: OfficerCounts = { liaison: 0, uniform: 0, cordon: 0, riot: 0 };

/** A fresh store; tests make their own, the page makes one in main.ts. */
export function createUiStore(): UiStore {
  let nextMessageId = 1;
  // Recent indicators, oldest first; the first is the newest one at least TREND_TICKS old.
  let history: Indicators[] = [];
  return createStore<UiState & UiActions>()((set, get) => ({
    status: 'loading',
    error: null,
    preset: null,
    startSeconds: 0,
    tick: 0,
    indicators: null,
    trendBase: null,
    officers: NO_OFFICERS,
    speed: 1,
    paused: false,
    messages: [],

    started: (preset, startSeconds, indicators) => {
      history = [indicators];
      set({ status: 'running', preset, startSeconds, tick: indicators.tick, indicators, trendBase: indicators });
    },
    failed: (message) => set({ status: 'error', error: message }),
    simUpdated: (indicators, officers) => {
      history.push(indicators);
      while (history.length > 2 && history[1]!.tick <= indicators.tick - TREND_TICKS) history.shift();
      set({ tick: indicators.tick, indicators, trendBase: history[0] ?? null, officers });
    },
    log: (kind, key, params = {}) => {
      const line: LogMessage = { id: nextMessageId++, tick: get().tick, kind, key, params };
      set({ messages: [line, ...get().messages].slice(0, LOG_LENGTH) });
    },
    setSpeed: (speed) => set({ speed }),
    setPaused: (paused) => set({ paused }),
  }));
}
