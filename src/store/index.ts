// Public face of the UI store.
export { createUiStore, SPEEDS, TREND_TICKS, LOG_LENGTH } from './uiStore';
export type { UiStore, UiState, UiActions, LogMessage, OfficerCounts, Speed } from './uiStore';
