// Random playthroughs of one built scenario for the checker, shared out to worker threads (each runs an
// esbuild bundle of playthroughWorker.ts), their batches merged into one report.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CrowdFidelity } from '../drill';
import type { ScenarioBundle } from '../scenario';
import type { Band } from '../scoring';
import { median } from '../sim/epstein/seriesStats';
import { playSeeds, type PlaythroughBatch, type ProgressListener, type WorkerReport } from './scenarioPlayer';
import { bundleWorker } from './workerBundle';

export type { ProgressListener } from './scenarioPlayer';

export interface PlaythroughReport extends PlaythroughBatch {
  scores: { min: number; median: number; max: number; bands: Record<Band, number> };
  seconds: number;
  workers: number;
}

function merge(parts: readonly PlaythroughBatch[], seconds: number, workers: number): PlaythroughReport {
  const r: PlaythroughReport = {
    runs: 0, endings: {}, knots: [], deadEnds: 0, deadEndExamples: [], timeLimits: 0, errors: [], totals: [],
    bands: { 优秀: 0, 良好: 0, 合格: 0, 不合格: 0 }, decisionPoints: [],
    scores: { min: 0, median: 0, max: 0, bands: { 优秀: 0, 良好: 0, 合格: 0, 不合格: 0 } }, seconds, workers,
  };
  const knots = new Set<string>();
  const dps = new Set<string>();
  for (const p of parts) {
    r.runs += p.runs;
    for (const [e, n] of Object.entries(p.endings)) r.endings[e] = (r.endings[e] ?? 0) + n;
    p.knots.forEach((k) => knots.add(k));
    p.decisionPoints.forEach((d) => dps.add(d));
    r.deadEnds += p.deadEnds;
    r.deadEndExamples.push(...p.deadEndExamples.slice(0, 5 - r.deadEndExamples.length));
    r.timeLimits += p.timeLimits;
    r.errors.push(...p.errors.slice(0, 20 - r.errors.length));
    r.totals.push(...p.totals);
    for (const k of Object.keys(r.bands) as Band[]) r.bands[k] += p.bands[k];
  }
  r.knots = [...knots];
  r.decisionPoints = [...dps];
  if (r.totals.length > 0) {
    r.scores = { min: Math.min(...r.totals), median: median(r.totals), max: Math.max(...r.totals), bands: r.bands };
  } else r.scores.bands = r.bands;
  return r;
}

function runInWorker(code: URL, bundle: ScenarioBundle, seeds: number[], crowd: CrowdFidelity, progress: ProgressListener): Promise<PlaythroughBatch> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { workerData: { bundle, seeds, crowd } });
    worker.on('message', (m: WorkerReport) => {
      if (m.kind === 'progress') {
        progress(m.played);
        return;
      }
      resolve(m.batch);
      void worker.terminate();
    });
    worker.once('error', reject);
    // A thread that dies without an error event (out of memory, process.exit) would otherwise leave
    // the check waiting forever; after its batch arrived this rejection is a no-op.
    worker.once('exit', (exitCode) => reject(new Error(`a checker thread stopped (exit code ${exitCode}) before reporting its playthroughs`)));
  });
}

/**
 * Plays `runs` seeded random playthroughs (seeds 1 … runs) on up to `workers` threads;
 * `now` reads the wall clock in ms; `progress` hears the total played so far, now and then.
 */
export async function playRandomly(
  bundle: ScenarioBundle, runs: number, crowd: CrowdFidelity, now: () => number, workers = Math.min(4, availableParallelism()),
  progress?: ProgressListener,
): Promise<PlaythroughReport> {
  const seeds = Array.from({ length: runs }, (_, i) => i + 1);
  // Starting a thread costs about a third of a second (bundling, loading, the engine's first slow
  // playthroughs); small runs stay on this one.
  const threads = runs < 100 ? 1 : Math.max(1, workers);
  const t0 = now();
  if (threads === 1) return merge([playSeeds(bundle, seeds, crowd, progress)], (now() - t0) / 1000, 1);
  const code = await bundleWorker(new URL('./playthroughWorker.ts', import.meta.url));
  try {
    const shares = Array.from({ length: threads }, (_, w) => seeds.filter((s) => s % threads === w));
    const played = new Array<number>(threads).fill(0);
    const report = (w: number) => (n: number): void => {
      played[w] = n;
      progress?.(played.reduce((a, b) => a + b, 0));
    };
    const parts = await Promise.all(shares.map((s, w) => runInWorker(code.url, bundle, s, crowd, report(w))));
    return merge(parts, (now() - t0) / 1000, threads);
  } finally {
    code.dispose();
  }
}
