// One thread's share of the checker's random playthroughs: plays its seeds and gathers endings, knots,
// dead ends, errors and scores. Runs on the CLI's thread or in a worker thread (playthroughWorker.ts).

import { Drill, playHeadless, randomChoices, type CrowdFidelity } from '../drill';
import type { ScenarioBundle } from '../scenario';
import { scoreDrill, type Band } from '../scoring';
import { InkStory } from '../story';

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

/** What a checker thread posts: progress while it plays, then its batch. */
export type WorkerReport = { kind: 'progress'; played: number } | { kind: 'done'; batch: PlaythroughBatch };
