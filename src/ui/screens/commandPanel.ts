// The command panel: deploy/withdraw/posture per zone, isolate and arrest, warning and dispersal,
// evidence, reports upward, departments (with arrival countdowns), working groups, and the
// information-release composer. Forms read their own fields on submit; the panel holds no state.
import { html, type TemplateResult } from 'lit-html';
import type { DrillAction, Manifest } from '../../scenario';
import type { AppState } from '../../store';
import type { Locale, MessageKey, Translate } from '../../i18n';

const POSTURES = ['liaison', 'uniform', 'cordon', 'riot'] as const;
const CHANNELS = ['loudspeaker', 'official', 'press', 'live'] as const;
const BLOCKS = ['facts', 'measures', 'attitude', 'nextUpdate', 'rebuttal', 'cause'] as const;
const LEVELS = ['IV', 'III', 'II', 'I'] as const;
const FIELDS = ['time', 'source', 'place', 'nature', 'count', 'casualties', 'demands', 'trend', 'leaders', 'measures', 'next'] as const;
const GROUPS = ['commandPost', 'order', 'mediation', 'persuasion', 'evidence', 'information', 'logistics', 'medical'] as const;
const EVIDENCE = ['scene', 'violence', 'keyActors', 'statements'] as const;
const BASES = ['jiyoufa27', 'jingxie7', 'jingchafa8', 'zhianfa'] as const;

type Act = (a: DrillAction) => void;
const loc = (l: { zh: string; en: string }, locale: Locale): string => (locale === 'en' ? l.en : l.zh);

/** The named form field's value. */
function field(form: HTMLFormElement, name: string): string {
  const el = form.elements.namedItem(name);
  return el instanceof HTMLInputElement || el instanceof HTMLSelectElement ? el.value : '';
}
function checked(form: HTMLFormElement, name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
}
function onSubmit(build: (f: HTMLFormElement) => DrillAction | null, act: Act) {
  return (e: Event) => {
    e.preventDefault();
    const a = build(e.target as HTMLFormElement);
    if (a) act(a);
  };
}

function zoneOptions(m: Manifest, locale: Locale, t: Translate, withAll: boolean, selected: string | null = null): TemplateResult {
  return html`${withAll ? html`<option value="">${t('drill.cmd.allZones')}</option>` : ''}
    ${Object.entries(m.zones).map(([id, name]) => html`<option value=${id} ?selected=${id === selected}>${loc(name, locale)}</option>`)}`;
}
function postureOptions(t: Translate, withAny: boolean): TemplateResult {
  return html`${withAny ? html`<option value="">${t('drill.cmd.anyPosture')}</option>` : ''}
    ${POSTURES.map((p) => html`<option value=${p}>${t(`drill.posture.${p}` as MessageKey)}</option>`)}`;
}

function deployment(m: Manifest, s: AppState, act: Act, t: Translate, locale: Locale): TemplateResult {
  const o = s.view?.officers;
  const deploy = (f: HTMLFormElement): DrillAction | null => {
    const count = Number(field(f, 'count'));
    if (!Number.isInteger(count) || count < 1) return null;
    return { kind: 'command', command: { command: 'deploy', args: { posture: field(f, 'posture') as (typeof POSTURES)[number], count, zone: field(f, 'zone') } } };
  };
  const withdraw = (f: HTMLFormElement): DrillAction | null => {
    const count = Number(field(f, 'count'));
    if (!Number.isInteger(count) || count < 1) return null;
    const posture = field(f, 'posture');
    const args = posture ? { count, posture: posture as (typeof POSTURES)[number] } : { count };
    return { kind: 'command', command: { command: 'withdraw', args } };
  };
  const posture = (f: HTMLFormElement): DrillAction => {
    const from = field(f, 'from');
    const to = field(f, 'to') as (typeof POSTURES)[number];
    return { kind: 'command', command: { command: 'setPosture', args: from ? { to, from: from as (typeof POSTURES)[number] } : { to } } };
  };
  return html`<fieldset class="cmd-group"><legend>${t('drill.cmd.deployment')}</legend>
    <p class="on-site">${POSTURES.map((p) => html`<span>${t(`drill.posture.${p}` as MessageKey)} ${o?.[p] ?? 0}/${m.forces[p]}</span>`)}</p>
    <form class="row" @submit=${onSubmit(deploy, act)} aria-label=${t('drill.cmd.deploy')}>
      <select name="posture" aria-label=${t('drill.cmd.posture')}>${postureOptions(t, false)}</select>
      <input name="count" type="number" min="1" max="200" value="10" aria-label=${t('drill.cmd.count')} />
      <select name="zone" aria-label=${t('drill.cmd.zone')}>${zoneOptions(m, locale, t, false, s.selectedZone)}</select>
      <button type="submit">${t('drill.cmd.deploy')}</button>
    </form>
    <form class="row" @submit=${onSubmit(withdraw, act)} aria-label=${t('drill.cmd.withdraw')}>
      <select name="posture" aria-label=${t('drill.cmd.posture')}>${postureOptions(t, true)}</select>
      <input name="count" type="number" min="1" max="200" value="10" aria-label=${t('drill.cmd.count')} />
      <button type="submit">${t('drill.cmd.withdraw')}</button>
    </form>
    <form class="row" @submit=${onSubmit(posture, act)} aria-label=${t('drill.cmd.setPosture')}>
      <select name="from" aria-label=${t('drill.cmd.from')}>${postureOptions(t, true)}</select>
      <span aria-hidden="true">→</span>
      <select name="to" aria-label=${t('drill.cmd.to')}>${postureOptions(t, false)}</select>
      <button type="submit">${t('drill.cmd.setPosture')}</button>
    </form>
  </fieldset>`;
}

function handling(m: Manifest, act: Act, t: Translate, locale: Locale): TemplateResult {
  const cmd = (c: DrillAction) => () => act(c);
  const disperse = (f: HTMLFormElement): DrillAction => {
    const zone = field(f, 'zone');
    return { kind: 'command', command: { command: 'disperse', args: zone ? { zone } : {} } };
  };
  const warn = (f: HTMLFormElement): DrillAction => ({ kind: 'warn', basis: field(f, 'basis') });
  const evidence = (f: HTMLFormElement): DrillAction => ({ kind: 'evidence', what: field(f, 'what') as (typeof EVIDENCE)[number] });
  return html`<fieldset class="cmd-group"><legend>${t('drill.cmd.handling')}</legend>
    <div class="row">
      <button type="button" @click=${cmd({ kind: 'command', command: { command: 'speak', args: { tone: 'empathetic' } } })}>${t('drill.cmd.speakEmpathetic')}</button>
      <button type="button" @click=${cmd({ kind: 'command', command: { command: 'speak', args: { tone: 'neutral' } } })}>${t('drill.cmd.speakNeutral')}</button>
      <button type="button" @click=${cmd({ kind: 'command', command: { command: 'meetRepresentatives', args: {} } })}>${t('drill.cmd.meetReps')}</button>
    </div>
    <form class="row" @submit=${onSubmit(evidence, act)} aria-label=${t('drill.cmd.evidence')}>
      <select name="what" aria-label=${t('drill.cmd.evidenceWhat')}>${EVIDENCE.map((w) => html`<option value=${w}>${t(`drill.evidence.${w}` as MessageKey)}</option>`)}</select>
      <button type="submit">${t('drill.cmd.evidence')}</button>
    </form>
    <form class="row" @submit=${onSubmit(warn, act)} aria-label=${t('drill.cmd.warn')}>
      <select name="basis" aria-label=${t('drill.cmd.basis')}>${BASES.map((b) => html`<option value=${b}>${t(`drill.basis.${b}` as MessageKey)}</option>`)}</select>
      <button type="submit">${t('drill.cmd.warn')}</button>
    </form>
    <div class="row">
      <button type="button" @click=${cmd({ kind: 'command', command: { command: 'isolate', args: { target: 'agitators' } } })}>${t('drill.cmd.isolate')}</button>
      <button type="button" @click=${cmd({ kind: 'command', command: { command: 'arrest', args: { mode: 'targeted' } } })}>${t('drill.cmd.arrestTargeted')}</button>
      <button type="button" class="danger" @click=${cmd({ kind: 'command', command: { command: 'arrest', args: { mode: 'any' } } })}>${t('drill.cmd.arrestAny')}</button>
    </div>
    <form class="row" @submit=${onSubmit(disperse, act)} aria-label=${t('drill.cmd.disperse')}>
      <select name="zone" aria-label=${t('drill.cmd.zone')}>${zoneOptions(m, locale, t, true)}</select>
      <button type="submit" class="danger">${t('drill.cmd.disperse')}</button>
    </form>
  </fieldset>`;
}

function linkage(m: Manifest, s: AppState, act: Act, t: Translate, locale: Locale): TemplateResult {
  const tick = s.view?.tick ?? 0;
  const status = new Map((s.view?.departments ?? []).map((d) => [d.id, d]));
  const report = (f: HTMLFormElement): DrillAction => ({
    kind: 'report', report: field(f, 'kind') as 'initial' | 'followUp' | 'final', level: field(f, 'level') as (typeof LEVELS)[number],
    fields: checked(f, 'fields') as (typeof FIELDS)[number][],
  });
  const group = (f: HTMLFormElement): DrillAction => ({ kind: 'assignGroup', group: field(f, 'group') as (typeof GROUPS)[number] });
  return html`<fieldset class="cmd-group"><legend>${t('drill.cmd.linkage')}</legend>
    <ul class="depts">${m.departments.map((d) => {
      const st = status.get(d.id);
      const label = st ? (st.arrived ? t('drill.dept.arrived') : t('drill.dept.eta', { n: Math.max(1, Math.ceil((st.arrivesAt - tick) / 6)) })) : '';
      return html`<li><button type="button" ?disabled=${st !== undefined} @click=${() => act({ kind: 'callDepartment', department: d.id })}>${t('drill.cmd.call', { name: loc(d.name, locale) })}</button>
        <span class="dept-status">${label}</span></li>`;
    })}</ul>
    <form class="report" @submit=${onSubmit(report, act)} aria-label=${t('drill.cmd.report')}>
      <div class="row">
        <select name="kind" aria-label=${t('drill.cmd.reportKind')}>${(['initial', 'followUp', 'final'] as const).map((k) => html`<option value=${k}>${t(`drill.report.${k}` as MessageKey)}</option>`)}</select>
        <select name="level" aria-label=${t('drill.cmd.level')}>${LEVELS.map((l) => html`<option value=${l}>${t(`drill.level.${l}` as MessageKey)}</option>`)}</select>
      </div>
      <div class="checks" role="group" aria-label=${t('drill.cmd.reportFields')}>${FIELDS.map((f) => html`<label><input type="checkbox" name="fields" value=${f} />${t(`drill.field.${f}` as MessageKey)}</label>`)}</div>
      <button type="submit">${t('drill.cmd.report')}</button>
    </form>
    <div class="row">
      <button type="button" @click=${() => act({ kind: 'requestApproval', what: 'deployment' })}>${t('drill.cmd.approval')}</button>
    </div>
    <form class="row" @submit=${onSubmit(group, act)} aria-label=${t('drill.cmd.group')}>
      <select name="group" aria-label=${t('drill.cmd.group')}>${GROUPS.map((g) => html`<option value=${g}>${t(`drill.group.${g}` as MessageKey)}</option>`)}</select>
      <button type="submit">${t('drill.cmd.group')}</button>
    </form>
  </fieldset>`;
}

function release(act: Act, t: Translate): TemplateResult {
  const build = (f: HTMLFormElement): DrillAction | null => {
    const content = checked(f, 'content') as (typeof BLOCKS)[number][];
    if (content.length === 0) return null;
    return { kind: 'release', channel: field(f, 'channel') as (typeof CHANNELS)[number], content };
  };
  return html`<fieldset class="cmd-group"><legend>${t('drill.cmd.release')}</legend>
    <form @submit=${onSubmit(build, act)} aria-label=${t('drill.cmd.release')}>
      <select name="channel" aria-label=${t('drill.cmd.channel')}>${CHANNELS.map((c) => html`<option value=${c}>${t(`drill.channel.${c}` as MessageKey)}</option>`)}</select>
      <div class="checks" role="group" aria-label=${t('drill.cmd.content')}>${BLOCKS.map((b) => html`<label><input type="checkbox" name="content" value=${b} ?checked=${b === 'facts'} />${t(`drill.block.${b}` as MessageKey)}</label>`)}</div>
      <button type="submit">${t('drill.cmd.publish')}</button>
    </form>
  </fieldset>`;
}

/** The command panel (disabled when the drill has ended). */
export function renderCommandPanel(m: Manifest, s: AppState, act: Act, t: Translate, locale: Locale): TemplateResult {
  const ended = s.view?.ended != null;
  return html`<section class="commands" aria-labelledby="commands-h">
    <h2 id="commands-h">${t('drill.commands')}</h2>
    <fieldset class="commands-body" ?disabled=${ended}>
      ${deployment(m, s, act, t, locale)}
      ${handling(m, act, t, locale)}
      ${release(act, t)}
      ${linkage(m, s, act, t, locale)}
    </fieldset>
  </section>`;
}
