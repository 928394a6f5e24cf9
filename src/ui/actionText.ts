// Sentences for the drill's actions, the crowd model's causes and the log entries they point at, in the
// trainee's language. Pure (no DOM): the decision log and the debrief build their text from here.

import type { Locale, MessageKey, Translate } from '../i18n';
import type { CauseShare, LogEntry } from '../drill';
import type { DrillAction, Localized, Manifest, RubricRule } from '../scenario';
import type { Evidence } from '../scoring';
import type { Command } from '../sim';

/** What the sentences need: the translator, the locale and the scenario's names, and the drill's log. */
export interface TextContext {
  t: Translate;
  locale: Locale;
  manifest: Pick<Manifest, 'zones' | 'departments' | 'clock'>;
  log: readonly LogEntry[];
}

/** The indicators a debrief sentence can name. */
export type NamedIndicator = 'tension' | 'legitimacy' | 'rumor' | 'safety' | 'violence';

const TICKS_PER_MINUTE = 6;

/** A scenario's localized text in the locale. */
export function localized(l: Localized, locale: Locale): string {
  return locale === 'en' ? l.en : l.zh;
}

/** The scene clock "HH:MM" at `tick` for a scene starting at `start` ("07:40"); 1 tick = 10 s. */
export function clockAtTick(start: string, tick: number): string {
  const [h, m] = start.split(':').map(Number);
  const minutes = Math.floor(Math.max(0, tick) / TICKS_PER_MINUTE);
  const total = ((h ?? 0) * 60 + (m ?? 0) + minutes) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** A signed change with one decimal and a true minus sign ("+12.3", "−6"). */
export function formatDelta(d: number): string {
  const r = Math.round(d * 10) / 10;
  if (r === 0) return '0';
  const s = Number.isInteger(r) ? String(Math.abs(r)) : Math.abs(r).toFixed(1);
  return r > 0 ? `+${s}` : `\u2212${s}`;
}

function zoneName(zone: string | undefined, ctx: TextContext): string | undefined {
  if (zone === undefined) return undefined;
  const z = ctx.manifest.zones[zone];
  return z ? localized(z, ctx.locale) : zone;
}

function withZone(text: string, zone: string | undefined, ctx: TextContext): string {
  const name = zoneName(zone, ctx);
  return name === undefined ? text : ctx.t('action.atZone', { text, zone: name });
}

function commandSentence(c: Command, ctx: TextContext): string {
  const { t } = ctx;
  switch (c.command) {
    case 'deploy':
      return t('action.deploy', { posture: t(`action.posture.${c.args.posture}`), count: c.args.count, zone: zoneName(c.args.zone, ctx) ?? '' });
    case 'withdraw':
      return withZone(t('action.withdraw', { posture: t(`action.posture.${c.args.posture ?? 'any'}`), count: c.args.count }), c.args.zone, ctx);
    case 'setPosture':
      return withZone(t('action.setPosture', { from: t(`action.posture.${c.args.from ?? 'any'}`), to: t(`action.postureMode.${c.args.to}`) }), c.args.zone, ctx);
    case 'isolate':
      return t(`action.isolate.${c.args.target}`);
    case 'arrest': {
      const text = t(`action.arrest.${c.args.mode}`);
      return c.args.count === undefined ? text : t('action.withCount', { text, count: c.args.count });
    }
    case 'disperse':
      return withZone(t('action.disperse'), c.args.zone, ctx);
    case 'speak':
      return t('action.speak', { tone: t(`action.tone.${c.args.tone}`) });
    case 'meetRepresentatives':
      return t('action.meetRepresentatives');
    case 'commit':
      return t(c.args.credible ? 'action.commit.credible' : 'action.commit.empty');
    case 'apologize':
      return t('action.apologize');
    case 'release':
      return t('action.releaseBare', { channel: t(`action.channel.${c.args.channel}`) });
    case 'broadcast':
      return t(c.args.on ? 'action.broadcast.on' : 'action.broadcast.off');
  }
}

/** One drill action as a sentence ("部署联络警力 8 名至广场", "上报初报（Ⅳ级）"). */
export function actionSentence(a: DrillAction, ctx: TextContext): string {
  const { t } = ctx;
  switch (a.kind) {
    case 'command':
      return commandSentence(a.command, ctx);
    case 'release': {
      const content = a.content.map((b) => t(`action.block.${b}`)).join(t('action.listSeparator'));
      const channel = t(`action.channel.${a.channel}`);
      return content === '' ? t('action.releaseBare', { channel }) : t('action.release', { channel, content });
    }
    case 'inject': {
      const i = a.inject;
      if (i.kind === 'rumor') return t(`action.inject.rumor.${i.content}`);
      return t(`action.inject.${i.kind}`);
    }
    case 'callDepartment': {
      const d = ctx.manifest.departments.find((x) => x.id === a.department);
      return t('action.callDepartment', { department: d ? localized(d.name, ctx.locale) : a.department });
    }
    case 'report':
      return t('action.report', { kind: t(`action.reportKind.${a.report}`), level: t(`action.level.${a.level}`) });
    case 'requestApproval':
      return t('action.requestApproval', { what: t(`action.approval.${a.what}`) });
    case 'assignGroup':
      return t('action.assignGroup', { group: t(`action.group.${a.group}`) });
    case 'evidence':
      return t('action.evidence', { what: t(`action.evidenceKind.${a.what}`) });
    case 'warn':
      return a.basis ? t('action.warnBasis', { basis: a.basis }) : t('action.warn');
  }
}

const NO_EFFECT_KEYS: Record<string, MessageKey> = {
  poolExhausted: 'noEffect.poolExhausted', noMatchingOfficers: 'noEffect.noMatchingOfficers',
  noEligibleAgitator: 'noEffect.noEligibleAgitator', noEligibleViolent: 'noEffect.noEligibleViolent',
  noEligibleActive: 'noEffect.noEligibleActive', forceNeedsUnits: 'noEffect.forceNeedsUnits',
  nobodyInReach: 'noEffect.nobodyInReach', noRepresentatives: 'noEffect.noRepresentatives', noRoom: 'noEffect.noRoom',
  alreadyCalled: 'action.noEffect.alreadyCalled',
};

/** An action log entry as a sentence, saying so when it was not carried out. */
export function actionEntrySentence(e: Extract<LogEntry, { type: 'action' }>, ctx: TextContext): string {
  const text = actionSentence(e.action, ctx);
  if (e.outcome.applied !== 0) return text;
  const key = (e.outcome.reason !== undefined ? NO_EFFECT_KEYS[e.outcome.reason] : undefined) ?? 'action.noEffect.other';
  return ctx.t('action.notApplied', { text, reason: ctx.t(key) });
}

/** The bare name of a command or action kind, as a rubric rule names it ("报请上级批准"). */
export function commandName(name: string, t: Translate): string {
  const key = `action.name.${name}`;
  return (ACTION_NAMES as readonly string[]).includes(name) ? t(key as MessageKey) : name;
}
const ACTION_NAMES = [
  'deploy', 'withdraw', 'setPosture', 'isolate', 'arrest', 'disperse', 'speak', 'meetRepresentatives', 'commit',
  'apologize', 'release', 'broadcast', 'inject', 'callDepartment', 'report', 'requestApproval', 'assignGroup',
  'evidence', 'warn',
] as const;

const FIXED_CAUSES: Record<string, MessageKey> = {
  'posture:liaison': 'cause.posture.liaison', 'posture:riot': 'cause.posture.riot', 'posture:cordon': 'cause.posture.cordon',
  contagion: 'cause.contagion', relaxation: 'cause.relaxation', composition: 'cause.composition',
  deterrence: 'cause.deterrence', empowerment: 'cause.empowerment', residual: 'cause.residual', clamp: 'cause.clamp',
  'promise:exposed': 'cause.promiseExposed', 'inject:shock': 'cause.inject.shock', 'inject:rumor': 'cause.inject.rumor',
  'inject:contradiction': 'cause.inject.contradiction', 'trigger:outnumbered': 'cause.trigger.outnumbered',
  'trigger:breach': 'cause.trigger.breach', 'trigger:fall': 'cause.trigger.fall', incursion: 'cause.incursion',
  hardship: 'cause.hardship', silence: 'cause.silence', force: 'cause.force',
  'arrest:targeted': 'cause.arrest.targeted', 'arrest:any': 'cause.arrest.any',
  'isolate:agitators': 'cause.isolate.agitators', 'isolate:representatives': 'cause.isolate.representatives',
};

/** A ledger cause name as a phrase: "cmd#3:deploy" is the action logged with that cause, at its scene time. */
export function causeSentence(cause: string, ctx: TextContext): string {
  const { t } = ctx;
  const fixed = FIXED_CAUSES[cause];
  if (fixed) return t(fixed);
  const cmd = /^cmd#\d+:(\w+)$/.exec(cause);
  if (cmd) {
    const e = ctx.log.find((x): x is Extract<LogEntry, { type: 'action' }> => x.type === 'action' && x.outcome.cause === cause);
    if (!e) return t('cause.commandUnknown', { name: commandName(cmd[1] ?? '', t) });
    return t('cause.command', { action: actionSentence(e.action, ctx), time: clockAtTick(ctx.manifest.clock.start, e.tick) });
  }
  if (/^release:\d+$/.test(cause)) return t('cause.release');
  if (/^rumor:\d+$/.test(cause)) return t('cause.rumor');
  return t('cause.other', { name: cause });
}

/** The label of an indicator in debrief sentences. */
export function indicatorName(k: NamedIndicator, t: Translate): string {
  return t(`debrief.ind.${k}`);
}

/** One cause's share of an indicator's change ("防暴着装带来的压力：信任/合法性 −6"). */
export function causeShareSentence(share: CauseShare, indicator: NamedIndicator, ctx: TextContext): string {
  return ctx.t('cause.share', { cause: causeSentence(share.cause, ctx), indicator: indicatorName(indicator, ctx.t), delta: formatDelta(share.delta) });
}

/** A log entry told as the trainee knows it: when, what, and the decision it belongs to. */
export interface EntryText {
  seq: number | null;
  /** Scene time "HH:MM", or null for an absence. */
  time: string | null;
  text: string;
  /** The decision (a choice or a trainee action) this entry came from, for linking; null if none. */
  decisionSeq: number | null;
}

/** The log entry with `seq` (log seq equals its index; searched when a log was cut). */
export function entryAt(log: readonly LogEntry[], seq: number): LogEntry | undefined {
  const e = log[seq];
  return e && e.seq === seq ? e : log.find((x) => x.seq === seq);
}

/** The decision an entry came from: itself if a choice or trainee action, else the latest choice before it. */
export function owningDecision(log: readonly LogEntry[], seq: number): LogEntry | undefined {
  const start = log.indexOf(entryAt(log, seq) as LogEntry);
  for (let i = start; i >= 0; i--) {
    const e = log[i];
    if (!e) continue;
    if (e.type === 'choice') return e;
    if (e.type === 'action' && e.source === 'trainee') return e;
  }
  return undefined;
}

/** The choice or action an entry stands for, as a sentence with its scene time. */
export function describeEntry(seq: number, ctx: TextContext): EntryText {
  const e = entryAt(ctx.log, seq);
  if (!e) return { seq, time: null, text: '', decisionSeq: null };
  const time = clockAtTick(ctx.manifest.clock.start, e.tick);
  if (e.type === 'action') {
    // A story action links to the choice that made it; a trainee action is its own decision.
    return { seq, time, text: actionEntrySentence(e, ctx), decisionSeq: owningDecision(ctx.log, seq)?.seq ?? null };
  }
  if (e.type === 'rationale') return { seq, time, text: ctx.t('action.rationale', { text: e.text }), decisionSeq: null };
  if (e.type === 'sample' || e.type === 'ending' || e.type === 'inject') return { seq, time, text: '', decisionSeq: null };
  const d = owningDecision(ctx.log, seq);
  if (d?.type === 'choice') return { seq, time: clockAtTick(ctx.manifest.clock.start, d.tick), text: ctx.t('action.chose', { text: d.text }), decisionSeq: d.seq };
  if (d?.type === 'action') return { seq, time: clockAtTick(ctx.manifest.clock.start, d.tick), text: actionEntrySentence(d, ctx), decisionSeq: d.seq };
  return { seq, time, text: ctx.t('action.storyEvent'), decisionSeq: null };
}

/** What an absent piece of evidence would have been, from the criterion's rule. */
function missing(rule: RubricRule | undefined, t: Translate): string {
  if (!rule) return t('debrief.evidence.neverGeneric');
  if (rule.kind === 'command') return t('debrief.evidence.never', { what: commandName(rule.command, t) });
  if (rule.kind === 'reportFields') return t('debrief.evidence.never', { what: t('debrief.evidence.whatReport', { kind: t('action.reportKind.initial') }) });
  if (rule.kind !== 'firstWithin') return t('debrief.evidence.neverGeneric');
  const ev = rule.event;
  if ('report' in ev) return t('debrief.evidence.never', { what: t('debrief.evidence.whatReport', { kind: t(`action.reportKind.${ev.report}`) }) });
  if ('release' in ev) return t('debrief.evidence.never', { what: commandName('release', t) });
  if ('command' in ev) return t('debrief.evidence.never', { what: commandName(ev.command, t) });
  if ('department' in ev) return t('debrief.evidence.neverDepartment', { department: ev.department });
  return t('debrief.evidence.neverGeneric');
}

/** One piece of a criterion's evidence as a sentence (the rule, when given, makes it more precise). */
export function evidenceSentence(ev: Evidence, rule: RubricRule | undefined, ctx: TextContext): EntryText {
  const { t } = ctx;
  if (ev.seq === null) {
    let text = missing(rule, t);
    if (rule?.kind === 'firstWithin' && 'department' in rule.event) {
      const id = rule.event.department;
      const d = ctx.manifest.departments.find((x) => x.id === id);
      text = t('debrief.evidence.neverDepartment', { department: d ? localized(d.name, ctx.locale) : id });
    }
    return { seq: null, time: null, text, decisionSeq: null };
  }
  const base = describeEntry(ev.seq, ctx);
  const entry = entryAt(ctx.log, ev.seq);
  switch (ev.code) {
    case 'firstAt':
      return { ...base, text: t('debrief.evidence.firstAt', { what: base.text, minutes: Math.floor((ev.tick ?? 0) / TICKS_PER_MINUTE) }) };
    case 'reportFields': {
      let covered: string | undefined;
      if (rule?.kind === 'reportFields' && entry?.type === 'action' && entry.action.kind === 'report') {
        const given = new Set<string>(entry.action.fields);
        covered = `${rule.fields.filter((f) => given.has(f)).length}/${rule.fields.length}`;
      }
      covered ??= /(\d+\/\d+)/.exec(ev.note)?.[1] ?? '?';
      return { ...base, text: t('debrief.evidence.reportFields', { what: base.text, covered }) };
    }
    case 'peak': {
      const indicator: NamedIndicator = rule?.kind === 'peak' ? rule.indicator : 'tension';
      const value = entry?.type === 'sample' ? entry.values[indicator] : Number(/(-?\d+(\.\d+)?)$/.exec(ev.note)?.[1] ?? NaN);
      const time = entry ? clockAtTick(ctx.manifest.clock.start, entry.tick) : base.time;
      return { seq: ev.seq, time, text: t('debrief.evidence.peak', { indicator: indicatorName(indicator, t), value }), decisionSeq: null };
    }
    case 'unwarned':
      return { ...base, text: t('debrief.evidence.unwarned', { what: base.text, minutes: rule?.kind === 'warnedCoercion' ? rule.withinMinutes : 15 }) };
    default:
      return base.text === '' ? { ...base, text: ev.note } : base;
  }
}
