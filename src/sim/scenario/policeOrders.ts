// Police orders (crowd-model.md §4.3, §5.3): deploy, withdraw, setPosture and the stations officers
// walk to. Officers are individuals; slots of officers that have left are reused lowest-first.

import type { Rng } from '../rng';
import { Stream } from '../rng';
import type { CommandArgs, Posture } from '../types';
import { OfficerStatus } from '../types';
import { OfficerPostureCode } from './citizens';
import type { World } from './world';

// Module-local aliases: hot loops read plain bindings, not module-export getters.
const { onDuty: OS_onDuty, withdrawing: OS_withdrawing, gone: OS_gone } = OfficerStatus;
const { liaison: PC_liaison, cordon: PC_cordon, riot: PC_riot } = OfficerPostureCode;

export const POSTURE_CODE: Record<Posture, number> = OfficerPostureCode;
/** Stations of liaison and patrol officers are re-drawn every 30 ticks (◇). */
export const STATION_REDRAW_TICKS = 30;

function zoneIndex(w: World, name: string | undefined): number {
  if (name === undefined) return -1;
  return w.venue.spec.zones.findIndex((z) => z.name === name);
}

function freeSlot(w: World): number {
  const o = w.o;
  for (let j = 0; j < o.used; j++) if ((o.status[j] as number) === OS_gone) return j;
  return o.used < o.capacity ? o.used++ : -1;
}

/** Number of officers currently committed (on duty, escorting or walking out). */
export function officersCommitted(w: World): number {
  let n = 0;
  for (let j = 0; j < w.o.used; j++) if ((w.o.status[j] as number) <= OS_withdrawing) n++;
  return n;
}

/** Gives cordon officers of a zone consecutive slots from the segment start; extras stand in reserve. */
export function assignCordonSlots(w: World, zone: number): void {
  const o = w.o;
  const spec = w.venue.spec.zones[zone]!.cordon;
  const dx = spec.b.x - spec.a.x;
  const dy = spec.b.y - spec.a.y;
  const len = Math.floor(Math.sqrt(dx * dx + dy * dy));
  let k = 0;
  for (let j = 0; j < o.used; j++) {
    if ((o.status[j] as number) !== OS_onDuty || (o.zone[j] as number) !== zone || (o.posture[j] as number) !== PC_cordon) continue;
    o.slot[j] = k < len ? k : -1;
    k++;
  }
}

/** Picks a new station for a non-cordon officer according to its posture. */
export function drawStation(w: World, j: number, riotIndex: number, block = false): void {
  const o = w.o;
  const zone = w.venue.spec.zones[o.zone[j] as number]!;
  const rng = w.rng[Stream.police] as Rng;
  const posture = o.posture[j] as number;
  const rect = zone.rect;
  if (block || posture === PC_riot || (posture === PC_cordon && (o.slot[j] as number) < 0)) {
    // A stand-off block on a 2 m lattice, rows of 8 centred on the stand-off point.
    const col = riotIndex % 8;
    const row = Math.floor(riotIndex / 8);
    o.sx[j] = zone.standoff.x + (col - 3.5) * 2;
    o.sy[j] = zone.standoff.y + row * 2;
    return;
  }
  if (posture === PC_liaison) {
    // Mingle: the position of a random present citizen in the zone.
    const c = w.c;
    let count = 0;
    for (let i = 0; i < c.used; i++) {
      if ((c.state[i] as number) > 2) continue;
      const x = c.x[i] as number;
      const y = c.y[i] as number;
      if (x >= rect.x0 && x < rect.x1 && y >= rect.y0 && y < rect.y1) count++;
    }
    if (count > 0) {
      let pick = rng.int(count);
      for (let i = 0; i < c.used; i++) {
        if ((c.state[i] as number) > 2) continue;
        const x = c.x[i] as number;
        const y = c.y[i] as number;
        if (x >= rect.x0 && x < rect.x1 && y >= rect.y0 && y < rect.y1 && pick-- === 0) {
          o.sx[j] = x;
          o.sy[j] = y;
          return;
        }
      }
    }
  }
  // Uniform patrol (and liaison with nobody to mingle with): a random open point of the zone with ρ < 2.
  for (let t = 0; t < 8; t++) {
    const x = rect.x0 + 1 + rng.uniform() * (rect.x1 - rect.x0 - 2);
    const y = rect.y0 + 1 + rng.uniform() * (rect.y1 - rect.y0 - 2);
    o.sx[j] = x;
    o.sy[j] = y;
    if (!w.venue.isBlocked(x, y) && w.physical.densityAt(x, y) < 2) return;
  }
}

/** Re-draws stations that are due and lays out riot blocks; called once per tick in phase B. */
export function updateStations(w: World): void {
  const o = w.o;
  const zones = w.venue.spec.zones.length;
  for (let z = 0; z < zones; z++) {
    let riot = 0;
    // Under a dispersal order the zone's non-liaison officers close on the crowd as one block.
    let forcing = false;
    for (const f of w.forces) if (f.zone < 0 || f.zone === z) forcing = true;
    for (let j = 0; j < o.used; j++) {
      if ((o.status[j] as number) !== OS_onDuty || (o.zone[j] as number) !== z) continue;
      const posture = o.posture[j] as number;
      if (forcing && posture !== PC_liaison && posture !== PC_cordon) {
        drawStation(w, j, riot++, true);
        o.timer[j] = 0;
      } else if (posture === PC_riot || (posture === PC_cordon && (o.slot[j] as number) < 0)) {
        drawStation(w, j, riot++);
      } else if (posture !== PC_cordon) {
        if ((o.timer[j] as number) <= 0) {
          drawStation(w, j, 0);
          o.timer[j] = STATION_REDRAW_TICKS;
        } else {
          o.timer[j] = (o.timer[j] as number) - 1;
        }
      }
    }
  }
}

/** `deploy`: officers enter at the zone's police entry point; capped by the pool. */
export function deploy(w: World, a: CommandArgs['deploy']): number {
  const z = zoneIndex(w, a.zone);
  const zone = w.venue.spec.zones[z]!;
  const pool = w.p.maxOfficers - officersCommitted(w);
  const n = Math.min(a.count, pool);
  const o = w.o;
  for (let k = 0; k < n; k++) {
    const j = freeSlot(w);
    if (j < 0) return k;
    o.status[j] = OS_onDuty;
    o.posture[j] = POSTURE_CODE[a.posture];
    o.zone[j] = z;
    o.deployOrder[j] = w.deployCounter++;
    o.slot[j] = -1;
    o.timer[j] = 0;
    o.x[j] = zone.entry.x + (k % 5) * 0.4;
    o.y[j] = zone.entry.y;
    o.sx[j] = zone.entry.x;
    o.sy[j] = zone.entry.y;
    o.ex[j] = zone.entry.x;
    o.ey[j] = zone.entry.y;
  }
  if (a.posture === 'cordon') assignCordonSlots(w, z);
  else if (w.tick === 0) placeOnStations(w, z, w.deployCounter - n);
  return n;
}

/**
 * A deploy before the first tick is the force already on site when the scenario opens: its patrols and
 * blocks start on their stations instead of at the entry point. Without this, the crowd's first social
 * update runs while they are still walking in, and the deterrence the baseline deployment stands for
 * (crowd-model.md D1, "early or in force") never happens. Cordons still form by walking to their slots:
 * a line is an action, and one laid through occupied cells would be an incursion (D6).
 */
function placeOnStations(w: World, z: number, firstOrder: number): void {
  const o = w.o;
  let riot = 0; // block positions count every riot officer of the zone, in index order, as updateStations does
  for (let j = 0; j < o.used; j++) {
    if ((o.status[j] as number) !== OS_onDuty || (o.zone[j] as number) !== z) continue;
    const posture = o.posture[j] as number;
    const riotIndex = posture === PC_riot ? riot++ : 0;
    if (posture === PC_cordon || (o.deployOrder[j] as number) < firstOrder) continue;
    drawStation(w, j, riotIndex);
    o.x[j] = o.sx[j] as number;
    o.y[j] = o.sy[j] as number;
    if (posture !== PC_riot) o.timer[j] = STATION_REDRAW_TICKS;
  }
}

/** `withdraw`: the last deployed matching on-duty officers walk back to their entry points. */
export function withdraw(w: World, a: CommandArgs['withdraw']): number {
  const o = w.o;
  const z = zoneIndex(w, a.zone);
  const pc = a.posture === undefined ? -1 : POSTURE_CODE[a.posture];
  let done = 0;
  const touched = new Uint8Array(w.venue.spec.zones.length);
  while (done < a.count) {
    let best = -1;
    for (let j = 0; j < o.used; j++) {
      if ((o.status[j] as number) !== OS_onDuty) continue;
      if (z >= 0 && (o.zone[j] as number) !== z) continue;
      if (pc >= 0 && (o.posture[j] as number) !== pc) continue;
      if (best < 0 || (o.deployOrder[j] as number) > (o.deployOrder[best] as number)) best = j;
    }
    if (best < 0) break;
    o.status[best] = OS_withdrawing;
    o.slot[best] = -1;
    touched[o.zone[best] as number] = 1;
    done++;
  }
  for (let k = 0; k < touched.length; k++) if (touched[k]) assignCordonSlots(w, k);
  return done;
}

/** `setPosture`: every matching on-duty officer switches posture and takes the new station. */
export function setPosture(w: World, a: CommandArgs['setPosture']): number {
  const o = w.o;
  const z = zoneIndex(w, a.zone);
  const from = a.from === undefined ? -1 : POSTURE_CODE[a.from];
  const to = POSTURE_CODE[a.to];
  let n = 0;
  for (let j = 0; j < o.used; j++) {
    if ((o.status[j] as number) !== OS_onDuty) continue;
    if (z >= 0 && (o.zone[j] as number) !== z) continue;
    if (from >= 0 && (o.posture[j] as number) !== from) continue;
    if ((o.posture[j] as number) === to) continue;
    o.posture[j] = to;
    o.slot[j] = -1;
    o.timer[j] = 0;
    n++;
  }
  for (let k = 0; k < w.venue.spec.zones.length; k++) assignCordonSlots(w, k);
  return n;
}
