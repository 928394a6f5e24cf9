// Public face of persistence: result files (parse, serialise, verify by replay).

export { parseResultFile, serializeResultFile, verifyResult, ResultFileError, RESULT_SCHEMA_VERSION, RESULT_KIND } from './resultFile';
export type { ResultFile, Verification } from './resultFile';
export { openAutosave } from './autosave';
export type { AutosaveRecord, AutosaveStore } from './autosave';
