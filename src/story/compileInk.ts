// Compiles Ink source to the runtime's JSON with inkjs's compiler (Node and build time only:
// the browser ships just the runtime). Errors come back as { file, line, message }, never thrown.

import { Compiler, CompilerOptions } from 'inkjs/full';

export interface InkDiagnostic {
  file: string;
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface CompileResult {
  /** The compiled story as JSON text (what `new Story(json)` takes); null when there were errors. */
  json: string | null;
  diagnostics: InkDiagnostic[];
  /** Every file the compile read (the main one and its INCLUDEs), for watchers. */
  files: string[];
}

/** Reads an included file by its name relative to the main file's folder; throws if missing. */
export type ReadInclude = (name: string) => string;

// inkjs formats messages as "ERROR: 'file.ink' line 12: text" (or without the file name).
const MESSAGE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']+)'\s+)?line (\d+):\s*(.*)$/s;

/** Turns one compiler message into a diagnostic that names its file and line. */
export function parseInkMessage(raw: string, mainFile: string, severity: 'error' | 'warning'): InkDiagnostic {
  const m = MESSAGE.exec(raw.trim());
  if (!m) return { file: mainFile, line: 0, message: raw.trim(), severity };
  return { file: m[2] ?? mainFile, line: Number(m[3]), message: (m[4] ?? '').trim(), severity };
}

/** Compiles `source` (the text of `mainFile`), reading INCLUDEs through `readInclude`. */
export function compileInk(source: string, mainFile: string, readInclude: ReadInclude): CompileResult {
  const diagnostics: InkDiagnostic[] = [];
  const files = [mainFile];
  const fileHandler = {
    ResolveInkFilename: (name: string) => name,
    LoadInkFileContents: (name: string) => {
      if (name === mainFile) return source;
      files.push(name);
      return readInclude(name);
    },
  };
  const onMessage = (message: string, type: number) => {
    // ErrorType: 0 author (TODO), 1 warning, 2 error.
    if (type === 2) diagnostics.push(parseInkMessage(message, mainFile, 'error'));
    else if (type === 1) diagnostics.push(parseInkMessage(message, mainFile, 'warning'));
  };
  // countAllVisits: the checker reports knots no playthrough entered, which needs every visit counted.
  const options = new CompilerOptions(mainFile, [], true, onMessage, fileHandler as never);
  const compiler = new Compiler(source, options);
  try {
    const story = compiler.Compile();
    if (diagnostics.some((d) => d.severity === 'error')) return { json: null, diagnostics, files };
    return { json: story.ToJson() ?? null, diagnostics, files };
  } catch (e) {
    if (!diagnostics.some((d) => d.severity === 'error')) {
      diagnostics.push({ file: mainFile, line: 0, message: e instanceof Error ? e.message : String(e), severity: 'error' });
    }
    return { json: null, diagnostics, files };
  }
}
