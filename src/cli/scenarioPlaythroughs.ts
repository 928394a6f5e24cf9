// Random playthroughs of one built scenario for the checker: which endings and knots they reach,
// dead ends, runtime errors, and the score distribution. Seeds are shared out to worker threads.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Drill, playHeadless, randomChoices, type CrowdFidelity } from '../drill';
import type { ScenarioBundle } from '../scenario';
import { scoreDrill, type Band } from '../scoring';
import { InkStory } from '../story';
import { median } from '../sim/epstein/seriesStats';
import { bundleWorker } from './workerBundle';

/** What one batch of playthroughs found (plain data: it crosses thread boundaries). */
export interface PlaythroughBatch {
  runs: number;
  endings: Record<string, number>;
  knots: string[];
  deadEnds: number;
  deadEndExamples: string[];
  timeLimits: number;
  errors: string[];
  totals: number[];
  bands: Record<Band, number>;
  decisionPoints: string[];
}

export interface PlaythroughReport extends PlaythroughBatch {
  scores: { min: number; median: number; max: number; bands: Record<Band, number> };
  seconds: number;
  workers: number;
}

/** Told how many playthroughs have been played so far (after each one: listeners throttle). */
export type ProgressListener = (played: number) => void;

/** Plays one playthrough per seed (the seed drives both the crowd and the random choices). */
export function playSeeds(bundle: ScenarioBundle, seeds: readonly number[], crowd: CrowdFidelity, progress?: ProgressListener): PlaythroughBatch {
  const b: PlaythroughBatch = {
    runs: seeds.length, endings: {}, knots: [], deadEnds: 0, deadEndExamples: [], timeLimits: 0, errors: [], totals: [],
    bands: { 优秀: 0, 良好: 0, 合格: 0, 不合格: 0 }, decisionPoints: [],
  };
  const story = new InkStory(bundle.story, 1);
  const knots = story.knots();
  const visited = new Set<string>();
  const dps = new Set<string>();
  let played = 0;
  for (const seed of seeds) {
    if (played > 0) progress?.(played);
    played++;
    let drill: Drill;
    try {
      drill = playHeadless(new Drill({ scenario: bundle, seed, crowd, explain: false, reuseStory: story }), randomChoices(seed));
    } catch (e) {
      if (b.errors.length < 20) b.errors.push(`seed ${seed}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const end = drill.ended;
    if (end?.reason === 'deadEnd') {
      b.deadEnds++;
      const last = [...drill.log].reverse().find((e) => e.type === 'line');
      if (b.deadEndExamples.length < 5) b.deadEndExamples.push(`seed ${seed}: after "${last && last.type === 'line' ? last.text.slice(0, 40) : ''}"`);
    }
    if (end?.reason === 'timeLimit') b.timeLimits++;
    if (end?.ending) b.endings[end.ending] = (b.endings[end.ending] ?? 0) + 1;
    for (const e of drill.log) if (e.type === 'marker' && e.marker.kind === 'dp') dps.add(e.marker.id);
    for (const k of knots) if (!visited.has(k) && drill.storyVisits(k) > 0) visited.add(k);
    const score = scoreDrill(bundle.manifest, drill.log);
    b.totals.push(score.total);
    b.bands[score.band]++;
  }
  b.knots = [...visited];
  b.decisionPoints = [...dps];
  return b;
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

/** What a checker thread posts: progress while it plays, then its batch. */
export type WorkerReport = { kind: 'progress'; played: number } | { kind: 'done'; batch: PlaythroughBatch };

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
