// Loads a scenario's stories for the drill app: the manifests ship in the JavaScript, the compiled
// stories are fetched from the page's own origin when a drill first needs them, then kept.
import type { ScenarioBundle, ScenarioEntry } from './scenario';

/** A loader that fetches relative to `base` (the document's URL) and caches per scenario id. */
export function createScenarioLoader(base: string, fetchFn: typeof fetch = fetch): (entry: ScenarioEntry) => Promise<ScenarioBundle> {
  const loaded = new Map<string, ScenarioBundle>();
  const fetchText = async (file: string): Promise<string> => {
    const r = await fetchFn(new URL(file, base));
    if (!r.ok) throw new Error(`${file}: HTTP ${r.status}`);
    return r.text();
  };
  return async (entry) => {
    const have = loaded.get(entry.manifest.id);
    if (have) return have;
    const [story, storyEn] = await Promise.all([
      fetchText(entry.storyFile), entry.storyEnFile ? fetchText(entry.storyEnFile) : Promise.resolve(undefined),
    ]);
    const bundle: ScenarioBundle = { manifest: entry.manifest, story, contentHash: entry.contentHash, ...(storyEn !== undefined ? { storyEn } : {}) };
    loaded.set(entry.manifest.id, bundle);
    return bundle;
  };
}
