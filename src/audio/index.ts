// Public face of the audio layer: the director (the only howler user), its asset URLs, the cue and
// caption vocabulary, and the pure mixing rules (for views that want to show what is heard).
export { AudioDirector, type AudioDirectorOptions } from './audioDirector';
export { AUDIO_URLS } from './assetUrls';
export { captionFor, captionMessageKey, CUE_MIN_INTERVAL_MS } from './cueGate';
export { ambienceMix, type AmbienceMix } from './tensionMix';
export { cuesFor, type DrillCue } from './drillCues';
export type { AudioAsset, AudioUrls, CaptionCue, CaptionMessageKey, CueKind } from './types';
