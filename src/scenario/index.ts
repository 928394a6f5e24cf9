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

import type { Manifest } from './manifestSchema';

/** A scenario ready to play: its manifest, compiled story and content hash. */
export interface ScenarioBundle {
  manifest: Manifest;
  /** The compiled Ink story (JSON text). */
  story: string;
  contentHash: string;
}
