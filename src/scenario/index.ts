// Public face of scenario loading and validation: the manifest schema, the tag vocabulary and the
// checks between story and manifest. Pure and browser-safe: file reading belongs to the callers.

export * from './manifestSchema';
export * from './drillActions';
export { parseManifest, checkManifestConsistency } from './parseManifest';
export type { ManifestParse } from './parseManifest';
export { parseStoryTag, TAG_NAMES } from './storyTags';
export type { TagContext, TagParse } from './storyTags';
export { scanInkTags } from './inkTagScan';
export type { SourceTag } from './inkTagScan';
export { crossCheckScenario, tagContextOf } from './crossCheck';
export type { ScenarioProblem } from './crossCheck';
export { contentHashOf } from './contentHash';
export { structuralDifference } from './storyStructure';

import type { Manifest } from './manifestSchema';

export type StoryLanguage = 'zh' | 'en';

/** A scenario ready to play: its manifest, compiled stories and content hash. */
export interface ScenarioBundle {
  manifest: Manifest;
  /** The compiled Ink story (JSON text), Chinese. */
  story: string;
  /** The English translation (story.en.ink), structurally identical to `story`, when there is one. */
  storyEn?: string;
  contentHash: string;
}

/** A scenario as the app ships it: the manifest at once, the compiled stories as files to fetch. */
export interface ScenarioEntry {
  manifest: Manifest;
  contentHash: string;
  /** Path of the compiled Chinese story, relative to the page. */
  storyFile: string;
  storyEnFile?: string;
}
