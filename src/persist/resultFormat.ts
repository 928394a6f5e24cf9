// The result file's format: its kind, schema version, shape and serialisation. Dependency-free, so the
// page can write result files without loading the replay engine (resultFile.ts parses and verifies).
import type { CrowdFidelity, DrillInput } from '../drill';
import type { Score } from '../scoring';
import type { StoryLanguage } from '../scenario';

export const RESULT_SCHEMA_VERSION = 1;
export const RESULT_KIND = 'shapan-result';

export interface ResultFile {
  kind: typeof RESULT_KIND;
  schemaVersion: number;
  appVersion: string;
  scenario: { id: string; version: string; contentHash: string };
  seed: number;
  crowd: CrowdFidelity;
  /** The story's language (absent in files from before translations existed: Chinese). */
  language?: StoryLanguage;
  mode: 'practice' | 'assessment';
  trainee: { name: string; unit: string; id: string };
  startedAt: string;
  finishedAt: string;
  inputs: DrillInput[];
  endTick: number;
  logHash: string;
  score: Score;
}

/** Serialises a result (stable key order, one trailing newline). */
export function serializeResultFile(r: ResultFile): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}

