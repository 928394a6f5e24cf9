// Phase A (crowd-model.md §5): carrying out validated commands and scenario injects. A valid command
// that cannot be carried out is not an error: it returns applied 0 with a note and raises `noEffect`.

import type { Command, CommandResult, Inject, NoEffectReason } from '../types';
import { CitizenState, OfficerStatus } from '../types';
import type { CitizenGrid } from './citizenGrid';
import { OfficerPostureCode } from './citizens';
import { seedRumor, startRelease } from './infoLayer';
import { runArrests } from './policePhase';
import { POSTURE_CODE, deploy, setPosture, withdraw } from './policeOrders';
import { addDeltas, type Attribution } from './social';
import { apologize, commit, meetRepresentatives, speak } from './talk';
import type { World } from './world';

// Module-local aliases: hot loops read plain bindings, not module-export getters.
const { VIOLENT: ST_VIOLENT, ARRESTED: ST_ARRESTED } = CitizenState;
const { onDuty: OS_onDuty } = OfficerStatus;
const { liaison: PC_liaison } = OfficerPostureCode;

const FORCE_DEFAULT_TICKS = 10;
/** The world's citizen grid, rebuilt from current positions (commands run between ticks). */
function grid(w: World): CitizenGrid {
  w.grid.rebuild(w.c);
  return w.grid;
}

const NOTES: Record<NoEffectReason, string> = {
  poolExhausted: 'poolExhausted',
  noMatchingOfficers: 'noMatchingOfficers',
  noEligibleAgitator: 'noEligibleAgitator',
  noEligibleViolent: 'no violent person within reach of an arrest team',
  noEligibleActive: 'no active person within reach of an arrest team',
  forceNeedsUnits: 'forceNeedsUnits',
  nobodyInReach: 'nobody within reach',
  noRepresentatives: 'noRepresentatives',
  noRoom: 'no room left',
};

function result(w: World, command: Command['command'], applied: number, wanted: number, reason: NoEffectReason): CommandResult {
  const note = NOTES[reason];
  if (applied === 0) {
    w.event({ kind: 'noEffect', zone: 'none', command, reason });
    return { ok: true, applied, note, reason };
  }
  return applied < wanted ? { ok: true, applied, note, reason } : { ok: true, applied };
}

/** Re-registers the posture and deterrence causes with the latest police command as their parent. */
function policeCauses(w: World, name: string): void {
  w.deterrenceCause = w.causes.register('deterrence', name);
  w.deterrenceSince = w.tick;
  for (const posture of ['liaison', 'cordon', 'riot'] as const) {
    w.postureCause[POSTURE_CODE[posture]] = w.causes.register(`posture:${posture}`, name);
  }
}

export function applyCommand(w: World, att: Attribution, cmd: Command): CommandResult {
  const name = `cmd#${w.commandCount++}:${cmd.command}`;
  const cause = w.causes.register(name);
  switch (cmd.command) {
    case 'deploy': {
      if (w.postureCause[0] === -1) policeCauses(w, name);
      const n = deploy(w, cmd.args);
      policeCauses(w, name);
      return result(w, 'deploy', n, cmd.args.count, 'poolExhausted');
    }
    case 'withdraw': {
      const n = withdraw(w, cmd.args);
      w.deterrenceCause = w.causes.register('deterrence', name);
      w.deterrenceSince = w.tick;
      return result(w, 'withdraw', n, cmd.args.count, 'noMatchingOfficers');
    }
    case 'setPosture': {
      const n = setPosture(w, cmd.args);
      policeCauses(w, name);
      return result(w, 'setPosture', n, n, 'noMatchingOfficers');
    }
    case 'isolate': {
      if (cmd.args.target === 'agitators') {
        const used = new Uint8Array(w.o.capacity);
        const n = runArrests(w, grid(w), att, { kind: 'agitators', count: w.o.capacity, cause }, used);
        return result(w, 'isolate', n, n, 'noEligibleAgitator');
      }
      return isolateRepresentatives(w, att, cause);
    }
    case 'arrest': {
      const used = new Uint8Array(w.o.capacity);
      const count = cmd.args.count ?? w.o.capacity;
      const n = runArrests(w, grid(w), att, { kind: cmd.args.mode, count, cause }, used);
      return result(w, 'arrest', n, cmd.args.count ?? n, cmd.args.mode === 'targeted' ? 'noEligibleViolent' : 'noEligibleActive');
    }
    case 'disperse': {
      const zone = cmd.args.zone === undefined ? -1 : w.venue.spec.zones.findIndex((z) => z.name === cmd.args.zone);
      let officers = 0;
      for (let j = 0; j < w.o.used; j++) {
        if ((w.o.status[j] as number) !== OS_onDuty || (w.o.posture[j] as number) === PC_liaison) continue;
        if (zone < 0 || (w.o.zone[j] as number) === zone) officers++;
      }
      if (officers === 0) return result(w, 'disperse', 0, 1, 'forceNeedsUnits');
      w.forces.push({ zone, untilTick: w.tick + (cmd.args.ticks ?? FORCE_DEFAULT_TICKS), cause: w.causes.register('force', name), ticksRun: 0 });
      return { ok: true, applied: officers };
    }
    case 'speak':
      return result(w, 'speak', speak(w, att, cmd.args, cause), 0, 'nobodyInReach');
    case 'meetRepresentatives':
      return result(w, 'meetRepresentatives', meetRepresentatives(w, att, cause), 0, 'noRepresentatives');
    case 'commit':
      return result(w, 'commit', commit(w, att, cmd.args, cause), 0, 'nobodyInReach');
    case 'apologize':
      return result(w, 'apologize', apologize(w, att, cause), 0, 'nobodyInReach');
    case 'release':
      startRelease(w, cmd.args, cause, w.cur.rumorPrevalence);
      return { ok: true, applied: 1 };
    case 'broadcast':
      w.broadcast = cmd.args.on;
      return { ok: true, applied: 1 };
  }
}

/** Isolating the representatives backfires (D7 failure path): the crowd unites and the channel closes. */
function isolateRepresentatives(w: World, att: Attribution, cause: number): CommandResult {
  const c = w.c;
  let n = 0;
  for (let i = 0; i < c.used; i++) {
    if (!c.rep[i] || (c.state[i] as number) > ST_VIOLENT) continue;
    c.state[i] = ST_ARRESTED;
    c.rep[i] = 0;
    w.arrests++;
    n++;
  }
  if (n === 0) return result(w, 'isolate', 0, 1, 'noRepresentatives');
  const ev = w.causes.register('isolate:representatives', w.causes.names[cause]);
  for (let i = 0; i < c.used; i++) {
    if ((c.state[i] as number) > ST_VIOLENT || (c.type[i] as number) === 0) continue;
    const wt = c.I[i] as number;
    addDeltas(w, att, i, ev, -0.05 * wt, 0.05 * wt, 0);
  }
  seedRumor(w, 'blaming', 1, ev);
  w.negotiation = false;
  w.repsReturnTick = w.tick + 60;
  w.event({ kind: 'repsIsolated', zone: 'none' });
  return { ok: true, applied: n };
}

/** Scenario injects (§5.5), applied in phase A after the commands. */
export function applyInject(w: World, att: Attribution, inj: Inject): void {
  const cause = w.causes.register(`inject:${inj.kind}`);
  const c = w.c;
  if (inj.kind === 'rumor') {
    seedRumor(w, inj.content, inj.importance, cause, inj.spreaders);
  } else if (inj.kind === 'contradiction') {
    w.kappa = Math.max(0.1, w.kappa * 0.5);
    w.kappaCause = cause;
    for (let i = 0; i < c.used; i++) if ((c.state[i] as number) <= ST_VIOLENT) addDeltas(w, att, i, cause, -0.05, 0, 0);
    w.Lres = Math.max(0, w.Lres - 0.05);
  } else {
    const type = inj.group === 'core' ? 2 : inj.group === 'participants' ? 1 : inj.group === 'bystanders' ? 0 : -1;
    for (let i = 0; i < c.used; i++) {
      if ((c.state[i] as number) > ST_VIOLENT) continue;
      if (type >= 0 && (c.type[i] as number) !== type) continue;
      addDeltas(w, att, i, cause, inj.dL ?? 0, 0, inj.dE ?? 0);
    }
    if (inj.hardship !== undefined) {
      const before = w.hardshipMul;
      w.hardshipMul = Math.max(0.4, w.hardshipMul * inj.hardship);
      w.dHardship += w.hardshipMul - before;
      w.hardshipCause = cause;
    }
  }
}
