// Builds a scenario folder into a playable bundle (Node): reads scenario.json and story.ink,
// compiles the story, validates manifest and tags, and reports every problem with file and line.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  contentHashOf, crossCheckScenario, parseManifest, scanInkTags, structuralDifference, type Manifest, type ScenarioBundle, type ScenarioProblem, type SourceTag,
} from '../scenario';
import { InkStory } from '../story';
import { compileInk } from '../story/compileInk';

export interface ScenarioBuild {
  dir: string;
  bundle: ScenarioBundle | null;
  problems: ScenarioProblem[];
  tags: SourceTag[];
  knots: string[];
  /** Choice lines (`*` or `+`) in the source files. */
  choiceLines: number;
}

/** Where the scenarios live by default. */
export const SCENARIOS_DIR = 'scenarios';

/** Resolves `<id>` or a path to a scenario folder. */
export function resolveScenarioDir(idOrDir: string, root = process.cwd()): string {
  if (existsSync(path.join(idOrDir, 'scenario.json'))) return path.resolve(idOrDir);
  return path.resolve(root, SCENARIOS_DIR, idOrDir);
}

function rel(p: string): string {
  const r = path.relative(process.cwd(), p);
  return r.startsWith('..') ? p : r;
}

/** Reads and checks one scenario folder; `bundle` is null when anything is wrong. */
export function buildScenario(dir: string): ScenarioBuild {
  const problems: ScenarioProblem[] = [];
  const manifestPath = path.join(dir, 'scenario.json');
  const storyPath = path.join(dir, 'story.ink');
  const out: ScenarioBuild = { dir, bundle: null, problems, tags: [], knots: [], choiceLines: 0 };
  if (!existsSync(dir)) {
    problems.push({ file: rel(dir), message: 'no such scenario folder' });
    return out;
  }
  let manifest: Manifest | null = null;
  if (!existsSync(manifestPath)) problems.push({ file: rel(manifestPath), message: 'missing: every scenario needs a scenario.json manifest' });
  else {
    const parsed = parseManifest(readFileSync(manifestPath, 'utf8'));
    if (parsed.ok) manifest = parsed.manifest;
    else for (const p of parsed.problems) problems.push({ file: rel(manifestPath), message: p });
    if (manifest && manifest.id !== path.basename(dir)) {
      problems.push({ file: rel(manifestPath), message: `id: "${manifest.id}" must equal the folder name "${path.basename(dir)}"` });
    }
  }
  if (!existsSync(storyPath)) {
    problems.push({ file: rel(storyPath), message: 'missing: every scenario needs a story.ink' });
    return out;
  }
  const sources = new Map<string, string>();
  const read = (name: string): string => {
    const text = readFileSync(path.join(dir, name), 'utf8');
    sources.set(name, text);
    return text;
  };
  const compiled = compileInk(read('story.ink'), 'story.ink', read);
  for (const d of compiled.diagnostics) {
    if (d.severity === 'error') problems.push({ file: rel(path.join(dir, d.file)), line: d.line, message: d.message });
  }
  for (const [name, text] of sources) {
    out.tags.push(...scanInkTags(text, rel(path.join(dir, name))));
    out.choiceLines += text.split('\n').filter((l) => /^\s*[*+]/.test(l)).length;
  }
  if (compiled.json === null) return out;
  out.knots = new InkStory(compiled.json, 1).knots();
  if (!manifest) return out;
  problems.push(...crossCheckScenario(manifest, rel(manifestPath), out.tags, out.knots));
  const storyEn = compileTranslation(dir, compiled.json, problems);
  if (problems.length > 0) return out;
  const parts = [JSON.stringify(manifest), compiled.json, ...(storyEn ? [storyEn] : [])];
  out.bundle = { manifest, story: compiled.json, ...(storyEn ? { storyEn } : {}), contentHash: contentHashOf(parts) };
  return out;
}

/** Compiles story.en.ink when the folder has one and checks it matches the Chinese story's structure. */
function compileTranslation(dir: string, zhJson: string, problems: ScenarioProblem[]): string | null {
  const enPath = path.join(dir, 'story.en.ink');
  if (!existsSync(enPath)) return null;
  const read = (name: string): string => readFileSync(path.join(dir, name), 'utf8');
  const compiled = compileInk(read('story.en.ink'), 'story.en.ink', read);
  for (const d of compiled.diagnostics) {
    if (d.severity === 'error') problems.push({ file: rel(path.join(dir, d.file)), line: d.line, message: d.message });
  }
  if (compiled.json === null) return null;
  const diff = structuralDifference(zhJson, compiled.json);
  if (diff) {
    problems.push({ file: rel(enPath), message: `story.en.ink differs in structure from story.ink (only text may differ): ${diff}` });
    return null;
  }
  return compiled.json;
}

/** One line per problem: "file:line: message". */
export function formatProblem(p: ScenarioProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;
}
