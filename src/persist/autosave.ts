// Autosave of the drill in progress to IndexedDB (through idb): after every input the page stores the
// inputs and the tick, so a reload or a crashed tab resumes in the same state by replaying them.

import { openDB, type IDBPDatabase } from 'idb';
import type { DrillInput, DrillMode } from '../drill';
import type { StoryLanguage } from '../scenario';

/** What is saved; enough to rebuild the drill exactly (same scenario version, seed and inputs). */
export interface AutosaveRecord {
  scenarioId: string;
  contentHash: string;
  seed: number;
  mode: DrillMode;
  trainee: { name: string; unit: string; id: string };
  inputs: DrillInput[];
  /** The tick the drill had reached. */
  tick: number;
  /** The scene clock at that tick, for the resume banner. */
  clock: string;
  /** When it was saved (ISO 8601, from the page's clock). */
  savedAt: string;
  /** When the drill was started (ISO 8601). */
  startedAt: string;
  /** The story's language (absent in older saves: Chinese). */
  language?: StoryLanguage;
  /** A crowd size other than the scenario's (`?agents=`); absent: the scenario's own. */
  agents?: number;
}

export interface AutosaveStore {
  load(): Promise<AutosaveRecord | null>;
  save(r: AutosaveRecord): Promise<void>;
  clear(): Promise<void>;
}

const STORE = 'drill';
const KEY = 'current';

/** Opens (or creates) the autosave database. */
export async function openAutosave(dbName = 'shapan'): Promise<AutosaveStore> {
  const db: IDBPDatabase = await openDB(dbName, 1, {
    upgrade(d) {
      d.createObjectStore(STORE);
    },
  });
  return {
    async load() {
      const r = (await db.get(STORE, KEY)) as AutosaveRecord | undefined;
      return r && Array.isArray(r.inputs) && typeof r.scenarioId === 'string' ? r : null;
    },
    async save(r) {
      await db.put(STORE, r, KEY);
    },
    async clear() {
      await db.delete(STORE, KEY);
    },
  };
}
