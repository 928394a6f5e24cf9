// A read-only test and diagnostics hook on window (tests/e2e read the drill's state through it
// instead of scraping the DOM). It exposes no way to change anything.
import type Phaser from 'phaser';
import type { AppStore } from './store';
import type { DrillWorkerClient } from './workers/drillClient';

/** The parts of a running drill the hook reads. */
export interface HookedDrill {
  client: DrillWorkerClient;
  game: Phaser.Game;
}

export function exposeTestHook(store: AppStore, running: () => HookedDrill | null): void {
  window.__drill = {
    screen: () => store.getState().screen,
    tick: () => running()?.client.view.tick ?? -1,
    inputs: () => running()?.client.inputs ?? [],
    values: () => running()?.client.view.values ?? null,
    fps: () => running()?.game.loop.actualFps ?? 0,
    crowdSlots: () => running()?.client.current.count ?? 0,
    cordonSegments: () => running()?.client.current.cordonCount ?? 0,
  };
}

declare global {
  interface Window {
    __drill?: {
      screen: () => string;
      tick: () => number;
      inputs: () => unknown[];
      values: () => unknown;
      fps: () => number;
      /** Citizen slots in the latest snapshot (the crowd plus those who left or were arrested). */
      crowdSlots: () => number;
      /** Police line segments in the latest snapshot. */
      cordonSegments: () => number;
    };
  }
}
