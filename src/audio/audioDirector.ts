// The drill's sound: two crowd-ambience loops that follow tension, one-shot cues with captions, a mute
// switch. The only code that calls howler; decisions live in tensionMix.ts and cueGate.ts (tested).
import { Howl, Howler } from 'howler';
import { CueGate, captionFor } from './cueGate';
import { TensionFollower, ambienceMix, type AmbienceMix } from './tensionMix';
import type { AudioUrls, CaptionCue, CueKind } from './types';

export interface AudioDirectorOptions {
  urls: AudioUrls;
  muted: boolean;
  /** Called for every cue that carries meaning, also while muted (captions are for those who cannot hear). */
  onCaption?: (cue: CaptionCue) => void;
  /** Milliseconds clock for smoothing and rate limiting; defaults to performance.now. */
  now?: () => number;
}

/** Playback volume of each one-shot (the files are normalised; these set their place in the mix). */
const CUE_VOLUME: Readonly<Record<CueKind, number>> = { siren: 0.55, loudspeaker: 0.8, click: 0.5, alert: 0.6 };
/** Each volume change ramps over this long: about the interval between setTension calls (~4×/s). */
const RAMP_MS = 300;
const START_FADE_MS = 1200;
const STOP_FADE_MS = 300;
/** Volume changes smaller than this are not worth a new ramp. */
const VOLUME_EPSILON = 0.002;

type Loop = 'calm' | 'agitated';

/** Plays the drill's sound through howler; construct once, `start()` after a user gesture. */
export class AudioDirector {
  private readonly loops: Record<Loop, Howl>;
  private readonly loopIds: Record<Loop, number | null> = { calm: null, agitated: null };
  private readonly cues: Record<CueKind, Howl>;
  private readonly follower = new TensionFollower();
  private readonly gate: CueGate;
  private readonly now: () => number;
  private readonly onCaption: ((cue: CaptionCue) => void) | undefined;
  private mix: AmbienceMix = ambienceMix(0);
  private isMuted: boolean;
  private running = false;
  private disposed = false;
  private stopTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(options: AudioDirectorOptions) {
    const { urls, muted } = options;
    this.isMuted = muted;
    this.onCaption = options.onCaption;
    this.now = options.now ?? (() => performance.now());
    this.gate = new CueGate(this.now);
    // Web Audio (howler's default): the files are fetched from our own origin and decoded once.
    const make = (src: string, loop: boolean, volume: number): Howl =>
      new Howl({ src: [src], format: ['wav'], loop, volume, mute: muted, preload: true });
    this.loops = { calm: make(urls.crowdCalm, true, 0), agitated: make(urls.crowdAgitated, true, 0) };
    this.cues = {
      siren: make(urls.siren, false, CUE_VOLUME.siren),
      loudspeaker: make(urls.loudspeaker, false, CUE_VOLUME.loudspeaker),
      click: make(urls.click, false, CUE_VOLUME.click),
      alert: make(urls.alert, false, CUE_VOLUME.alert),
    };
  }

  /** Whether sound is switched off. */
  get muted(): boolean {
    return this.isMuted;
  }

  /** Switches all sound off or on; the ambience keeps running silently so unmuting is seamless. */
  setMuted(m: boolean): void {
    if (this.disposed || m === this.isMuted) return;
    this.isMuted = m;
    for (const howl of this.allHowls()) howl.mute(m);
  }

  /** Feeds the crowd's tension (0–100); the ambience follows smoothly. Cheap enough for ~4 calls a second. */
  setTension(t: number): void {
    if (this.disposed) return;
    this.mix = ambienceMix(this.follower.advance(t, this.now()));
    if (this.running) this.rampLoops(RAMP_MS);
  }

  /** Plays a one-shot (rate-limited per kind) and raises its caption (`captionAs`, or the kind's own). */
  cue(kind: CueKind, captionAs?: CaptionCue): void {
    if (this.disposed || !this.gate.allow(kind)) return;
    const caption = kind === 'click' ? null : (captionAs ?? captionFor(kind));
    if (caption) this.onCaption?.(caption);
    // While muted nothing is started: unmuting must not replay a stale siren. Nor while audio is
    // still locked (no gesture yet): howler would queue the cue and play it, stale, on the first click.
    if (!this.isMuted && this.canSound()) this.cues[kind].play();
  }

  /** Begins the ambience. Call from a user gesture: until then the browser keeps audio suspended. */
  start(): void {
    if (this.disposed || this.running) return;
    this.running = true;
    if (this.stopTimer !== null) {
      clearTimeout(this.stopTimer);
      this.stopTimer = null;
    }
    for (const loop of ['calm', 'agitated'] as const) {
      const howl = this.loops[loop];
      const id = this.loopIds[loop];
      // Resume our own sound rather than let howler start a second copy of the loop.
      if (id === null || !howl.playing(id)) this.loopIds[loop] = howl.play(id ?? undefined);
    }
    this.rampLoops(START_FADE_MS);
  }

  /** Fades the ambience out and stops it; one-shots already playing finish. */
  stop(): void {
    if (this.disposed || !this.running) return;
    this.running = false;
    for (const loop of ['calm', 'agitated'] as const) this.rampTo(loop, 0, STOP_FADE_MS);
    this.stopTimer = setTimeout(() => {
      this.stopTimer = null;
      for (const loop of ['calm', 'agitated'] as const) this.loops[loop].stop();
    }, STOP_FADE_MS + 50);
  }

  /** Stops everything and releases the decoded audio; the director is unusable afterwards. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.running = false;
    if (this.stopTimer !== null) clearTimeout(this.stopTimer);
    for (const howl of this.allHowls()) howl.unload();
  }

  /** Whether a one-shot would be heard now rather than queued until the first user gesture. */
  private canSound(): boolean {
    // Howler.ctx is typed as always present but is null where Web Audio is missing.
    const ctx = Howler.ctx as AudioContext | null | undefined;
    return this.running || ctx?.state === 'running';
  }

  private rampLoops(ms: number): void {
    this.rampTo('calm', this.mix.calm, ms);
    this.rampTo('agitated', this.mix.agitated, ms);
  }

  /** Ramps a loop from wherever it is now (howler tracks a running fade) to `target`. */
  private rampTo(loop: Loop, target: number, ms: number): void {
    const howl = this.loops[loop];
    const from = howl.volume();
    if (Math.abs(from - target) < VOLUME_EPSILON) {
      // Close enough for a step; setting the volume also cancels a ramp still heading elsewhere.
      if (from !== target) howl.volume(target);
      return;
    }
    howl.fade(from, target, ms);
  }

  private allHowls(): Howl[] {
    return [...Object.values(this.loops), ...Object.values(this.cues)];
  }
}
