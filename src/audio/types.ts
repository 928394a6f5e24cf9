// Shared vocabulary of the audio layer: the sound files it needs and the cues it can play.
// Types and constants only: no howler, no DOM (pure modules and their tests import this).

/** Every sound file the director loads, by role. */
export type AudioAsset = 'crowdCalm' | 'crowdAgitated' | 'siren' | 'loudspeaker' | 'click' | 'alert';

/** Where each sound file is served from (Vite `?url` imports in the browser; see assetUrls.ts). */
export type AudioUrls = Record<AudioAsset, string>;

/** One-shot sounds the app can ask for. */
export type CueKind = 'siren' | 'loudspeaker' | 'click' | 'alert';

/**
 * Captions of the cues that carry meaning (a click does not). An alert tone is captioned with what it
 * signals when the caller knows: violence, crush danger, a broken police line.
 */
export type CaptionCue = 'siren' | 'loudspeaker' | 'alert' | 'violence' | 'crush' | 'breach';

/** The i18n key of a caption's text; the UI resolves it (src/audio may not import src/i18n). */
export type CaptionMessageKey = `audio.caption.${CaptionCue}`;
