// What the app remembers between visits in localStorage: language, trainee name and unit, mode, mute.
// Bad or missing values fall back to defaults; nothing here is secret (results go to files, not here).

export interface Preferences {
  locale: string | null;
  trainee: { name: string; unit: string; id: string };
  mode: 'practice' | 'assessment';
  muted: boolean;
}

const KEY = 'shapan.preferences';
const DEFAULTS: Preferences = { locale: null, trainee: { name: '', unit: '', id: '' }, mode: 'practice', muted: false };

/** The saved preferences, or the defaults. */
export function loadPreferences(): Preferences {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Preferences> | null;
    if (!raw || typeof raw !== 'object') return DEFAULTS;
    const tr = raw.trainee;
    return {
      locale: typeof raw.locale === 'string' ? raw.locale : null,
      trainee: {
        name: typeof tr?.name === 'string' ? tr.name : '', unit: typeof tr?.unit === 'string' ? tr.unit : '', id: typeof tr?.id === 'string' ? tr.id : '',
      },
      mode: raw.mode === 'assessment' ? 'assessment' : 'practice',
      muted: raw.muted === true,
    };
  } catch {
    return DEFAULTS;
  }
}

/** Saves the preferences (storage full or blocked: silently kept for this visit only). */
export function savePreferences(p: Preferences): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(p));
  } catch {
    // Private windows and full quotas refuse; the app still works without remembering.
  }
}
