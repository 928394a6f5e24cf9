// Structural identity of two compiled Ink stories: the same knots, logic, choices, diverts and tags,
// with only the text different — what makes story.en.ink a faithful translation of story.ink.

/** Text strings of the compiled JSON ("^…") become "^" (then dropped), except tag bodies (between "#" and "/#"). */
function normalise(node: unknown, inTag: { on: boolean }): unknown {
  if (typeof node === 'string') {
    if (node === '#') inTag.on = true;
    else if (node === '/#') inTag.on = false;
    return node.startsWith('^') && !inTag.on ? '^' : node;
  }
  // Text runs are dropped, not just blanked: a translation may put an inline {value} elsewhere in
  // the sentence, which splits the text differently around the same logic.
  if (Array.isArray(node)) return node.map((n) => normalise(n, inTag)).filter((n) => n !== '^');
  if (node !== null && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) out[k] = normalise(v, inTag);
    return out;
  }
  return node;
}

/** Null when `a` and `b` (compiled story JSON) have the same structure; else where they first differ. */
export function structuralDifference(a: string, b: string): string | null {
  const na = normalise(JSON.parse(a), { on: false });
  const nb = normalise(JSON.parse(b), { on: false });
  return firstDifference(na, nb, 'root');
}

function firstDifference(a: unknown, b: unknown, path: string): string | null {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}
