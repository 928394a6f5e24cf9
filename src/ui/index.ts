// Public face of the DOM panels.
export { mountControlPanel, type ControlPanelDeps } from './controlPanel';
export { commandButtonsFor, type CommandButton } from './commandSet';
export { formatSceneClock } from './indicatorFormat';
export { createEventDigest } from './eventDigest';
