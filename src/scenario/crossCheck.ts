// Checks a scenario's story against its manifest: every tag parses, every name is declared,
// every inject knot exists, every rubric mark can be earned. Problems carry file and line.

import type { Manifest } from './manifestSchema';
import type { SourceTag } from './inkTagScan';
import { parseStoryTag, type TagContext } from './storyTags';

export interface ScenarioProblem {
  file: string;
  line?: number;
  message: string;
}

/** The declarations a scenario's tags are checked against. */
export function tagContextOf(m: Manifest): TagContext {
  return {
    preset: m.crowd.preset,
    departments: new Set(m.departments.map((d) => d.id)),
    characters: new Set(m.characters.map((c) => c.id)),
    endings: new Set(m.endings.map((e) => e.id)),
    principles: new Set(m.doctrine.map((d) => d.id)),
  };
}

/** Marks the rubric scores (criteria, red lines by mark, bonus). */
function rubricMarks(m: Manifest): Map<string, string> {
  const marks = new Map<string, string>();
  for (const c of m.rubric.categories) {
    for (const k of c.criteria) {
      if (k.rule.kind === 'marks') for (const id of Object.keys(k.rule.marks)) marks.set(id, `rubric criterion ${c.id}.${k.id}`);
      if (k.rule.kind === 'firstWithin' && 'mark' in k.rule.event) marks.set(k.rule.event.mark, `rubric criterion ${c.id}.${k.id}`);
    }
  }
  for (const id of Object.keys(m.rubric.bonus?.marks ?? {})) marks.set(id, 'rubric bonus');
  return marks;
}

/** All problems between the story's tags and knots and the manifest. */
export function crossCheckScenario(m: Manifest, manifestFile: string, tags: readonly SourceTag[], knots: readonly string[]): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const ctx = tagContextOf(m);
  const storyMarks = new Set<string>();
  const storyEndings = new Set<string>();
  for (const t of tags) {
    if (t.dynamic) continue;
    const r = parseStoryTag(t.text, ctx);
    if (!r.ok) {
      problems.push({ file: t.file, line: t.line, message: r.error });
      continue;
    }
    if (r.tag.kind === 'mark') storyMarks.add(r.tag.id);
    if (r.tag.kind === 'ending') storyEndings.add(r.tag.id);
  }
  const knotSet = new Set(knots);
  m.injects.forEach((inj, i) => {
    const knot = inj.knot.split('.')[0] ?? inj.knot;
    if (!knotSet.has(knot)) problems.push({ file: manifestFile, message: `injects.${i}.knot: no knot "${inj.knot}" in the story` });
  });
  const wanted = rubricMarks(m);
  for (const [id, where] of wanted) {
    if (!storyMarks.has(id)) problems.push({ file: manifestFile, message: `${where} scores mark "${id}", but no "# mark: ${id}" tag exists in the story` });
  }
  for (const t of tags) {
    if (t.dynamic) continue;
    const r = parseStoryTag(t.text, ctx);
    if (r.ok && r.tag.kind === 'mark' && !wanted.has(r.tag.id)) {
      problems.push({ file: t.file, line: t.line, message: `mark "${r.tag.id}" is not scored anywhere in the rubric (a typo?)` });
    }
  }
  for (const e of m.endings) {
    if (!storyEndings.has(e.id) && e.outcome !== 'failed') {
      problems.push({ file: manifestFile, message: `endings: "${e.id}" is declared but no "# ending: ${e.id}" tag exists in the story` });
    }
  }
  return problems;
}
