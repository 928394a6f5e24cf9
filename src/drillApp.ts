// Composition root of the drill app: builds the store, the drill worker and its client, the pacer,
// the Phaser venue, the audio director and the autosave, and wires the screens (picker → drill →
// debrief) to them. Views only render state and call the handlers given here.
import Phaser from 'phaser';
import { version as APP_VERSION } from '../package.json';
import scenarios from 'virtual:shapan-scenarios';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './ui/panel.css';
import './ui/screens/screens.css';
import type { DrillAction, ScenarioBundle, StoryLanguage } from './scenario';
import { AGENT_RANGE } from './sim';
import { createTranslator, resolveLocale, type Locale, type Translate } from './i18n';
import { createAppStore, type Speed, type Trainee } from './store';
import { renderHeader } from './ui/screens/appHeader';
import { renderPicker } from './ui/screens/pickerView';
import { renderDrill } from './ui/screens/drillScreen';
import { renderDebrief, disposeDebrief } from './ui/debrief/debriefView';
import { MAP_FONT_FAMILY, VenueScene } from './scenes';
import { DrillWorkerClient, DrillWorkerError } from './workers/drillClient';
import type { DrillMode } from './workers/drillProtocol';
import { TickPacer } from './workers/tickPacer';
import { AudioDirector, AUDIO_URLS, captionMessageKey, cuesFor } from './audio';
import { openAutosave, type AutosaveRecord, type AutosaveStore } from './persist/autosave';
import { RESULT_KIND, RESULT_SCHEMA_VERSION, serializeResultFile, type ResultFile } from './persist/resultFormat';
import { savePreferences, loadPreferences } from './preferences';
import { createScenarioLoader } from './scenarioLoader';
import { exposeTestHook, type HookedDrill } from './drillTestHook';

/**
 * Real time per tick at 1×: 2.5 s for 10 s of scene time, so the scene runs 4× faster than real time —
 * half a minute of reading costs two scene minutes, and a drill of about 40 decisions fits its scene.
 */
const TICK_PERIOD_MS = 2500;
/** While a choice's time cost runs (a meeting, a wait), the clock fast-forwards this many times faster. */
const FAST_FORWARD = 8;
const MAX_BATCH = 8;
/** How long a sound caption stays on screen (ms). */
const CAPTION_MS = 8000;

interface Running extends HookedDrill {
  bundle: ScenarioBundle;
  client: DrillWorkerClient;
  game: Phaser.Game;
  pacer: TickPacer;
  seed: number;
  language: StoryLanguage;
  startedAt: string;
  /** A crowd size other than the scenario's (`?agents=`), kept for resume and "try again". */
  agents?: number;
  /** Whether the map has been shown since the drill started (it is hidden during the briefing). */
  mapShown?: boolean;
}

/** Where a drill picks up again: a resume after reload, or "try again from this decision". */
interface ResumePoint {
  seed: number;
  inputs: AutosaveRecord['inputs'];
  untilTick: number;
  startedAt: string;
  language?: StoryLanguage;
  agents?: number;
}

/** Starts the drill app in `root`. */
export async function startDrillApp(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const prefs = loadPreferences();
  const locale: Locale = resolveLocale(params.get('lang') ?? prefs.locale);
  const store = createAppStore({ locale, trainee: prefs.trainee, mode: prefs.mode, muted: prefs.muted });
  let t: Translate = createTranslator(locale);
  const autosave: AutosaveStore | null = await openAutosave().catch(() => null);
  let resumable: AutosaveRecord | null = autosave ? await autosave.load().catch(() => null) : null;
  const saved = resumable;
  if (saved && !scenarios.some((b) => b.manifest.id === saved.scenarioId && b.contentHash === saved.contentHash)) resumable = null;
  const audio = new AudioDirector({ urls: AUDIO_URLS, muted: prefs.muted, onCaption: (cue) => {
    const id = store.getState().caption(captionMessageKey(cue));
    setTimeout(() => store.getState().dropCaption(id), CAPTION_MS);
  } });

  const header = document.createElement('div');
  let screen = document.createElement('div');
  let screenKind = '';
  root.replaceChildren(header, screen);
  /** A fresh container when the screen changes: lit-html keeps markers in its container between renders. */
  const screenFor = (kind: string): HTMLElement => {
    if (kind === screenKind) return screen;
    const next = document.createElement('div');
    next.className = `screen screen-${kind}`;
    screen.replaceWith(next);
    screen = next;
    screenKind = kind;
    return screen;
  };
  const venueHost = document.createElement('div');
  venueHost.className = 'venue-host';
  venueHost.setAttribute('role', 'img');

  let running: Running | null = null;
  let busy = false;
  let shownLines = 0;

  const setLocale = (l: Locale) => {
    t = createTranslator(l);
    document.documentElement.lang = l;
    document.title = t('app.title');
    store.getState().set({ locale: l });
    savePreferences({ ...loadPreferences(), locale: l });
  };
  setLocale(locale);

  const loadBundle = createScenarioLoader(document.baseURI);

  const notice = (key: string, params: Record<string, string | number> = {}) => store.getState().set({ notice: { key, params } });

  // ----- the drill -----------------------------------------------------------------------------

  const seedFor = (mode: DrillMode): number => {
    const p = params.get('seed');
    if (p !== null && /^\d+$/.test(p)) return Number(p);
    // An assessment's seed is fixed (the same drill for every trainee); practice varies.
    return mode === 'assessment' ? 1 : crypto.getRandomValues(new Uint32Array(1))[0]! % 1_000_000;
  };

  const save = async (): Promise<void> => {
    const r = running;
    if (!r || !autosave) return;
    const s = store.getState();
    if (s.view?.ended) {
      await autosave.clear();
      return;
    }
    await autosave.save({
      scenarioId: r.bundle.manifest.id, contentHash: r.bundle.contentHash, seed: r.seed, mode: s.mode, trainee: s.trainee,
      inputs: r.client.inputs, tick: r.client.view.tick, clock: r.client.view.clock, savedAt: new Date().toISOString(), startedAt: r.startedAt,
      language: r.language, ...(r.agents !== undefined ? { agents: r.agents } : {}),
    });
  };

  const finish = async (): Promise<void> => {
    const r = running;
    if (!r) return;
    r.pacer.paused = true;
    const result = await r.client.result();
    store.getState().set({ result, screen: 'debrief' });
    audio.stop();
    await autosave?.clear();
  };

  /** The pacer's speed: the chosen one, fast-forwarded while a choice's time cost runs. */
  const syncSpeed = (): void => {
    const r = running;
    if (!r) return;
    const v = r.client.view;
    // Time costs fast-forward: nobody should sit through a twenty-minute meeting in real time.
    const waiting = v.choices.length === 0 && !v.ended && v.lockedUntil > v.tick;
    r.pacer.speed = store.getState().speed * (waiting ? FAST_FORWARD : 1);
  };

  const afterView = (): void => {
    const r = running;
    if (!r) return;
    const v = r.client.view;
    store.getState().drillUpdated(v);
    syncSpeed();
    audio.setTension(v.values.tension);
    for (const c of cuesFor(v.newEntries)) audio.cue(c.kind, c.caption);
    if (v.ended && store.getState().screen === 'drill') void finish();
  };

  const input = async (i: Parameters<DrillWorkerClient['input']>[0]): Promise<void> => {
    const r = running;
    if (!r || busy) return;
    busy = true;
    try {
      const { outcome } = await r.client.input(i);
      audio.cue('click');
      store.getState().set({ notice: outcome && outcome.applied === 0 ? { key: `drill.reason.${outcome.reason ?? 'none'}`, params: {} } : null });
      afterView();
      await save();
    } catch (e) {
      if (e instanceof DrillWorkerError && e.name === 'DrillInputError') notice('app.error', { message: e.message });
      else fail(e);
    } finally {
      busy = false;
    }
  };

  /**
   * ?agents=N runs a practice drill with another crowd size (benchmarks, demonstrations). An
   * assessment always uses the scenario's crowd: its result file must replay to the recorded score.
   */
  const agentsFor = (bundle: ScenarioBundle, mode: DrillMode): number | undefined => {
    const v = params.get('agents');
    if (v === null || mode !== 'practice') return undefined;
    const [lo, hi] = AGENT_RANGE[bundle.manifest.crowd.preset];
    if (!/^\d+$/.test(v) || Number(v) < lo || Number(v) > hi) {
      throw new Error(t('app.badParam', { name: 'agents', value: v, expected: `${lo} … ${hi}` }));
    }
    return Number(v);
  };

  const startDrill = async (bundle: ScenarioBundle, mode: DrillMode, trainee: Trainee, resume?: ResumePoint): Promise<void> => {
    const agents = resume ? resume.agents : agentsFor(bundle, mode);
    stopDrill();
    store.getState().resetDrill();
    store.getState().set({ screen: 'loading', mode, trainee, scenarioId: bundle.manifest.id, paused: false, speed: 1 });
    const seed = resume?.seed ?? seedFor(mode);
    const worker = new Worker(new URL('./workers/drillWorker.ts', import.meta.url), { type: 'module', name: 'drill' });
    // The story in the trainee's language when the scenario has a translation; a resumed drill keeps its own.
    const language: StoryLanguage = resume?.language ?? (store.getState().locale === 'en' && bundle.storyEn ? 'en' : 'zh');
    const client = await DrillWorkerClient.start(worker, {
      bundle, seed, mode, language, ...(agents !== undefined ? { agents } : {}),
      ...(resume ? { inputs: resume.inputs, untilTick: resume.untilTick } : {}),
    });
    // ?tickMs= shortens the real time per tick (tests and demonstrations run a whole scene in seconds).
    const tickMs = Number(params.get('tickMs') ?? TICK_PERIOD_MS);
    const pacer = new TickPacer({ periodMs: Number.isFinite(tickMs) && tickMs >= 1 ? tickMs : TICK_PERIOD_MS, maxBacklog: MAX_BATCH });
    const venue = client.venue;
    const renderer = params.get('renderer') === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS;
    const pxPerMetre = Math.max(4, Math.min(8, Math.floor(760 / venue.width)));
    const zoneLabel = (z: string) => {
      const n = bundle.manifest.zones[z];
      return n ? (store.getState().locale === 'en' ? n.en : n.zh) : z;
    };
    const game = new Phaser.Game({
      type: renderer, parent: venueHost, width: Math.round(venue.width * pxPerMetre), height: Math.round(venue.height * pxPerMetre),
      backgroundColor: '#d9d4ca', banner: false, audio: { noAudio: true },
      scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
      scene: [new VenueScene({
        source: { venue, get previous() { return client.previous; }, get current() { return client.current; }, alpha: () => pacer.alpha() },
        zoneLabel, focalLabel: t('venue.focal'), pxPerMetre, fontFamily: MAP_FONT_FAMILY, agentScale: 1,
        heat: () => store.getState().heat,
        onZone: (zone) => store.getState().set({ selectedZone: zone, notice: { key: 'drill.zonePicked', params: { zone: zoneLabel(zone) } } }),
      })],
    });
    venueHost.setAttribute('aria-label', t('venue.label'));
    running = { bundle, client, game, pacer, seed, language, startedAt: resume?.startedAt ?? new Date().toISOString(), ...(agents !== undefined ? { agents } : {}) };
    let inFlight = false;
    game.events.on(Phaser.Core.Events.PRE_STEP, (_time: number, delta: number) => {
      const r = running;
      if (!r || r.client !== client) return;
      pacer.advance(delta);
      if (inFlight || busy) return;
      const due = pacer.take(MAX_BATCH);
      if (due <= 0) return;
      inFlight = true;
      client.advance(due).then(() => {
        pacer.frameArrived();
        afterView();
        // Autosave the clock too (every scene minute), so a reload resumes at the same tick.
        // and a batch that lands after a pause saves the tick the drill really stopped at.
        if (client.view.tick % 6 === 0 || pacer.paused) void save();
      }).catch(fail).finally(() => { inFlight = false; });
    });
    // A resumed practice drill waits, paused, for the trainee to find their bearings again.
    if (resume && mode === 'practice') {
      pacer.paused = true;
      store.getState().set({ paused: true });
    }
    store.getState().set({ screen: 'drill' });
    afterView();
    audio.start();
    await save();
  };

  function stopDrill(): void {
    if (!running) return;
    running.game.destroy(true);
    running.client.terminate();
    running = null;
    venueHost.replaceChildren();
  }

  const drillActions = {
    choose: (index: number) => void input({ kind: 'choice', index }),
    act: (action: DrillAction) => void input({ kind: 'action', action }),
    rationale: (text: string) => void input({ kind: 'rationale', prompt: store.getState().view?.rationalePrompt ?? 'free', text }),
    speed: (s: Speed) => { store.getState().set({ speed: s }); syncSpeed(); },
    pause: (p: boolean) => {
      if (store.getState().mode !== 'practice') return;
      if (running) running.pacer.paused = p;
      store.getState().set({ paused: p });
      // A pause is a natural moment to leave: save the exact tick.
      if (p) void save();
    },
    heat: (on: boolean) => store.getState().set({ heat: on }),
    quit: () => void finish(),
  };

  // Keys 1–9 choose (not while typing in a field).
  document.addEventListener('keydown', (e) => {
    if (store.getState().screen !== 'drill' || e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT')) return;
    const n = Number(e.key);
    const choices = store.getState().view?.choices ?? [];
    if (Number.isInteger(n) && n >= 1 && n <= 9 && choices[n - 1]) {
      e.preventDefault();
      drillActions.choose(choices[n - 1]!.index);
    }
  });

  // ----- the debrief ---------------------------------------------------------------------------

  const downloadResult = (): void => {
    const r = running;
    const s = store.getState();
    if (!r || !s.result) return;
    const m = r.bundle.manifest;
    const file: ResultFile = {
      kind: RESULT_KIND, schemaVersion: RESULT_SCHEMA_VERSION, appVersion: APP_VERSION,
      scenario: { id: m.id, version: m.version, contentHash: r.bundle.contentHash }, seed: r.seed, crowd: 'agents', language: r.language, mode: s.mode,
      trainee: s.trainee, startedAt: r.startedAt, finishedAt: new Date().toISOString(), inputs: s.result.inputs, endTick: s.result.endTick,
      logHash: s.result.logHash, score: s.result.score,
    };
    const blob = new Blob([serializeResultFile(file)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    const who = (s.trainee.name || 'trainee').replace(/[\\/:*?"<>|\s]+/g, '_');
    a.download = `${m.id}-${who}-${file.finishedAt.slice(0, 10)}.json`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    notice('drill.resultSaved', { file: a.download });
  };

  // ----- rendering -----------------------------------------------------------------------------

  const render = (): void => {
    const s = store.getState();
    renderHeader(header, { title: t('app.title'), locale: s.locale, muted: s.muted, showMute: true }, {
      onLocale: setLocale,
      onMute: (m) => { audio.setMuted(m); store.getState().set({ muted: m }); savePreferences({ ...loadPreferences(), muted: m }); },
    }, t);
    const old = screen;
    if (s.screen !== 'debrief' && screenKind === 'debrief') disposeDebrief(old);
    const host = screenFor(s.screen);
    switch (s.screen) {
      case 'loading':
        host.textContent = t('app.loading');
        return;
      case 'error':
        host.textContent = t('app.error', { message: s.error ?? '' });
        return;
      case 'picker': {
        const r = resumable;
        renderPicker(host, {
          scenarios: scenarios.map((b) => b.manifest), trainee: s.trainee, mode: s.mode,
          resumable: r ? { scenarioId: r.scenarioId, title: r.scenarioId, clock: r.clock, savedAt: r.savedAt } : null,
        }, {
          onStart: (id, mode, trainee) => {
            const entry = scenarios.find((b) => b.manifest.id === id);
            if (!entry) return;
            savePreferences({ ...loadPreferences(), trainee, mode });
            loadBundle(entry).then((bundle) => startDrill(bundle, mode, trainee)).catch(fail);
          },
          onTraineeChange: (trainee) => { store.getState().set({ trainee }); savePreferences({ ...loadPreferences(), trainee }); },
          onModeChange: (mode) => { store.getState().set({ mode }); savePreferences({ ...loadPreferences(), mode }); },
          onResume: () => {
            const rec = resumable;
            const entry = rec && scenarios.find((b) => b.manifest.id === rec.scenarioId);
            if (!rec || !entry) return;
            resumable = null;
            loadBundle(entry).then((bundle) => startDrill(bundle, rec.mode, rec.trainee, { seed: rec.seed, inputs: rec.inputs, untilTick: rec.tick, startedAt: rec.startedAt, language: rec.language ?? 'zh', ...(rec.agents !== undefined ? { agents: rec.agents } : {}) })).catch(fail);
          },
          onDiscardResume: () => { resumable = null; void autosave?.clear(); render(); },
        }, t, s.locale);
        return;
      }
      case 'drill': {
        const r = running;
        if (!r) return;
        renderDrill(host, { manifest: r.bundle.manifest, state: s, venueHost, locale: s.locale, log: r.client.log }, drillActions, t);
        // The map is hidden during the briefing, where Phaser measured it as nothing: fit it to its
        // box as soon as it shows, not at the scale manager's next poll.
        if (!r.mapShown && (s.view?.phase ?? 0) > 1) {
          r.mapShown = true;
          requestAnimationFrame(() => {
            r.game.scale.getParentBounds();
            r.game.scale.refresh();
          });
        }
        // Keep the newest dialogue line in view.
        if (s.dialogue.length !== shownLines) {
          shownLines = s.dialogue.length;
          const lines = host.querySelector('.lines');
          if (lines) lines.scrollTop = lines.scrollHeight;
        }
        return;
      }
      case 'debrief': {
        const r = running;
        if (!r || !s.result) return;
        renderDebrief(host, {
          manifest: r.bundle.manifest, score: s.result.score, timeline: s.result.timeline, log: s.result.log, mode: s.mode, trainee: s.trainee,
        }, {
          ...(s.mode === 'practice' ? {
            onRetryFrom: (inputIndex: number) => {
              const inputs = s.result?.inputs ?? [];
              const at = inputs[inputIndex];
              if (!at) return;
              startDrill(r.bundle, 'practice', s.trainee, { seed: r.seed, inputs: inputs.slice(0, inputIndex), untilTick: at.tick, startedAt: new Date().toISOString(), language: r.language, ...(r.agents !== undefined ? { agents: r.agents } : {}) }).catch(fail);
            },
          } : { onSaveResult: downloadResult }),
          onPrint: () => window.print(),
          onRestart: () => { stopDrill(); store.getState().resetDrill(); store.getState().set({ screen: 'picker' }); },
        }, t, s.locale);
        return;
      }
    }
  };

  function fail(e: unknown): void {
    console.error(e);
    store.getState().set({ screen: 'error', error: e instanceof Error ? e.message : String(e) });
  }

  let scheduled = false;
  store.subscribe(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => { scheduled = false; render(); });
  });
  store.getState().set({ screen: 'picker' });
  render();
  exposeTestHook(store, () => running);
}
