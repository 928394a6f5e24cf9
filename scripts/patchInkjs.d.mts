// Types of patchInkjs.mjs for the TypeScript side (tests/inkjsPatch.test.ts).
export const INKJS_VERSION: string;
export const RUNTIME: string;
export const PATCHES: ReadonlyArray<readonly [why: string, before: string, after: string]>;
export function patchSource(source: string): string;
