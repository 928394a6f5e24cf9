// Pure helpers of the scenario picker: trainee-field validation, difficulty text, manifest fields in a locale.
// No DOM and no i18n lookups here (results are message keys), so it is tested in Node.

import type { Localized } from '../../scenario';

export type DrillMode = 'practice' | 'assessment';
export type UiLocale = 'zh-CN' | 'en';

export interface Trainee { name: string; unit: string; id: string }
export type TraineeField = keyof Trainee;

/** Longest accepted value per field (a result file carries them; a name is not an essay). */
export const TRAINEE_MAX: Readonly<Record<TraineeField, number>> = { name: 30, unit: 60, id: 20 };

/** The fields in the order they appear on the form (the first invalid one receives focus). */
export const TRAINEE_FIELDS: readonly TraineeField[] = ['name', 'unit', 'id'];

export type TraineeProblem =
  | 'screens.picker.error.nameRequired'
  | 'screens.picker.error.unitRequired'
  | 'screens.picker.error.tooLong'
  | 'screens.picker.error.idFormat';

export type TraineeErrors = Partial<Record<TraineeField, TraineeProblem>>;

/** Trims the fields and collapses inner runs of whitespace (pasted names often carry stray spaces). */
export function normalizeTrainee(t: Trainee): Trainee {
  const clean = (s: string): string => s.replace(/\s+/g, ' ').trim();
  return { name: clean(t.name), unit: clean(t.unit), id: clean(t.id).replace(/ /g, '') };
}

/** Checks the trainee fields for a mode: assessment needs name and unit; lengths and the police number always. */
export function validateTrainee(raw: Trainee, mode: DrillMode): TraineeErrors {
  const t = normalizeTrainee(raw);
  const errors: TraineeErrors = {};
  if (mode === 'assessment' && t.name === '') errors.name = 'screens.picker.error.nameRequired';
  if (mode === 'assessment' && t.unit === '') errors.unit = 'screens.picker.error.unitRequired';
  for (const f of TRAINEE_FIELDS) {
    // Count code points, not UTF-16 units, so a rare CJK character counts once.
    if (!errors[f] && [...t[f]].length > TRAINEE_MAX[f]) errors[f] = 'screens.picker.error.tooLong';
  }
  // Police numbers are digits, sometimes with letters or a hyphen; anything else is a typing slip.
  if (!errors.id && t.id !== '' && !/^[A-Za-z0-9-]+$/.test(t.id)) errors.id = 'screens.picker.error.idFormat';
  return errors;
}

/** The first field with an error in form order, or null when the trainee may start. */
export function firstInvalidField(errors: TraineeErrors): TraineeField | null {
  return TRAINEE_FIELDS.find((f) => errors[f] !== undefined) ?? null;
}

export const DIFFICULTY_MAX = 3;
export type DifficultyKey = 'screens.picker.difficulty.1' | 'screens.picker.difficulty.2' | 'screens.picker.difficulty.3';

/** Difficulty as a level word key, a star string (filled ★, empty ☆) and the level clamped to 1…3. */
export function difficultyOf(raw: number): { level: 1 | 2 | 3; key: DifficultyKey; stars: string } {
  const level = (Number.isFinite(raw) ? Math.min(DIFFICULTY_MAX, Math.max(1, Math.round(raw))) : 1) as 1 | 2 | 3;
  return { level, key: `screens.picker.difficulty.${level}`, stars: '★'.repeat(level) + '☆'.repeat(DIFFICULTY_MAX - level) };
}

/** A manifest's { zh, en } text in the UI locale. */
export function localized(text: Localized, locale: UiLocale): string {
  return locale === 'en' ? text.en : text.zh;
}

/** The case label key: adapted from a real case, or a composite of several. */
export function caseKey(composite: boolean): 'screens.picker.case.composite' | 'screens.picker.case.real' {
  return composite ? 'screens.picker.case.composite' : 'screens.picker.case.real';
}

/** Formats a saved-at timestamp (ISO or epoch ms as text) for the locale; other strings are shown as given. */
export function formatSavedAt(savedAt: string, locale: UiLocale): string {
  const ms = /^\d{10,}$/.test(savedAt) ? Number(savedAt) : /^\d{4}-\d{2}-\d{2}T/.test(savedAt) ? Date.parse(savedAt) : NaN;
  if (!Number.isFinite(ms)) return savedAt;
  // English with a month name ("6 May 2024, 07:08"): 05/06 reads differently in the US and the UK.
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    year: 'numeric', month: locale === 'en' ? 'short' : '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).format(new Date(ms));
}
