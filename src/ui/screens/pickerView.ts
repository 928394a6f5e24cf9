// The first screen: trainee details, practice/assessment mode, a card per scenario with its start button,
// and the "resume the unfinished drill" banner. Keeps only form drafts; the app stores everything else.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { Manifest } from '../../scenario';
import type { Translate } from '../../i18n';
import {
  caseKey, difficultyOf, DIFFICULTY_MAX, firstInvalidField, formatSavedAt, localized, TRAINEE_MAX, validateTrainee,
  normalizeTrainee, type DrillMode, type Trainee, type TraineeErrors, type TraineeField, type UiLocale,
} from './pickerModel';

export type { DrillMode, Trainee, UiLocale } from './pickerModel';

export interface PickerData {
  scenarios: readonly Manifest[];
  trainee: Trainee;
  mode: DrillMode;
  resumable: { scenarioId: string; title: string; clock: string; savedAt: string } | null;
  /** A message to show above everything (e.g. a scenario that failed to load). */
  error?: string;
}

export interface PickerActions {
  onStart(scenarioId: string, mode: DrillMode, trainee: Trainee): void;
  /** Called when a field is committed (change event), with trimmed values. */
  onTraineeChange(trainee: Trainee): void;
  onModeChange(mode: DrillMode): void;
  onResume(): void;
  onDiscardResume(): void;
}

/** What the view keeps between renders of one root: drafts the app has not echoed back yet, and UI flags. */
interface ViewState {
  data: PickerData;
  actions: PickerActions;
  t: Translate;
  locale: UiLocale;
  draft: Trainee;
  mode: DrillMode;
  /** A start was refused for missing fields: required-field errors are shown from now on. */
  attempted: boolean;
  touched: Set<TraineeField>;
  confirmDiscard: boolean;
}

const states = new WeakMap<HTMLElement, ViewState>();

const sameTrainee = (a: Trainee, b: Trainee): boolean => a.name === b.name && a.unit === b.unit && a.id === b.id;

/**
 * The draft after the app changed some trainee fields: only the fields the app changed are taken, so
 * the echo of one field's change never wipes what is being typed in another.
 */
function adoptChanged(draft: Trainee, before: Trainee, after: Trainee): Trainee {
  const out = { ...draft };
  for (const f of ['name', 'unit', 'id'] as const) if (before[f] !== after[f]) out[f] = after[f];
  return out;
}

/** Renders (or re-renders) the picker into `root` and marks the root `data-screen="picker"`. */
export function renderPicker(root: HTMLElement, data: PickerData, actions: PickerActions, t: Translate, locale: UiLocale): void {
  // Coming back from another screen rendered into the same root starts afresh (no stale errors).
  const prev = root.getAttribute('data-screen') === 'picker' ? states.get(root) : undefined;
  const state: ViewState = prev
    ? {
      ...prev, actions, t, locale, data,
      // Adopt values from the app only when the app changed them; otherwise keep what is being typed.
      draft: sameTrainee(prev.data.trainee, data.trainee) ? prev.draft : adoptChanged(prev.draft, prev.data.trainee, data.trainee),
      mode: prev.data.mode === data.mode ? prev.mode : data.mode,
      confirmDiscard: prev.confirmDiscard && data.resumable !== null,
    }
    : { data, actions, t, locale, draft: { ...data.trainee }, mode: data.mode, attempted: false, touched: new Set(), confirmDiscard: false };
  states.set(root, state);
  paint(root, state);
  root.setAttribute('data-screen', 'picker');
}

/** The errors to show now: format and length once a field was left, required fields after a refused start. */
function shownErrors(s: ViewState): TraineeErrors {
  const all = validateTrainee(s.draft, s.mode);
  const shown: TraineeErrors = {};
  for (const [field, problem] of Object.entries(all) as [TraineeField, TraineeErrors[TraineeField]][]) {
    const required = problem === 'screens.picker.error.nameRequired' || problem === 'screens.picker.error.unitRequired';
    if (s.attempted || (!required && s.touched.has(field))) shown[field] = problem;
  }
  return shown;
}

function paint(root: HTMLElement, s: ViewState): void {
  const { t } = s;
  const repaint = (): void => paint(root, s);
  const start = (scenarioId: string): void => {
    const field = firstInvalidField(validateTrainee(s.draft, s.mode));
    if (field) {
      s.attempted = true;
      repaint();
      root.querySelector<HTMLInputElement>(`#picker-${field}`)?.focus();
      return;
    }
    s.actions.onStart(scenarioId, s.mode, normalizeTrainee(s.draft));
  };
  render(html`<main class="picker" aria-labelledby="picker-heading">
      <div class="picker-intro">
        <h1 id="picker-heading">${t('screens.picker.heading')}</h1>
        <p>${t('screens.picker.intro')}</p>
      </div>
      ${s.data.error ? html`<p class="picker-alert" role="alert">${s.data.error}</p>` : nothing}
      ${resumeBanner(root, s, repaint)}
      <div class="picker-grid">
        <div class="picker-setup">
          ${modeChoice(s, repaint)}
          ${traineeFields(s, repaint)}
        </div>
        <section class="picker-scenarios" aria-labelledby="picker-scenarios-heading">
          <h2 id="picker-scenarios-heading">${t('screens.picker.scenarios.heading')}</h2>
          ${s.data.scenarios.length === 0
            ? html`<p class="picker-empty">${t('screens.picker.scenarios.empty')}</p>`
            : html`<ul class="picker-cards">${s.data.scenarios.map((m) => card(m, s, start))}</ul>`}
        </section>
      </div>
    </main>`, root);
}

function resumeBanner(root: HTMLElement, s: ViewState, repaint: () => void): TemplateResult | typeof nothing {
  const r = s.data.resumable;
  if (!r) return nothing;
  const { t } = s;
  // The title in the current locale when the scenario is still on the list; else as the app saved it.
  const known = s.data.scenarios.find((m) => m.id === r.scenarioId);
  const title = known ? localized(known.title, s.locale) : r.title;
  // Discarding loses work: ask once more, and move focus so keyboard users land on the question.
  const setConfirm = (on: boolean, focus: string): void => {
    s.confirmDiscard = on;
    repaint();
    root.querySelector<HTMLButtonElement>(focus)?.focus();
  };
  const buttons = s.confirmDiscard
    ? html`<p class="picker-resume-confirm" id="picker-resume-confirm">${t('screens.picker.resume.confirm')}</p>
      <div class="picker-resume-actions">
        <button type="button" class="sp-btn sp-danger" aria-describedby="picker-resume-confirm"
          @click=${() => s.actions.onDiscardResume()}>${t('screens.picker.resume.confirmYes')}</button>
        <button type="button" class="sp-btn" id="picker-resume-cancel" aria-describedby="picker-resume-confirm"
          @click=${() => setConfirm(false, '#picker-resume-discard')}>${t('screens.picker.resume.confirmNo')}</button>
      </div>`
    : html`<div class="picker-resume-actions">
        <button type="button" class="sp-btn sp-primary" @click=${() => s.actions.onResume()}>${t('screens.picker.resume.continue')}</button>
        <button type="button" class="sp-btn" id="picker-resume-discard"
          @click=${() => setConfirm(true, '#picker-resume-cancel')}>${t('screens.picker.resume.discard')}</button>
      </div>`;
  return html`<section class="picker-resume" aria-label=${t('screens.picker.resume.label')}>
      <p class="picker-resume-text"><strong>${t('screens.picker.resume.text', { title })}</strong>
        <span class="picker-resume-detail">${t('screens.picker.resume.detail', { clock: r.clock, savedAt: formatSavedAt(r.savedAt, s.locale) })}</span></p>
      ${buttons}
    </section>`;
}

const FIELD_LABEL: Record<TraineeField, 'screens.picker.trainee.name' | 'screens.picker.trainee.unit' | 'screens.picker.trainee.id'> = {
  name: 'screens.picker.trainee.name', unit: 'screens.picker.trainee.unit', id: 'screens.picker.trainee.id',
};
const AUTOCOMPLETE: Record<TraineeField, string> = { name: 'name', unit: 'organization', id: 'off' };

function traineeFields(s: ViewState, repaint: () => void): TemplateResult {
  const { t } = s;
  const errors = shownErrors(s);
  const assessment = s.mode === 'assessment';
  const field = (f: TraineeField): TemplateResult => {
    const required = assessment && f !== 'id';
    const problem = errors[f];
    const errorId = `picker-${f}-error`;
    return html`<div class="picker-field" data-field=${f}>
        <label for="picker-${f}">${t(FIELD_LABEL[f])}${required
          ? html` <span class="picker-required">${t('screens.picker.trainee.required')}</span>` : nothing}</label>
        <input id="picker-${f}" name=${f} type="text" autocomplete=${AUTOCOMPLETE[f]} spellcheck="false"
          aria-required=${required ? 'true' : 'false'} aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? errorId : nothing}
          .value=${live(s.draft[f])}
          @input=${(e: Event) => {
            s.draft = { ...s.draft, [f]: (e.target as HTMLInputElement).value };
            // Re-check as the trainee types, so a shown error disappears as soon as it is fixed.
            if (problem) repaint();
          }}
          @change=${() => {
            s.touched.add(f);
            s.draft = normalizeTrainee(s.draft);
            repaint();
            s.actions.onTraineeChange(s.draft);
          }}>
        ${problem ? html`<p class="picker-field-error" id=${errorId}>${t(problem, { max: TRAINEE_MAX[f] })}</p>` : nothing}
      </div>`;
  };
  return html`<fieldset class="picker-trainee">
      <legend><h2>${t('screens.picker.trainee.heading')}</h2></legend>
      ${field('name')}${field('unit')}${field('id')}
      <p class="picker-note">${t('screens.picker.trainee.remembered')}</p>
    </fieldset>`;
}

function modeChoice(s: ViewState, repaint: () => void): TemplateResult {
  const { t } = s;
  const option = (mode: DrillMode, label: 'screens.picker.mode.practice' | 'screens.picker.mode.assessment',
    note: 'screens.picker.mode.practiceNote' | 'screens.picker.mode.assessmentNote'): TemplateResult => html`
    <div class="picker-mode-option" data-checked=${s.mode === mode ? 'true' : 'false'}>
      <input type="radio" name="picker-mode" id="picker-mode-${mode}" value=${mode}
        aria-describedby="picker-mode-${mode}-note" .checked=${live(s.mode === mode)}
        @change=${() => { s.mode = mode; repaint(); s.actions.onModeChange(mode); }}>
      <label for="picker-mode-${mode}">${t(label)}</label>
      <p class="picker-mode-note" id="picker-mode-${mode}-note">${t(note)}</p>
    </div>`;
  return html`<fieldset class="picker-mode">
      <legend><h2>${t('screens.picker.mode.heading')}</h2></legend>
      ${option('practice', 'screens.picker.mode.practice', 'screens.picker.mode.practiceNote')}
      ${option('assessment', 'screens.picker.mode.assessment', 'screens.picker.mode.assessmentNote')}
    </fieldset>`;
}

function card(m: Manifest, s: ViewState, start: (id: string) => void): TemplateResult {
  const { t, locale } = s;
  const title = localized(m.title, locale);
  const d = difficultyOf(m.difficulty);
  const titleId = `picker-card-${m.id}-title`;
  return html`<li class="picker-card" data-scenario=${m.id}>
      <article aria-labelledby=${titleId}>
        <h3 id=${titleId}>${title}</h3>
        <p class="picker-card-place">${t('screens.picker.card.place', { place: localized(m.place, locale) })}</p>
        <p class="picker-card-summary">${localized(m.summary, locale)}</p>
        <ul class="picker-card-facts">
          <li class="picker-difficulty" data-level=${d.level}>
            ${t('screens.picker.card.difficulty')}
            <span class="picker-stars" aria-hidden="true">${d.stars}</span>
            ${t(d.key)}<span class="visually-hidden">${t('screens.picker.card.difficultyOf', { level: d.level, max: DIFFICULTY_MAX })}</span>
          </li>
          <li>${t('screens.picker.card.duration', { n: m.durationMinutes })}</li>
          <li data-composite=${m.case.composite ? 'true' : 'false'}>${t(caseKey(m.case.composite))}</li>
        </ul>
        <button type="button" class="sp-btn sp-primary picker-start" data-scenario=${m.id}
          aria-label=${t('screens.picker.startNamed', { title })}
          @click=${() => start(m.id)}>${t('screens.picker.start')}</button>
      </article>
    </li>`;
}
