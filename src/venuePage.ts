// Composition root of the venue page (?view=venue): the crowd model alone on the map, for benchmarks,
// calibration by eye and the worker-determinism test — the simulation worker and its client, the
// fixed-step pacer, the UI store, the Phaser game and the DOM panel.
// URL parameters: ?preset=taxi|rent|housing|epstein &seed=N &agents=N &renderer=canvas|webgl
// &speed=1|2|4 &paused=1 &lang=zh-CN|en
import Phaser from 'phaser';
import './ui/panel.css';
import './ui/venuePage.css';
import { AGENT_RANGE, type ActionItem, type PresetName, type SimEvent } from './sim';
import { createTranslator, isMessageKey, resolveLocale } from './i18n';
import { createUiStore, type OfficerCounts, type Speed } from './store';
import { commandButtonsFor, createEventDigest, mountControlPanel, type CommandButton } from './ui';
import { MAP_FONT_FAMILY, VenueScene } from './scenes';
import { SimWorkerClient, SimWorkerError } from './workers/simClient';
import type { SimSetup } from './workers/simProtocol';
import { TickPacer } from './workers/tickPacer';

/** Real time per tick at 1× (a tick is 10 s of scene time): 40× real time. */
const TICK_PERIOD_MS = 250;
/** At most this many ticks per worker request, and owed at once. */
const MAX_BATCH = 8;
/** Scene clock at tick 0 (09:12, as in the design's example); scenario manifests will set it. */
const SCENE_START_SECONDS = 9 * 3600 + 12 * 60;
/** Indicators reach the store at most this often (~4×/s). */
const STORE_PUSH_MS = 240;

class BadParam extends Error {}

const params = new URLSearchParams(location.search);
const t = createTranslator(resolveLocale(params.get('lang')));
document.documentElement.lang = resolveLocale(params.get('lang'));
document.title = t('app.title');

function choice<T extends string>(name: string, options: readonly T[], fallback: T): T {
  const v = params.get(name);
  if (v === null) return fallback;
  if ((options as readonly string[]).includes(v)) return v as T;
  throw new BadParam(t('app.badParam', { name, value: v, expected: options.join(' / ') }));
}
function integer(name: string): number | undefined {
  const v = params.get(name);
  if (v === null) return undefined;
  if (!/^\d+$/.test(v)) throw new BadParam(t('app.badParam', { name, value: v, expected: '0, 1, 2 …' }));
  return Number(v);
}

const store = createUiStore();
const appRoot = document.createElement('div');
appRoot.id = 'app';
const venueRoot = document.createElement('main');
venueRoot.id = 'venue';
venueRoot.setAttribute('aria-label', t('venue.label'));
const panelRoot = document.createElement('aside');
panelRoot.id = 'panel';
appRoot.append(venueRoot, panelRoot);
document.getElementById('root')!.append(appRoot);

function zoneLabel(preset: PresetName): (zone: string) => string {
  return (zone) => {
    const key = `zone.${preset}.${zone}`;
    return isMessageKey(key) ? t(key) : zone;
  };
}

async function start(): Promise<void> {
  const preset = choice<PresetName>('preset', ['taxi', 'rent', 'housing', 'epstein'], 'taxi');
  const renderer = choice('renderer', ['canvas', 'webgl'], 'canvas');
  const speed = Number(choice('speed', ['1', '2', '4'], '1')) as Speed;
  const setup: SimSetup = { preset, seed: integer('seed') ?? 1 };
  const agents = integer('agents');
  const range = AGENT_RANGE[setup.preset];
  if (agents !== undefined && (agents < range[0] || agents > range[1])) {
    throw new BadParam(t('app.badParam', { name: 'agents', value: String(agents), expected: `${range[0]} … ${range[1]}` }));
  }
  if (agents !== undefined) setup.agents = agents;

  const worker = new Worker(new URL('./workers/simWorker.ts', import.meta.url), { type: 'module', name: 'sim' });
  const client = await SimWorkerClient.start(worker, setup);
  const pacer = new TickPacer({ periodMs: TICK_PERIOD_MS, maxBacklog: MAX_BATCH });
  pacer.speed = speed;
  pacer.paused = params.get('paused') === '1';
  store.getState().setSpeed(speed);
  store.getState().setPaused(pacer.paused);
  const labelOf = zoneLabel(preset);

  const officerCounts = (): OfficerCounts => {
    const c: OfficerCounts = { liaison: 0, uniform: 0, cordon: 0, riot: 0 };
    const postures = ['liaison', 'uniform', 'cordon', 'riot'] as const;
    const s = client.current;
    for (let j = 0; j < s.officerCount; j++) {
      const p = postures[s.oposture[j]!];
      if (s.ostatus[j] === 0 && p) c[p]++;
    }
    return c;
  };

  // Sim → store, at most ~4×/s.
  const showEvent = createEventDigest(30);
  let lastPush = 0;
  const push = (force: boolean): void => {
    const now = performance.now();
    if (!force && now - lastPush < STORE_PUSH_MS) return;
    lastPush = now;
    store.getState().simUpdated(client.indicators(), officerCounts());
  };
  const logEvents = (events: readonly SimEvent[]): void => {
    for (const e of events) {
      if (e.kind === 'noEffect' || !showEvent(e)) continue; // noEffect is reported with its command
      const key = `event.${e.kind}`;
      if (!isMessageKey(key)) continue;
      store.getState().log('event', key, { level: e.level ?? '', zone: e.zone === 'none' ? '' : labelOf(e.zone) });
    }
  };

  // The fixed-step loop, driven by Phaser's frame loop; one worker request in flight at a time.
  let inFlight = false;
  const stepNow = async (ticks: number): Promise<void> => {
    inFlight = true;
    try {
      const report = await client.step(ticks);
      pacer.frameArrived();
      logEvents(report.events);
      push(pacer.paused);
    } finally {
      inFlight = false;
    }
  };
  const frame = (delta: number): void => {
    pacer.advance(delta);
    if (inFlight) return;
    const due = pacer.take(MAX_BATCH);
    if (due > 0) stepNow(due).catch(fail);
  };

  const issue = async (button: CommandButton): Promise<void> => {
    const command = t(button.label);
    try {
      const r = await client.apply(button.command);
      if (r.applied === 0 && (r.reason || r.note)) {
        const key = `noEffect.${r.reason ?? ''}`;
        store.getState().log('command', 'msg.noEffect', { command, note: isMessageKey(key) ? t(key) : (r.note ?? '') });
      }
      else if (button.command.command === 'deploy') store.getState().log('command', 'msg.deployed', { command, n: r.applied });
      else store.getState().log('command', 'msg.applied', { command });
    } catch (err) {
      if (err instanceof SimWorkerError && err.name === 'SimInputError') {
        store.getState().log('error', 'msg.rejected', { command, message: err.message });
      } else fail(err);
    }
  };

  // The deployment buttons target the preset's focal zone, where a baseline deployment meets the crowd.
  const deployZone = client.venue.focalZone ?? client.venue.zones[0]?.name ?? 'world';
  mountControlPanel(panelRoot, {
    store, t, commands: commandButtonsFor(deployZone), zoneLabel: labelOf, deployZone,
    onCommand: (b) => void issue(b),
    onSpeed: (s) => { pacer.speed = s; store.getState().setSpeed(s); },
    onPause: (p) => { pacer.paused = p; store.getState().setPaused(p); push(true); },
  });

  const { venue } = client;
  // Backing store ≈ displayed size: a larger canvas only costs raster time to be scaled down again.
  const dpr = Math.min(2, window.devicePixelRatio || 1);
  const fit = Math.min(venueRoot.clientWidth / venue.width, venueRoot.clientHeight / venue.height) * dpr;
  const pxPerMetre = Math.min(32, Math.max(4, Math.round(fit * 4) / 4));
  const game = new Phaser.Game({
    type: renderer === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS,
    parent: venueRoot,
    width: Math.round(venue.width * pxPerMetre),
    height: Math.round(venue.height * pxPerMetre),
    backgroundColor: '#d9d4ca',
    banner: false,
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene: [new VenueScene({
      source: { venue, get previous() { return client.previous; }, get current() { return client.current; }, alpha: () => pacer.alpha() },
      zoneLabel: labelOf, focalLabel: t('venue.focal'), pxPerMetre, fontFamily: MAP_FONT_FAMILY,
      agentScale: preset === 'epstein' ? 0.5 : 1,
    })],
  });
  game.events.on(Phaser.Core.Events.PRE_STEP, (_time: number, delta: number) => frame(delta));
  game.canvas.setAttribute('aria-label', t('venue.label'));
  game.canvas.setAttribute('role', 'img');

  store.getState().started(preset, SCENE_START_SECONDS, client.indicators());
  push(true);

  // Test and diagnostics hook (tests/e2e). Read-only apart from `step`, which the page offers anyway.
  window.__shapan = {
    ready: true,
    preset,
    renderer: game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas',
    indicators: () => client.indicators(),
    hash: () => client.hash(),
    step: async (ticks: number) => {
      while (inFlight) await new Promise((r) => setTimeout(r, 5));
      await stepNow(ticks);
      return client.tick;
    },
    runHash: (s: SimSetup, ticks: number, actions: ActionItem[] = []) => client.runHash(s, ticks, actions),
    fps: () => game.loop.actualFps,
  };
}

function fail(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  store.getState().failed(message);
  console.error(err);
}

declare global {
  interface Window {
    __shapan?: {
      ready: boolean;
      preset: PresetName;
      renderer: 'canvas' | 'webgl';
      indicators: () => unknown;
      hash: () => Promise<string>;
      step: (ticks: number) => Promise<number>;
      runHash: (setup: SimSetup, ticks: number, actions?: ActionItem[]) => Promise<string>;
      fps: () => number;
    };
  }
}

// A bad URL parameter or a failing worker shows a message in the panel, never a blank page.
const failureOnlyPanel = (err: unknown): void => {
  if (!panelRoot.hasChildNodes()) {
    const p = document.createElement('p');
    p.className = 'status fatal';
    p.setAttribute('role', 'alert');
    p.textContent = err instanceof BadParam ? err.message : t('app.error', { message: err instanceof Error ? err.message : String(err) });
    panelRoot.append(p);
  }
  fail(err);
};
/** Starts the venue page. */
export function startVenuePage(): void {
  start().catch(failureOnlyPanel);
}
