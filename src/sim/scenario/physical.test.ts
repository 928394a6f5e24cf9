import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { Citizens, Goal, Officers } from './citizens';
import { Physical, createCordonLineInfo, createPhysicalTickResult } from './physical';
import { buildVenue, type Venue } from './venue';
import { VENUES } from './venueSpecs';

type Preset = 'taxi' | 'rent' | 'housing';

interface World { venue: Venue; c: Citizens; o: Officers; ph: Physical; rng: Rng }

function world(preset: Preset, capacity: number, officers = 200, seed = 1): World {
  const venue = buildVenue(VENUES[preset], new Rng(seed, 0));
  const c = new Citizens(capacity);
  const o = new Officers(officers);
  return { venue, c, o, ph: new Physical(venue, c, o), rng: new Rng(seed, 4) };
}

function addCitizen(w: World, x: number, y: number, goal: number, type = 1, state = 0): number {
  const i = w.c.used++;
  w.c.state[i] = state;
  w.c.type[i] = type;
  w.c.goal[i] = goal;
  w.c.x[i] = x;
  w.c.y[i] = y;
  return i;
}

/** Scatters n citizens uniformly over a rectangle, avoiding obstacles. */
function scatter(w: World, n: number, x0: number, x1: number, y0: number, y1: number, goal: number, rng: Rng, type = 1): void {
  for (let k = 0; k < n; k++) {
    let x: number;
    let y: number;
    do { x = x0 + rng.uniform() * (x1 - x0); y = y0 + rng.uniform() * (y1 - y0); } while (w.venue.isBlocked(x, y));
    addCitizen(w, x, y, goal, type);
  }
}

function addOfficer(w: World, zone: number, slot: number, x: number, y: number, posture = 2): number {
  const j = w.o.used++;
  w.o.status[j] = 0;
  w.o.posture[j] = posture;
  w.o.zone[j] = zone;
  w.o.slot[j] = slot;
  w.o.x[j] = x;
  w.o.y[j] = y;
  w.o.sx[j] = x;
  w.o.sy[j] = y;
  const e = VENUES.housing.zones[zone]?.entry ?? { x, y };
  w.o.ex[j] = e.x;
  w.o.ey[j] = e.y;
  return j;
}

/** Cordon officers standing on their slots of zone z (slots as listed). */
function line(w: World, z: number, slots: readonly number[]): void {
  for (const s of slots) {
    w.ph.cordons.slotPosition(z, s);
    addOfficer(w, z, s, w.ph.cordons.px, w.ph.cordons.py);
  }
}

const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, k) => a + k);

function present(c: Citizens): number {
  let n = 0;
  for (let i = 0; i < c.used; i++) if ((c.state[i] as number) <= 2) n++;
  return n;
}

describe('Physical: density', () => {
  it('the smoothed density grid sums to the number of people on site, walls included', () => {
    for (const p of ['taxi', 'rent', 'housing'] as const) {
      const w = world(p, 3000, 50);
      const r = new Rng(5, 0);
      scatter(w, 2500, 0, w.venue.width, 0, w.venue.height, Goal.HOLD, r);
      for (let k = 0; k < 40; k++) addOfficer(w, 0, -1, 1 + r.uniform() * (w.venue.width - 2), 1 + r.uniform() * (w.venue.height - 2), 1);
      // Walk the crowd a little (people press against walls), then sum the field.
      w.ph.step(w.rng, createPhysicalTickResult());
      let sum = 0;
      for (let c = 0; c < w.venue.cells; c++) sum += w.ph.density.rho[c] as number;
      let officers = 0;
      for (let j = 0; j < w.o.used; j++) if ((w.o.status[j] as number) <= 2) officers++;
      expect(sum).toBeCloseTo(present(w.c) + officers, 6);
    }
  });

  it('reads 1 p/m² in a uniform crowd of 1 p/m² and tracks the peak', () => {
    const w = world('housing', 2000, 10);
    // One person per 1 m cell over 20 × 20 m of the forecourt.
    for (let y = 20; y < 40; y++) for (let x = 30; x < 50; x++) addCitizen(w, x + 0.5, y + 0.5, Goal.HOLD);
    w.ph.refresh();
    expect(w.ph.densityAt(40.5, 30.5)).toBeCloseTo(1, 9);
    expect(w.ph.densityAt(29.5, 30.5)).toBeCloseTo(0.25, 9); // edge: 4/16 from the row beside it
    expect(w.ph.densityAt(60.5, 30.5)).toBe(0);
  });
});

describe('Physical: movement', () => {
  it('is deterministic: same seeds, same positions; another physical seed, other positions', () => {
    const run = (seed: number): Float64Array => {
      const w = world('taxi', 800, 20);
      w.rng = new Rng(seed, 4);
      const r = new Rng(9, 0);
      scatter(w, 300, 30, 130, 16, 58, Goal.FOCAL, r, 1);
      scatter(w, 300, 30, 130, 16, 58, Goal.PERIPHERY, r, 0);
      scatter(w, 200, 10, 150, 62, 80, Goal.EXIT, r, 1);
      for (let i = 600; i < 800; i++) w.c.leaving[i] = 1;
      const out = createPhysicalTickResult();
      for (let t = 0; t < 30; t++) w.ph.step(w.rng, out);
      return Float64Array.from([...w.c.x.slice(0, w.c.used), ...w.c.y.slice(0, w.c.used)]);
    };
    const a = run(1);
    expect(run(1)).toEqual(a);
    expect(run(2)).not.toEqual(a);
  });

  it('draws exactly one physical-stream number per citizen per sub-step (sfc32 as in rng.ts) when no one can fall', () => {
    const w = world('taxi', 500, 10, 4);
    scatter(w, 500, 30, 130, 16, 58, Goal.FOCAL, new Rng(4, 0));
    const ref = new Rng(4, 4);
    w.ph.step(w.rng, createPhysicalTickResult());
    expect(w.ph.densityAt(80, 20)).toBeLessThan(5.55);
    for (let k = 0; k < 500 * 10; k++) ref.nextU32();
    const a = new Uint32Array(4);
    const b = new Uint32Array(4);
    w.rng.words(a, 0);
    ref.words(b, 0);
    expect(Array.from(a)).toEqual(Array.from(b));
  });

  it('leaving citizens walk to the exits and become LEFT; the count is reported', () => {
    const w = world('rent', 400, 10);
    const r = new Rng(3, 0);
    scatter(w, 300, 10, 90, 20, 45, Goal.EXIT, r);
    for (let i = 0; i < 300; i++) w.c.leaving[i] = 1;
    scatter(w, 50, 10, 90, 20, 45, Goal.HOLD, r);
    const out = createPhysicalTickResult();
    let exited = 0;
    for (let t = 0; t < 40; t++) { w.ph.step(w.rng, out); exited += out.exited; }
    for (let i = 0; i < 300; i++) expect(w.c.state[i], `citizen ${i}`).toBe(4);
    expect(exited).toBe(300);
    for (let i = 300; i < 350; i++) expect(w.c.state[i]).toBe(0);
  });

  it('property: nobody ends inside an obstacle or beyond the venue, whatever the goal and push', () => {
    fc.assert(fc.property(
      fc.constantFrom<Preset>('taxi', 'rent', 'housing'), fc.integer({ min: 1, max: 1e6 }),
      (preset, seed) => {
        const w = world(preset, 300, 10, seed);
        const r = new Rng(seed, 0);
        scatter(w, 300, 0, w.venue.width, 0, w.venue.height, 0, r);
        for (let i = 0; i < 300; i++) {
          w.c.goal[i] = r.int(4);
          w.c.leaving[i] = r.chance(0.1) ? 1 : 0;
          w.c.type[i] = r.int(3);
          w.c.px[i] = (r.uniform() - 0.5) * 3;
          w.c.py[i] = (r.uniform() - 0.5) * 3;
        }
        const out = createPhysicalTickResult();
        for (let t = 0; t < 6; t++) {
          w.ph.step(w.rng, out);
          for (let i = 0; i < 300; i++) {
            if ((w.c.state[i] as number) > 2) continue;
            if (w.venue.isBlocked(w.c.x[i] as number, w.c.y[i] as number)) return false;
          }
        }
        return true;
      }), { numRuns: 12 });
  });

  it('property: no one crosses the housing fence (1 m thick) away from the gate opening', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), (seed) => {
      const w = world('housing', 400, 10, seed);
      const r = new Rng(seed, 0);
      // Pushed hard at the fence from both sides, at least 16 m from the gate: one tick (≤ 15 m) cannot
      // reach the opening, so any change of side would be a walk through the wall.
      scatter(w, 200, 21, 48, 45, 50, Goal.EXIT, r);
      scatter(w, 200, 21, 48, 51, 57, Goal.FOCAL, r);
      for (let i = 0; i < 400; i++) {
        w.c.py[i] = i < 200 ? 1.5 : -1.5;
        w.c.leaving[i] = i < 200 ? 1 : 0;
      }
      w.ph.step(w.rng, createPhysicalTickResult());
      for (let i = 0; i < 400; i++) {
        const y = w.c.y[i] as number;
        if (i < 200 ? y >= 50 : y < 51) return false;
      }
      return true;
    }), { numRuns: 8 });
  });
});

describe('Physical: cordon lines', () => {
  /** Housing: leaving citizens in the forecourt, pressed towards the gate cordon; how many got out? */
  function throughGate(slots: readonly number[], ticks = 30): { south: number; exited: number; w: World } {
    const w = world('housing', 400, 20);
    line(w, 1, slots);
    const r = new Rng(4, 0);
    scatter(w, 300, 56, 80, 38, 50, Goal.EXIT, r);
    for (let i = 0; i < 300; i++) w.c.leaving[i] = 1;
    const out = createPhysicalTickResult();
    let exited = 0;
    for (let t = 0; t < ticks; t++) { w.ph.step(w.rng, out); exited += out.exited; }
    // Out through the gate = exited, or south of the line and still here (fallers are carried out: LEFT).
    let south = exited;
    for (let i = 0; i < 300; i++) if ((w.c.state[i] as number) <= 2 && (w.c.y[i] as number) > 50.5) south++;
    return { south, exited, w };
  }

  it('a full line (12 officers on the 12 m gate) lets nobody through', () => {
    const { south, exited, w } = throughGate(range(0, 12));
    expect(south).toBe(0);
    expect(exited).toBe(0);
    const info = createCordonLineInfo();
    w.ph.cordonLine(1, info);
    expect(info.officers).toBe(12);
    expect(info.openWidth).toBeCloseTo(0, 9);
    expect(info.formed).toBe(true);
  });

  it('10 officers leave a 2 m gap at the far end and people pass through it', () => {
    const { south, w } = throughGate(range(0, 10));
    expect(south).toBeGreaterThan(50);
    const info = createCordonLineInfo();
    w.ph.cordonLine(1, info);
    expect(info.openWidth).toBeCloseTo(2, 9);
    expect(info.ax).toBeCloseTo(64, 9);
    expect(info.bx).toBeCloseTo(74, 9);
  });

  it('officers 2 m apart leave passable gaps; 1 m apart close the line', () => {
    const spaced = throughGate([0, 2, 4, 6, 8, 10]);
    expect(spaced.south).toBeGreaterThan(20);
    // Everyone who passed went through an open metre between two officers or the end, never a body.
    const closed = throughGate(range(0, 12), 20);
    expect(closed.south).toBe(0);
  });

  it('officers 1.2 m apart still close the line; 1.6 m apart leave gaps between them', () => {
    for (const [spacing, intervals] of [[1.2, 1], [1.6, 7]] as const) {
      const w = world('housing', 10, 20);
      const n = Math.floor(11 / spacing) + 1;
      for (let k = 0; k < n; k++) addOfficer(w, 1, k, 64.5 + k * spacing, 50.5);
      w.ph.refresh();
      expect(n).toBe(spacing === 1.2 ? 10 : 7);
      expect(w.ph.cordons.ivN[1], `spacing ${spacing}`).toBe(intervals);
    }
  });

  it('property: random walkers never cross a closed line', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), (seed) => {
      const w = world('housing', 300, 20, seed);
      line(w, 1, range(0, 12));
      const r = new Rng(seed, 0);
      scatter(w, 150, 62, 78, 46, 50.4, Goal.EXIT, r);
      scatter(w, 150, 62, 78, 50.6, 56, Goal.FOCAL, r);
      for (let i = 0; i < 300; i++) {
        w.c.leaving[i] = i < 150 ? 1 : 0;
        w.c.px[i] = (r.uniform() - 0.5) * 3;
        w.c.py[i] = i < 150 ? 1.5 : -1.5;
      }
      const out = createPhysicalTickResult();
      for (let t = 0; t < 4; t++) {
        w.ph.step(w.rng, out);
        for (let i = 0; i < 300; i++) {
          const y = w.c.y[i] as number;
          if (i < 150 ? y > 50.5 : y < 50.5) return false;
        }
      }
      return true;
    }), { numRuns: 8 });
  });
});
