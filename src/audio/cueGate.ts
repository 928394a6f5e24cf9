// Pure rate limiting of one-shot cues (the same cue at most once per interval) and the mapping of
// cues to captions. The clock is injected so tests control time; no howler, no DOM.
import type { CaptionCue, CaptionMessageKey, CueKind } from './types';

/** Minimum time between two plays of the same cue, in milliseconds. */
export const CUE_MIN_INTERVAL_MS: Readonly<Record<CueKind, number>> = {
  siren: 2000,
  loudspeaker: 2000,
  alert: 2000,
  // Clicks follow the trainee's hands; only a burst (key repeat, double click) is thinned out.
  click: 60,
};

/** Lets a cue through at most once per its interval; each kind is limited on its own. */
export class CueGate {
  private readonly last = new Map<CueKind, number>();

  constructor(
    private readonly now: () => number,
    private readonly intervals: Readonly<Record<CueKind, number>> = CUE_MIN_INTERVAL_MS,
  ) {}

  /** True (and the cue counts as played now) if `kind` has not played within its interval. */
  allow(kind: CueKind): boolean {
    const t = this.now();
    const prev = this.last.get(kind);
    // A clock that went backwards (prev in the future) must not silence a cue for good.
    if (prev !== undefined && t >= prev && t - prev < this.intervals[kind]) return false;
    this.last.set(kind, t);
    return true;
  }

  /** Forgets all history (e.g. a new drill starts). */
  reset(): void {
    this.last.clear();
  }
}

/** The caption a cue raises, or null for cues that carry no meaning of their own (clicks). */
export function captionFor(kind: CueKind): CaptionCue | null {
  return kind === 'click' ? null : kind;
}

/** The i18n key of a caption's text, e.g. 'audio.caption.siren'. */
export function captionMessageKey(cue: CaptionCue): CaptionMessageKey {
  return `audio.caption.${cue}`;
}
