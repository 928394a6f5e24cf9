// Public face of the Ink adapter. The compiler (inkjs/full) is not re-exported here: only Node
// tools and the build import src/story/compileInk.ts, so the browser bundle carries the runtime alone.

export { InkStory, StoryRuntimeError, EXTERNAL_NAMES, NUMBER_EXTERNALS } from './inkStory';
export type { StoryValues, StoryLine, StoryChoice, StorySave } from './inkStory';
