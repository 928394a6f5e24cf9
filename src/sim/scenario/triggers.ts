// Nassauer's situational triggers (crowd-model.md §4.4 B5): outnumbered officers, cordon line breach,
// and falls from the previous tick; each opens a 3-tick window for citizens within 10 m.

import { CitizenState, OfficerStatus } from '../types';
import { Cause } from './causeBook';
import { OfficerPostureCode } from './citizens';
import type { CitizenGrid } from './citizenGrid';
import { openTrigger } from './policePhase';
import type { Attribution } from './social';
import { Layer, SOCIAL_CELL, type Perception } from './perception';
import type { World } from './world';

// Module-local aliases: hot loops read plain bindings, not module-export getters.
const LAYER_active = Layer.active;
const { ACTIVE: ST_ACTIVE, VIOLENT: ST_VIOLENT } = CitizenState;
const { onDuty: OS_onDuty } = OfficerStatus;
const { cordon: PC_cordon } = OfficerPostureCode;
const { 'trigger:breach': C_trigger_breach, 'trigger:fall': C_trigger_fall, 'trigger:outnumbered': C_trigger_outnumbered } = Cause;

const TRIGGER_RADIUS = 10;

function openAround(w: World, grid: CitizenGrid, att: Attribution, x: number, y: number, cause: number): void {
  const n = grid.query(w.c, x, y, TRIGGER_RADIUS);
  for (let k = 0; k < n; k++) openTrigger(w, att, grid.found[k] as number, cause);
}

function zoneName(w: World, x: number, y: number): string {
  const z = w.venue.zoneAt(x, y);
  return z >= 0 ? w.venue.spec.zones[z]!.name : 'none';
}

/**
 * On-duty officers bucketed in TRIGGER_RADIUS squares, so counting those within 10 m of one officer
 * reads 3 × 3 buckets instead of every officer (the count is the same: a pair within 10 m is at most one
 * bucket apart). Scratch arrays grow with the venue and the officer pool, never per tick.
 */
const buckets = { bw: 0, bh: 0, head: new Int32Array(0), next: new Int32Array(0) };

function bucketOf(v: number, n: number): number {
  const b = Math.floor(v / TRIGGER_RADIUS);
  return b < 0 ? 0 : b >= n ? n - 1 : b;
}

function fillBuckets(w: World, perception: Perception): void {
  const o = w.o;
  const bw = Math.ceil((perception.gw * SOCIAL_CELL) / TRIGGER_RADIUS);
  const bh = Math.ceil((perception.gh * SOCIAL_CELL) / TRIGGER_RADIUS);
  if (buckets.head.length < bw * bh) buckets.head = new Int32Array(bw * bh);
  if (buckets.next.length < o.used) buckets.next = new Int32Array(o.capacity);
  buckets.bw = bw;
  buckets.bh = bh;
  const { head, next } = buckets;
  head.fill(-1, 0, bw * bh);
  for (let k = o.used - 1; k >= 0; k--) {
    if ((o.status[k] as number) !== OS_onDuty) continue;
    const b = bucketOf(o.y[k] as number, bh) * bw + bucketOf(o.x[k] as number, bw);
    next[k] = head[b] as number;
    head[b] = k;
  }
}

/** On-duty officers within TRIGGER_RADIUS of (x, y), from the buckets. */
function officersNear(w: World, x: number, y: number): number {
  const o = w.o;
  const { bw, bh, head, next } = buckets;
  const r2 = TRIGGER_RADIUS * TRIGGER_RADIUS;
  const bx = bucketOf(x, bw);
  const by = bucketOf(y, bh);
  let n = 0;
  for (let yy = by > 0 ? by - 1 : 0; yy <= by + 1 && yy < bh; yy++) {
    for (let xx = bx > 0 ? bx - 1 : 0; xx <= bx + 1 && xx < bw; xx++) {
      for (let k = head[yy * bw + xx] as number; k >= 0; k = next[k] as number) {
        const dx = (o.x[k] as number) - x;
        const dy = (o.y[k] as number) - y;
        if (dx * dx + dy * dy <= r2) n++;
      }
    }
  }
  return n;
}

/** An on-duty officer with more than 5 actives per officer within 10 m is outnumbered. */
export function outnumberedTriggers(w: World, perception: Perception, att: Attribution, mask: Uint8Array): void {
  const o = w.o;
  // Actives near an officer are read from the social grid (a square of ±10 m around its cell): O(1) each.
  const half = Math.round(TRIGGER_RADIUS / SOCIAL_CELL);
  const gw = perception.gw;
  const gh = perception.gh;
  let raised = false;
  let any = false;
  let bucketed = false;
  mask.fill(0);
  for (let j = 0; j < o.used; j++) {
    if ((o.status[j] as number) !== OS_onDuty) continue;
    const x = o.x[j] as number;
    const y = o.y[j] as number;
    const cell = perception.cellAt(x, y);
    if (mask[cell] === 2) continue; // a trigger already centred in this cell
    const actives = perception.window(LAYER_active, cell, half);
    if (actives <= w.p.outnumberedRatio) continue;
    if (!bucketed) { fillBuckets(w, perception); bucketed = true; }
    const officers = officersNear(w, x, y);
    if (actives / officers <= w.p.outnumberedRatio) continue;
    // Mark the 2 m cells whose centres lie within 10 m (the trigger's reach on the social grid).
    const cx = cell % gw;
    const cy = (cell - cx) / gw;
    for (let dy = -half; dy <= half; dy++) {
      const yy = cy + dy;
      if (yy < 0 || yy >= gh) continue;
      for (let dx = -half; dx <= half; dx++) {
        const xx = cx + dx;
        if (xx < 0 || xx >= gw || dx * dx + dy * dy > half * half) continue;
        const m = yy * gw + xx;
        if (mask[m] === 0) mask[m] = 1;
      }
    }
    mask[cell] = 2;
    any = true;
    if (!raised) { w.event({ kind: 'outnumbered', zone: zoneName(w, x, y) }); raised = true; }
  }
  if (!any) return;
  const c = w.c;
  for (let i = 0; i < c.used; i++) {
    if ((c.state[i] as number) > ST_VIOLENT) continue;
    const cell = perception.cellOf[i] as number;
    if (cell >= 0 && mask[cell] !== 0) openTrigger(w, att, i, C_trigger_outnumbered);
  }
}

const line = { ax: 0, ay: 0, bx: 0, by: 0, officers: 0 };

/** More than 5 actives per line officer within 3 m of a cordon line breaks it: one officer is displaced. */
export function breachTriggers(w: World, grid: CitizenGrid, att: Attribution): void {
  const c = w.c;
  const o = w.o;
  const zones = w.venue.spec.zones;
  for (let z = 0; z < zones.length; z++) {
    if (!w.physical.cordonLine(z, line) || line.officers === 0) continue;
    const dx = line.bx - line.ax;
    const dy = line.by - line.ay;
    const len2 = dx * dx + dy * dy;
    let actives = 0;
    let sx = 0;
    let sy = 0;
    for (let i = 0; i < c.used; i++) {
      if ((c.state[i] as number) !== ST_ACTIVE && (c.state[i] as number) !== ST_VIOLENT) continue;
      const px = (c.x[i] as number) - line.ax;
      const py = (c.y[i] as number) - line.ay;
      let t = len2 > 0 ? (px * dx + py * dy) / len2 : 0;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const ex = px - t * dx;
      const ey = py - t * dy;
      if (ex * ex + ey * ey <= 9) { actives++; sx += c.x[i] as number; sy += c.y[i] as number; }
    }
    if (actives <= w.p.breachRatio * line.officers) continue;
    const cx = sx / actives;
    const cy = sy / actives;
    // Displace the line officer nearest the pressure point: a gap opens until the line re-forms.
    let best = -1;
    let bestD = Infinity;
    for (let j = 0; j < o.used; j++) {
      if ((o.status[j] as number) !== OS_onDuty || (o.zone[j] as number) !== z || (o.posture[j] as number) !== PC_cordon) continue;
      const ex = (o.x[j] as number) - cx;
      const ey = (o.y[j] as number) - cy;
      const d = ex * ex + ey * ey;
      if (d < bestD) { bestD = d; best = j; }
    }
    if (best >= 0) {
      const inner = zones[z]!.cordon.inner;
      o.x[best] = (o.x[best] as number) + inner.x * 2;
      o.y[best] = (o.y[best] as number) + inner.y * 2;
    }
    openAround(w, grid, att, cx, cy, C_trigger_breach);
    w.event({ kind: 'cordonBreach', zone: zones[z]!.name });
  }
}

/** Falls of the previous tick open trigger windows around them. */
export function fallTriggers(w: World, grid: CitizenGrid, att: Attribution, xs: Float64Array, ys: Float64Array, n: number): void {
  for (let k = 0; k < n; k++) openAround(w, grid, att, xs[k] as number, ys[k] as number, C_trigger_fall);
}
