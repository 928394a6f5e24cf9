// Parses scenario.json text into a typed Manifest, or into a list of one-line problems that name
// the field (schema errors) — then checks what a schema cannot: unique ids, sums, zone names.

import * as v from 'valibot';
import { zoneNamesOf } from '../sim';
import { ManifestSchema, type Manifest } from './manifestSchema';

export type ManifestParse = { ok: true; manifest: Manifest } | { ok: false; problems: string[] };

function pathOf(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((p) => String(p.key));
  return keys.length === 0 ? '(top level)' : keys.join('.');
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

/** The problems a valid-shaped manifest may still have. */
export function checkManifestConsistency(m: Manifest): string[] {
  const problems: string[] = [];
  const unique = (what: string, ids: readonly string[]) => {
    for (const d of duplicates(ids)) problems.push(`${what}: id "${d}" is declared twice`);
  };
  unique('departments', m.departments.map((d) => d.id));
  unique('characters', m.characters.map((c) => c.id));
  unique('injects', m.injects.map((i) => i.id));
  unique('endings', m.endings.map((e) => e.id));
  unique('doctrine', m.doctrine.map((d) => d.id));
  unique('rubric.categories', m.rubric.categories.map((c) => c.id));
  unique('rubric.redLines', m.rubric.redLines.map((r) => r.id));
  if (m.venue.preset !== m.crowd.preset) problems.push(`venue.preset: "${m.venue.preset}" differs from crowd.preset "${m.crowd.preset}"`);
  const simZones = zoneNamesOf(m.crowd.preset);
  for (const z of Object.keys(m.zones)) {
    if (!simZones.includes(z)) problems.push(`zones.${z}: not a zone of the "${m.crowd.preset}" venue (${simZones.join(', ')})`);
  }
  for (const z of simZones) if (!Object.hasOwn(m.zones, z)) problems.push(`zones: the venue's zone "${z}" has no name`);
  const departments = new Set(m.departments.map((d) => d.id));
  m.injects.forEach((inj, i) => {
    if (inj.when.arrived !== undefined && !departments.has(inj.when.arrived)) {
      problems.push(`injects.${i}.when.arrived: unknown department "${inj.when.arrived}"`);
    }
  });
  let total = 0;
  m.rubric.categories.forEach((c, ci) => {
    total += c.weight;
    unique(`rubric.categories.${ci}.criteria`, c.criteria.map((k) => k.id));
    const sum = c.criteria.reduce((s, k) => s + k.points, 0);
    if (Math.abs(sum - c.weight) > 1e-9) problems.push(`rubric.categories.${ci} (${c.id}): criteria points sum to ${sum}, weight is ${c.weight}`);
    c.criteria.forEach((k, ki) => {
      const r = k.rule;
      if (r.kind === 'firstWithin' && r.event && 'department' in r.event && !departments.has(r.event.department)) {
        problems.push(`rubric.categories.${ci}.criteria.${ki}.rule.event.department: unknown department "${r.event.department}"`);
      }
      if (r.kind === 'peak' && r.good >= r.bad) problems.push(`rubric.categories.${ci}.criteria.${ki}.rule: good must be below bad`);
    });
  });
  if (Math.abs(total - 100) > 1e-9) problems.push(`rubric.categories: weights sum to ${total}, expected 100`);
  const b = m.rubric.bands;
  if (b && !(b.优秀 > b.良好 && b.良好 > b.合格)) problems.push('rubric.bands: must satisfy 优秀 > 良好 > 合格');
  if (m.clock.limitMinutes !== undefined && !m.endings.some((e) => e.outcome === 'failed')) {
    problems.push('clock.limitMinutes: needs an ending with outcome "failed" to end the drill when time runs out');
  }
  return problems;
}

/** Parses manifest JSON text; every problem is one line naming the field. */
export function parseManifest(text: string): ManifestParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [`not valid JSON: ${e instanceof Error ? e.message : String(e)}`] };
  }
  const r = v.safeParse(ManifestSchema, raw);
  if (!r.success) return { ok: false, problems: r.issues.map((i) => `${pathOf(i)}: ${i.message}`) };
  const problems = checkManifestConsistency(r.output);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, manifest: r.output };
}
