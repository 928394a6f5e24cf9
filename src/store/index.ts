// Public face of the UI stores: the venue page's store and the drill app's store.
export { createUiStore, SPEEDS, TREND_TICKS, LOG_LENGTH } from './uiStore';
export type { UiStore, UiState, UiActions, LogMessage, OfficerCounts, Speed } from './uiStore';
export { createAppStore } from './appStore';
export type { AppStore, AppState, AppActions, Screen, Trainee, DialogueLine, DecisionItem } from './appStore';
