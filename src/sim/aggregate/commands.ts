// Phase A of the surrogate: trainee commands and scenario injects as aggregate effects, with the full
// model's magnitudes (talk.ts, policePhase.ts, commandEffects.ts) and its noEffect reasons.

import type { Command, CommandResult, Inject } from '../types';
import {
  addDeltas, damping, forceOfficers, officers, partial, PC, raise, Reach, reachShare, trust, updatable, zoneCrowd, type Ctx,
} from './ctx';
import { seedRumor, startRelease } from './info';
import { K } from './knobs';
import { C } from './ledger';
import { ESCORT_RING, MAX_DEPLOY_RECORDS, MAX_FORCES, POSTURE_COUNT, SEGMENTS, WITHDRAW_RING, ZONES } from './state';

const POSTURE: Record<string, number> = PC;
const TALK = { empathetic: 0, neutral: 1, harsh: 2, meet: 3, apologize: 4 } as const;

function zoneIndex(x: Ctx, name: string | undefined): number {
  return name === undefined ? -1 : x.zoneNames.indexOf(name);
}

/** Officers committed to the pool: on duty, escorting or walking out. */
function committed(x: Ctx): number {
  let n = 0;
  for (const v of x.st.onDuty) n += v;
  for (const v of x.st.escort) n += v;
  for (const v of x.st.withdrawing) n += v;
  return n;
}

/** Re-registers deterrence and posture causes with the latest police command as their parent. */
function policeCauses(x: Ctx, name: string): void {
  x.st.g.deterrenceCause = x.led.register('deterrence', name);
  for (const [k, code] of [['liaison', PC.liaison], ['cordon', PC.cordon], ['riot', PC.riot]] as const) {
    x.st.postureCause[code] = x.led.register(`posture:${k}`, name);
  }
}

/** Calls fn(segment, share) for each segment reached by a class, and moves L_res for `all`. */
function reach(x: Ctx, cls: number, fn: (s: number, w: number) => void, dLres = 0): void {
  for (let s = 0; s < SEGMENTS; s++) fn(s, reachShare(x, cls, s));
  if (cls === Reach.all) x.st.g.Lres = Math.min(1, Math.max(0, x.st.g.Lres + dLres));
}

function reached(x: Ctx, cls: number): number {
  let n = 0;
  for (let s = 0; s < SEGMENTS; s++) n += x.st.seg[s]!.n * reachShare(x, cls, s);
  return Math.round(n);
}

/** Arrest teams available now: pairs of non-liaison on-duty officers with a partner in reach. */
function teams(x: Ctx): number {
  return Math.floor((forceOfficers(x, -1) * K.partnerChance) / 2);
}

/** Takes `k` arrested citizens out of the segments in proportion to `weightOf(s)`; books escorts. */
function removeArrested(x: Ctx, k: number, weightOf: (s: number) => number): void {
  let total = 0;
  for (let s = 0; s < SEGMENTS; s++) total += weightOf(s);
  if (total <= 0 || k <= 0) return;
  for (let s = 0; s < SEGMENTS; s++) x.st.seg[s]!.n = Math.max(0, x.st.seg[s]!.n - (k * weightOf(s)) / total);
  x.st.g.arrests += k;
  // Two officers escort each arrestee for escortTicks: take them from the posture with most officers.
  let need = 2 * k;
  const slot = (x.st.g.tick % ESCORT_RING) * ZONES * POSTURE_COUNT;
  for (let z = 0; z < ZONES && need > 0; z++) {
    for (const p of [PC.riot, PC.uniform, PC.cordon]) {
      const i = z * POSTURE_COUNT + p;
      const take = Math.min(need, x.st.onDuty[i] as number);
      x.st.onDuty[i] = (x.st.onDuty[i] as number) - take;
      x.st.escort[slot + i] = (x.st.escort[slot + i] as number) + take;
      need -= take;
    }
  }
}

export function applyCommand(x: Ctx, cmd: Command): CommandResult {
  const g = x.st.g;
  const name = `cmd#${g.commandCount++}:${cmd.command}`;
  const cause = x.led.register(name);
  switch (cmd.command) {
    case 'deploy': {
      const a = cmd.args;
      const n = Math.max(0, Math.min(a.count, x.p.maxOfficers - committed(x)));
      const z = zoneIndex(x, a.zone);
      const i = z * POSTURE_COUNT + (POSTURE[a.posture] as number);
      x.st.onDuty[i] = (x.st.onDuty[i] as number) + n;
      if (n > 0 && g.recordCount < MAX_DEPLOY_RECORDS) {
        const r = g.recordCount++ * 3;
        x.st.records[r] = z; x.st.records[r + 1] = POSTURE[a.posture] as number; x.st.records[r + 2] = n;
      }
      policeCauses(x, name);
      // A cordon formed through the crowd is an incursion: ΔE +.05 within 5 m of the line (D6).
      if (a.posture === 'cordon' && n > 0) {
        const crowd = zoneCrowd(x, z);
        const w = crowd > 0 ? Math.min(1, (n * K.cordonIncursion) / crowd) : 0;
        const ev = x.led.register('incursion', name);
        for (let s = 0; s < SEGMENTS; s++) addDeltas(x, s, w * (x.zoneShare[s * ZONES + z] as number), ev, 0, 0, 0.05);
      }
      return partial(x, 'deploy', n, a.count, 'poolExhausted');
    }
    case 'withdraw': {
      const a = cmd.args;
      const z = zoneIndex(x, a.zone);
      const pc = a.posture === undefined ? -1 : (POSTURE[a.posture] as number);
      let done = 0;
      // Last deployed first: walk the records backwards.
      for (let r = g.recordCount - 1; r >= 0 && done < a.count; r--) {
        const rz = x.st.records[r * 3] as number;
        const rp = x.st.records[r * 3 + 1] as number;
        if ((z >= 0 && rz !== z) || (pc >= 0 && rp !== pc)) continue;
        const i = rz * POSTURE_COUNT + rp;
        const take = Math.min(a.count - done, x.st.records[r * 3 + 2] as number, x.st.onDuty[i] as number);
        x.st.records[r * 3 + 2] = (x.st.records[r * 3 + 2] as number) - take;
        x.st.onDuty[i] = (x.st.onDuty[i] as number) - take;
        done += take;
      }
      const w = g.tick % WITHDRAW_RING;
      x.st.withdrawing[w] = (x.st.withdrawing[w] as number) + done;
      g.deterrenceCause = x.led.register('deterrence', name);
      return partial(x, 'withdraw', done, a.count, 'noMatchingOfficers');
    }
    case 'setPosture': {
      const a = cmd.args;
      const z = zoneIndex(x, a.zone);
      const from = a.from === undefined ? -1 : (POSTURE[a.from] as number);
      const to = POSTURE[a.to] as number;
      let n = 0;
      for (let zz = 0; zz < ZONES; zz++) {
        if (z >= 0 && zz !== z) continue;
        for (let p = 0; p < POSTURE_COUNT; p++) {
          if (p === to || (from >= 0 && p !== from)) continue;
          const i = zz * POSTURE_COUNT + p;
          n += x.st.onDuty[i] as number;
          x.st.onDuty[zz * POSTURE_COUNT + to] = (x.st.onDuty[zz * POSTURE_COUNT + to] as number) + (x.st.onDuty[i] as number);
          x.st.onDuty[i] = 0;
        }
      }
      for (let r = 0; r < g.recordCount; r++) {
        const rp = x.st.records[r * 3 + 1] as number;
        if ((z < 0 || x.st.records[r * 3] === z) && rp !== to && (from < 0 || rp === from)) x.st.records[r * 3 + 1] = to;
      }
      policeCauses(x, name);
      return partial(x, 'setPosture', n, n, 'noMatchingOfficers');
    }
    case 'isolate':
      return cmd.args.target === 'agitators' ? isolateAgitators(x) : isolateRepresentatives(x, cause);
    case 'arrest':
      return arrest(x, cmd.args.mode, cmd.args.count, cause);
    case 'disperse': {
      const z = zoneIndex(x, cmd.args.zone);
      const n = forceOfficers(x, z);
      if (n === 0) return partial(x, 'disperse', 0, 1, 'forceNeedsUnits');
      const f = x.st.force.find((r) => r.active === 0) ?? x.st.force[MAX_FORCES - 1]!;
      f.active = 1; f.zone = z; f.until = g.tick + (cmd.args.ticks ?? 10); f.cause = x.led.register('force', name);
      return { ok: true, applied: n };
    }
    case 'speak': return speak(x, cmd.args.tone, cause);
    case 'meetRepresentatives': {
      if (g.reps <= 0) return partial(x, 'meetRepresentatives', 0, 0, 'noRepresentatives');
      const t = damping(x, TALK.meet) * trust(x);
      reach(x, g.broadcast ? Reach.all : Reach.followers, (s, w) => addDeltas(x, s, w, cause, 0.02 * t, 0, -0.03 * t), 0.02 * t);
      g.negotiation = 1;
      return { ok: true, applied: g.reps };
    }
    case 'commit': return commit(x, cmd.args.credible, cmd.args.remedy, cmd.args.exposeAfterTicks, cause);
    case 'apologize': {
      const t = damping(x, TALK.apologize) * trust(x);
      const cls = g.broadcast ? Reach.all : Reach.address;
      reach(x, cls, (s, w) => addDeltas(x, s, w, cause, 0.03 * t, 0, 0), 0.03 * t);
      g.kappa = Math.min(1.5, g.kappa * 1.1);
      g.kappaCause = cause;
      g.tInfo = g.tick;
      return partial(x, 'apologize', reached(x, cls), 0, 'nobodyInReach');
    }
    case 'release':
      startRelease(x, cmd.args, cause);
      return { ok: true, applied: 1 };
    case 'broadcast':
      g.broadcast = cmd.args.on ? 1 : 0;
      return { ok: true, applied: 1 };
  }
}

function speak(x: Ctx, tone: 'empathetic' | 'neutral' | 'harsh', cause: number): CommandResult {
  const g = x.st.g;
  const cls = g.broadcast ? Reach.all : Reach.address;
  const f = damping(x, TALK[tone]);
  if (tone === 'empathetic') {
    const t = f * trust(x);
    reach(x, cls, (s, w) => addDeltas(x, s, w, cause, 0.03 * t, -0.02 * t, -0.05 * t), 0.03 * t);
    g.tInfo = g.tick;
  } else if (tone === 'neutral') {
    reach(x, cls, (s, w) => addDeltas(x, s, w, cause, 0, 0, -0.01 * f));
    g.tInfo = g.tick;
  } else {
    reach(x, cls, (s, w) => {
      const seg = x.st.seg[s]!;
      const backfire = seg.I > 0.5; // "manipulated by a few" backfires on those who identify with the crowd
      addDeltas(x, s, w, cause, (-0.03 - (backfire ? 0.02 : 0)) * f, (backfire ? 0.02 : 0) * f, 0.05 * f);
      // Quiet, risk-averse bystanders (R > .6) go home with probability .2.
      if (s === 0) { const go = seg.n * w * 0.4 * (1 - seg.act) * 0.2; seg.n -= go; seg.leaving += go; }
    }, -0.03 * f);
    g.J = Math.min(2, g.J * 1.25);
  }
  return partial(x, 'speak', reached(x, cls), 0, 'nobodyInReach');
}

function commit(x: Ctx, credible: boolean, r: number, exposeAfter: number | undefined, cause: number): CommandResult {
  const g = x.st.g;
  const factor = g.negotiation ? 1 : 0.5;
  const cls = g.broadcast ? Reach.all : g.negotiation ? Reach.crowd : Reach.address;
  const t = trust(x) * factor;
  reach(x, cls, (s, w) => {
    addDeltas(x, s, w, cause, 0.08 * r * t, 0, -0.1 * r * t);
    if (credible) x.st.seg[s]!.L0 = Math.min(1, x.st.seg[s]!.L0 + 0.08 * r * t * w);
  }, 0.08 * r * t);
  if (credible) {
    if (cls === Reach.all) g.Lres0 = Math.min(1, g.Lres0 + 0.08 * r * t);
    const before = g.hardshipMul;
    g.hardshipMul = Math.max(0.4, g.hardshipMul * (1 - 0.25 * r * factor));
    g.dHardship += g.hardshipMul - before;
    g.hardshipCause = cause;
    g.commitLeaveUntil = g.tick + 60;
  } else {
    const e = x.st.exp.find((q) => q.active === 0);
    if (e) {
      e.active = 1; e.due = g.tick + (exposeAfter ?? x.p.exposeAfterTicks); e.remedy = r; e.reach = cls;
      e.factor = factor; e.negotiationOpen = g.negotiation; e.cause = cause;
    }
  }
  return partial(x, 'commit', reached(x, cls), 0, 'nobodyInReach');
}

/** An empty promise is found out: legitimacy and trust collapse, and "they lied" spreads (T5). */
export function exposePromise(x: Ctx, k: number): void {
  const e = x.st.exp[k]!;
  const r = e.remedy;
  const cause = x.led.register('promise:exposed', x.led.names[e.cause]);
  reach(x, e.reach, (s, w) => {
    const extra = e.negotiationOpen && s === 2 ? -0.05 : 0;
    addDeltas(x, s, w, cause, (-0.2 * r + extra) * e.factor, 0, 0.2 * r * e.factor);
    x.st.seg[s]!.L0 = Math.max(0, x.st.seg[s]!.L0 - 0.1 * r * e.factor * w);
  }, -0.2 * r * e.factor);
  x.st.g.kappa = Math.max(0.1, x.st.g.kappa * 0.5);
  x.st.g.kappaCause = cause;
  seedRumor(x, true, 1, cause, -1, 0);
  raise(x, { kind: 'promiseExposed', zone: 'none' });
  e.active = 0;
}

function isolateAgitators(x: Ctx): CommandResult {
  const core = x.st.seg[2]!;
  const k = Math.min(teams(x), Math.floor(core.n * core.act));
  if (k <= 0) return partial(x, 'isolate', 0, 0, 'noEligibleAgitator');
  removeArrested(x, k, (s) => (s === 2 ? 1 : 0)); // discreet: witnesses ΔL 0 (D7)
  return { ok: true, applied: k };
}

function isolateRepresentatives(x: Ctx, cmdCause: number): CommandResult {
  const g = x.st.g;
  const n = g.reps;
  if (n <= 0) return partial(x, 'isolate', 0, 1, 'noRepresentatives');
  x.st.seg[1]!.n = Math.max(0, x.st.seg[1]!.n - n);
  g.arrests += n;
  g.reps = 0;
  const ev = x.led.register('isolate:representatives', x.led.names[cmdCause]);
  for (let s = 1; s < SEGMENTS; s++) { const I = x.st.seg[s]!.I; addDeltas(x, s, 1, ev, -0.05 * I, 0.05 * I, 0); }
  seedRumor(x, true, 1, ev, -1, 0);
  g.negotiation = 0;
  g.repsReturnTick = g.tick + 60;
  raise(x, { kind: 'repsIsolated', zone: 'none' });
  return { ok: true, applied: n };
}

function arrest(x: Ctx, mode: 'targeted' | 'any', count: number | undefined, cmdCause: number): CommandResult {
  const seg = x.st.seg;
  let violent = 0;
  let active = 0;
  for (let s = 0; s < SEGMENTS; s++) { violent += seg[s]!.n * seg[s]!.vio; active += seg[s]!.n * seg[s]!.act; }
  const cap = Math.min(teams(x), count ?? Infinity);
  const kv = Math.min(cap, Math.floor(violent));
  const kn = mode === 'any' && kv === 0 ? Math.min(cap, Math.floor(active - violent)) : 0;
  const made = kv + kn;
  const reason = mode === 'targeted' ? 'noEligibleViolent' : 'noEligibleActive';
  if (made === 0) return partial(x, 'arrest', 0, count ?? 0, reason);
  const ev = x.led.register(`arrest:${mode}`, x.led.names[cmdCause]);
  const n = updatable(x);
  if (kv > 0) removeArrested(x, kv, (s) => seg[s]!.n * seg[s]!.vio);
  if (kn > 0) removeArrested(x, kn, (s) => seg[s]!.n * (seg[s]!.act - seg[s]!.vio));
  if (n > 0) {
    // Legitimate arrests move only those within 2 m (ΔI +.02); non-violent ones delegitimise witnesses (D9).
    const near = Math.min(1, (kv * K.nearArrest) / n);
    const wit = (kn * K.witnesses) / n;
    for (let s = 0; s < SEGMENTS; s++) addDeltas(x, s, 1, ev, -0.01 * wit, 0.02 * near + 0.01 * wit, 0);
  }
  if (kn > 0) for (const sg of seg) sg.L0 = Math.max(0, sg.L0 - 0.02); // a mass-arrest wave (Lemos et al.)
  return partial(x, 'arrest', made, count ?? made, reason);
}

/** Scenario injects (§5.5), applied in phase A after the commands. */
export function applyInject(x: Ctx, inj: Inject): void {
  const cause = x.led.register(`inject:${inj.kind}`);
  if (inj.kind === 'rumor') {
    seedRumor(x, inj.content === 'blaming', inj.importance, cause, inj.spreaders ?? -1, 0);
  } else if (inj.kind === 'contradiction') {
    x.st.g.kappa = Math.max(0.1, x.st.g.kappa * 0.5);
    x.st.g.kappaCause = cause;
    for (let s = 0; s < SEGMENTS; s++) addDeltas(x, s, 1, cause, -0.05, 0, 0);
    x.st.g.Lres = Math.max(0, x.st.g.Lres - 0.05);
  } else {
    const type = inj.group === 'core' ? 2 : inj.group === 'participants' ? 1 : inj.group === 'bystanders' ? 0 : -1;
    for (let s = 0; s < SEGMENTS; s++) if (type < 0 || s === type) addDeltas(x, s, 1, cause, inj.dL ?? 0, 0, inj.dE ?? 0);
    if (inj.hardship !== undefined) {
      const g = x.st.g;
      const before = g.hardshipMul;
      g.hardshipMul = Math.max(0.4, g.hardshipMul * inj.hardship);
      g.dHardship += g.hardshipMul - before;
      g.hardshipCause = cause;
    }
  }
}
export { C, officers };
