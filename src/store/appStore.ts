// The drill app's one zustand vanilla store: screen, language, trainee, and the drill as the page
// shows it (latest view, dialogue, decision log, trends, result). Written by the composition root only.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CrowdSample, DrillMode, DrillView, LogEntry } from '../drill';
import type { DrillResult } from '../scoring';
import type { DrillAction } from '../scenario';
import type { Locale } from '../i18n';
import type { Speed } from './uiStore';

export type Screen = 'loading' | 'picker' | 'drill' | 'debrief' | 'error';

export interface Trainee {
  name: string;
  unit: string;
  id: string;
}

/** A line of the dialogue panel. */
export interface DialogueLine {
  seq: number;
  tick: number;
  text: string;
  speaker?: string;
  hint?: boolean;
  /** A choice the trainee made (shown as "你：…"). */
  own?: boolean;
}

/** An entry of the decision log: a choice, a panel action with its outcome, or a rationale. */
export type DecisionItem =
  | { seq: number; tick: number; kind: 'choice'; text: string; dp: string | null }
  | { seq: number; tick: number; kind: 'action'; action: DrillAction; applied: number; reason?: string }
  | { seq: number; tick: number; kind: 'rationale'; prompt: string; text: string };

export interface AppState {
  screen: Screen;
  error: string | null;
  locale: Locale;
  muted: boolean;
  mode: DrillMode;
  trainee: Trainee;
  scenarioId: string | null;
  /** The latest drill view (clock, choices, indicators …). */
  view: DrillView | null;
  dialogue: readonly DialogueLine[];
  decisions: readonly DecisionItem[];
  /** Crowd values about two scene minutes ago, for trend arrows. */
  trendBase: CrowdSample | null;
  /** The latest minute sample's causes (for "why did it change"). */
  lastCauses: Extract<LogEntry, { type: 'sample' }>['causes'];
  speed: Speed;
  paused: boolean;
  heat: boolean;
  /** The zone last picked on the map (the command panel's default zone). */
  selectedZone: string | null;
  captions: readonly { id: number; key: string }[];
  result: DrillResult | null;
  /** A notice for the trainee (a refused input, a saved file), as a message key with params. */
  notice: { key: string; params: Record<string, string | number> } | null;
}

export interface AppActions {
  set(patch: Partial<AppState>): void;
  /** Absorbs a drill view and its new log entries. */
  drillUpdated(view: DrillView): void;
  resetDrill(): void;
  /** Shows a sound caption (replacing one with the same text); returns its id for `dropCaption`. */
  caption(key: string): number;
  dropCaption(id: number): void;
}

export type AppStore = StoreApi<AppState & AppActions>;

const TREND_TICKS = 12;
const CAPTIONS_KEPT = 3;

/** A fresh store (tests make their own). */
export function createAppStore(initial: Pick<AppState, 'locale' | 'trainee' | 'mode' | 'muted'>): AppStore {
  let history: { tick: number; values: CrowdSample }[] = [];
  let lastDp: string | null = null;
  let captionId = 1;
  const empty = {
    view: null, dialogue: [], decisions: [], trendBase: null, lastCauses: {}, result: null, notice: null,
  } satisfies Partial<AppState>;
  return createStore<AppState & AppActions>()((set, get) => ({
    screen: 'loading', error: null, scenarioId: null, speed: 1, paused: false, heat: false, selectedZone: null, captions: [],
    ...empty, ...initial,
    set: (patch) => set(patch),
    resetDrill: () => {
      history = [];
      lastDp = null;
      set({ ...empty });
    },
    caption: (key) => {
      const id = captionId++;
      set({ captions: [...get().captions.filter((c) => c.key !== key), { id, key }].slice(-CAPTIONS_KEPT) });
      return id;
    },
    dropCaption: (id) => set({ captions: get().captions.filter((c) => c.id !== id) }),
    drillUpdated: (view) => {
      const s = get();
      const dialogue = [...s.dialogue];
      const decisions = [...s.decisions];
      let lastCauses = s.lastCauses;
      for (const e of view.newEntries) {
        switch (e.type) {
          case 'line':
            dialogue.push({ seq: e.seq, tick: e.tick, text: e.text, ...(e.speaker ? { speaker: e.speaker } : {}), ...(e.hint ? { hint: true } : {}) });
            break;
          case 'choice':
            dialogue.push({ seq: e.seq, tick: e.tick, text: e.text, own: true });
            decisions.push({ seq: e.seq, tick: e.tick, kind: 'choice', text: e.text, dp: lastDp });
            lastDp = null;
            break;
          case 'marker':
            if (e.marker.kind === 'dp') lastDp = e.marker.id;
            break;
          case 'action':
            if (e.source === 'trainee') {
              decisions.push({ seq: e.seq, tick: e.tick, kind: 'action', action: e.action, applied: e.outcome.applied, ...(e.outcome.reason ? { reason: e.outcome.reason } : {}) });
            }
            break;
          case 'rationale':
            decisions.push({ seq: e.seq, tick: e.tick, kind: 'rationale', prompt: e.prompt, text: e.text });
            break;
          case 'sample':
            history.push({ tick: e.tick, values: e.values });
            if (Object.keys(e.causes).length > 0) lastCauses = e.causes;
            break;
          default:
            break;
        }
      }
      while (history.length > 2 && (history[1]?.tick ?? 0) <= view.tick - TREND_TICKS) history.shift();
      set({ view, dialogue, decisions, lastCauses, trendBase: history[0]?.values ?? null });
    },
  }));
}
