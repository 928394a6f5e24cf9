import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { Citizens, Goal, Officers } from './citizens';
import { Physical, createCordonLineInfo, createPhysicalTickResult, type PhysicalTickResult } from './physical';
import { buildVenue, type Venue } from './venue';
import { VENUES } from './venueSpecs';

type Preset = 'taxi' | 'rent' | 'housing';
interface World { venue: Venue; c: Citizens; o: Officers; ph: Physical; rng: Rng; out: PhysicalTickResult }

function world(preset: Preset, capacity: number, officers = 200, seed = 1): World {
  const venue = buildVenue(VENUES[preset], new Rng(seed, 0));
  const c = new Citizens(capacity);
  const o = new Officers(officers);
  return { venue, c, o, ph: new Physical(venue, c, o), rng: new Rng(seed, 4), out: createPhysicalTickResult() };
}

function scatter(w: World, n: number, x0: number, x1: number, y0: number, y1: number, goal: number, rng: Rng, type = 1): void {
  for (let k = 0; k < n; k++) {
    let x: number;
    let y: number;
    do { x = x0 + rng.uniform() * (x1 - x0); y = y0 + rng.uniform() * (y1 - y0); } while (w.venue.isBlocked(x, y));
    const i = w.c.used++;
    w.c.state[i] = 0;
    w.c.type[i] = type;
    w.c.goal[i] = goal;
    w.c.x[i] = x;
    w.c.y[i] = y;
  }
}

/** Officers entering at the zone's police entry, as a deploy command would place them. */
function deploy(w: World, preset: Preset, z: number, n: number, posture = 2, firstSlot = 0): void {
  const e = VENUES[preset].zones[z]!.entry;
  for (let k = 0; k < n; k++) {
    const j = w.o.used++;
    w.o.status[j] = 0;
    w.o.posture[j] = posture;
    w.o.zone[j] = z;
    w.o.slot[j] = posture === 2 ? firstSlot + k : -1;
    w.o.x[j] = e.x + (k % 5) * 0.4;
    w.o.y[j] = e.y;
    w.o.sx[j] = e.x;
    w.o.sy[j] = e.y;
    w.o.ex[j] = e.x;
    w.o.ey[j] = e.y;
  }
}

function run(w: World, ticks: number, each?: (t: number) => void): void {
  for (let t = 0; t < ticks; t++) {
    w.ph.step(w.rng, w.out);
    each?.(t);
  }
}

describe('Physical: advancing cordons', () => {
  it('a closing cordon compresses a calm crowd to dangerous density (SF11a, physical part)', () => {
    // housing: a calm crowd in the forecourt; 10 cordon officers at the gate (2 m gap), then 60 at the
    // sales office, whose line advances south to y = 46.
    const w = world('housing', 2000);
    const r = new Rng(21, 0);
    scatter(w, 1700, 21, 79, 12, 48, Goal.HOLD, r, 1);
    scatter(w, 300, 21, 79, 12, 48, Goal.PERIPHERY, r, 0);
    for (let i = 0; i < 2000; i++) w.c.vulnerable[i] = r.chance(0.15) ? 1 : 0;
    deploy(w, 'housing', 1, 10);
    let before = 0;
    run(w, 20, () => { before = Math.max(before, w.out.maxDensity); });
    expect(before).toBeLessThan(3.57); // calm and spread out before the cordon
    deploy(w, 'housing', 0, 60);
    let peak = 0;
    const info = createCordonLineInfo();
    // Once the line is formed, nobody in front of it (south) ever gets behind it.
    const south = new Uint8Array(2000);
    let crossed = 0;
    run(w, 60, () => {
      peak = Math.max(peak, w.out.maxDensity);
      w.ph.cordonLine(0, info);
      if (!info.formed) return;
      const ly = 20 + info.progress;
      for (let i = 0; i < 2000; i++) {
        if ((w.c.state[i] as number) > 2) continue;
        const isSouth = (w.c.y[i] as number) > ly ? 1 : 0;
        if (south[i] === 1 && isSouth === 0) crossed++;
        south[i] = isSouth;
      }
    });
    expect(peak).toBeGreaterThanOrEqual(5.5);
    expect(info.formed).toBe(true);
    expect(info.progress).toBeGreaterThan(15);
    expect(crossed).toBe(0);
  });

  it('a line holds in front of critical density and advances into open ground', () => {
    const open = world('rent', 10);
    const packed = world('rent', 3000);
    for (const w of [open, packed]) for (let s = 0; s < 84; s++) {
      w.ph.cordons.slotPosition(1, s);
      const j = w.o.used++;
      w.o.status[j] = 0; w.o.posture[j] = 2; w.o.zone[j] = 1; w.o.slot[j] = s;
      w.o.x[j] = w.ph.cordons.px; w.o.y[j] = w.ph.cordons.py;
    }
    // 12 people per m² in the 2 m band in front of the plaza line (y = 22…24).
    const r = new Rng(2, 0);
    scatter(packed, 2016, 8, 92, 22.05, 24, Goal.HOLD, r, 1);
    open.ph.step(open.rng, open.out);
    packed.ph.step(packed.rng, packed.out);
    expect(open.ph.cordons.progress[1]).toBeCloseTo(3, 9); // 0.3 m/s for 10 s
    expect(packed.ph.cordons.progress[1]).toBeLessThan(1.5);
  });

  it('incursions: a cordon forming through a crowd reports them (once per officer per 5 ticks); on empty ground none', () => {
    const crowded = world('housing', 1500);
    scatter(crowded, 1500, 21, 79, 9, 30, Goal.HOLD, new Rng(8, 0), 1);
    deploy(crowded, 'housing', 0, 60);
    const seen = new Map<number, number>();
    let total = 0;
    run(crowded, 12, (t) => {
      for (let k = 0; k < crowded.out.incursions; k++) {
        const j = crowded.out.incursionOfficer[k] as number;
        const last = seen.get(j);
        if (last !== undefined) expect(t - last).toBeGreaterThanOrEqual(5);
        seen.set(j, t);
        expect(crowded.out.incursionY[k]).toBeGreaterThan(8);
        expect(crowded.out.incursionY[k]).toBeLessThan(47.5); // the line advances up to y = 46
      }
      total += crowded.out.incursions;
    });
    expect(total).toBeGreaterThan(10);
    const empty = world('housing', 10);
    deploy(empty, 'housing', 0, 60);
    let none = 0;
    run(empty, 12, () => { none += empty.out.incursions; });
    expect(none).toBe(0);
  });
});

describe('Physical: officers', () => {
  it('walk round obstacles to their slots: rent plaza cordon from the street entry forms', () => {
    const w = world('rent', 10);
    deploy(w, 'rent', 1, 30); // entry (0.5, 58) in the street, planters between street and plaza
    const info = createCordonLineInfo();
    let formedAt = -1;
    run(w, 20, (t) => {
      w.ph.cordonLine(1, info);
      if (formedAt < 0 && info.formed) formedAt = t;
    });
    expect(formedAt).toBeGreaterThanOrEqual(0);
    for (let j = 0; j < 30; j++) expect(w.venue.isBlocked(w.o.x[j] as number, w.o.y[j] as number)).toBe(false);
  });

  it('withdrawing officers walk back to their entry and are gone on arrival', () => {
    const w = world('taxi', 10);
    deploy(w, 'taxi', 2, 20, 1); // uniform, road zone, entry at the east road end
    for (let j = 0; j < 20; j++) { w.o.sx[j] = 40 + j; w.o.sy[j] = 71; }
    run(w, 15);
    for (let j = 0; j < 20; j++) expect(w.o.x[j] as number).toBeLessThan(100);
    for (let j = 0; j < 20; j++) w.o.status[j] = 2;
    run(w, 25);
    for (let j = 0; j < 20; j++) expect(w.o.status[j], `officer ${j}`).toBe(3);
  });
});

describe('Physical: kettles, safety, state', () => {
  it('enclosed: the housing gate line kettles the whole forecourt; taxi gate only its zone', () => {
    const h = world('housing', 10);
    for (let s = 0; s < 12; s++) {
      h.ph.cordons.slotPosition(1, s);
      const j = h.o.used++;
      h.o.status[j] = 0; h.o.posture[j] = 2; h.o.zone[j] = 1; h.o.slot[j] = s;
      h.o.x[j] = h.ph.cordons.px; h.o.y[j] = h.ph.cordons.py;
    }
    h.ph.refresh();
    expect(h.ph.enclosed(1, 30, 30)).toBe(true);
    expect(h.ph.enclosed(1, 70, 50.2)).toBe(true);
    expect(h.ph.enclosed(1, 70, 55)).toBe(false);
    expect(h.ph.enclosed(0, 30, 30)).toBe(false); // no salesOffice line
    const t = world('taxi', 10);
    for (let s = 0; s < 32; s++) {
      t.ph.cordons.slotPosition(0, s);
      const j = t.o.used++;
      t.o.status[j] = 0; t.o.posture[j] = 2; t.o.zone[j] = 0; t.o.slot[j] = s;
      t.o.x[j] = t.ph.cordons.px; t.o.y[j] = t.ph.cordons.py;
    }
    t.ph.refresh();
    expect(t.ph.enclosed(0, 80, 10)).toBe(true);
    expect(t.ph.enclosed(0, 40, 10)).toBe(false);
    expect(t.ph.enclosed(0, 80, 15)).toBe(false);
    // A line whose officers are still walking is not formed: nobody is enclosed yet.
    t.o.y[5] = (t.o.y[5] as number) + 3;
    t.ph.refresh();
    expect(t.ph.enclosed(0, 80, 10)).toBe(false);
  });

  it('people fall at critical density (more when vulnerable), are injured and carried out at tick end', () => {
    const w = world('housing', 3000);
    const r = new Rng(6, 0);
    // ~10 p/m² against the sales office wall, half of them vulnerable.
    scatter(w, 3000, 21, 79, 8, 13, Goal.FOCAL, r, 1);
    for (let i = 0; i < 3000; i++) w.c.vulnerable[i] = i % 2;
    let falls = 0;
    let vulnerable = 0;
    let newly = 0;
    run(w, 5, () => {
      falls += w.out.falls;
      newly += w.out.newlyInjured;
      for (let k = 0; k < w.out.falls; k++) {
        const i = w.out.fallCitizen[k] as number;
        vulnerable += w.c.vulnerable[i] as number;
        expect(w.c.injured[i]).toBe(1);
        expect(w.c.state[i]).toBe(4);
      }
    });
    expect(falls).toBeGreaterThan(20);
    expect(newly).toBe(falls);
    expect(vulnerable / falls).toBeGreaterThan(0.6); // ×3 risk: 3/4 of the falls expected
  });

  it('turbulence: a dense crowd moving in opposite directions raises the alert after 3 sub-steps', () => {
    const w = world('housing', 1000);
    const r = new Rng(6, 0);
    scatter(w, 1000, 40, 60, 25, 45, Goal.HOLD, r, 1); // 2.5 p/m²
    w.ph.step(w.rng, w.out);
    expect(w.out.turbulence).toBe(false);
    const calm = world('housing', 2000);
    scatter(calm, 2000, 40, 60, 25, 45, Goal.HOLD, new Rng(6, 0), 1); // 5 p/m², standing still
    calm.ph.step(calm.rng, calm.out);
    const dense = world('housing', 2000);
    scatter(dense, 2000, 40, 60, 25, 45, Goal.HOLD, new Rng(6, 0), 1);
    for (let i = 0; i < 2000; i++) dense.c.px[i] = i % 2 === 0 ? 1.5 : -1.5;
    dense.ph.step(dense.rng, dense.out);
    expect(dense.out.turbulence).toBe(true);
    expect(dense.out.turbulenceStarted).toBe(true);
    expect(dense.out.maxPressure).toBeGreaterThan(calm.out.maxPressure);
  });

  it('only static segments across wall openings count as gates', () => {
    expect(Array.from(world('housing', 1).ph.cordons.gate)).toEqual([0, 1, 0]);
    expect(Array.from(world('taxi', 1).ph.cordons.gate)).toEqual([0, 0, 0]);
    expect(Array.from(world('rent', 1).ph.cordons.gate)).toEqual([0, 0, 0]);
  });

  it('flow through the gate gap is measured (p/m/min) and zero through a closed line', () => {
    const flows: number[] = [];
    for (const officers of [10, 12]) {
      const w = world('housing', 400);
      for (let s = 0; s < officers; s++) {
        w.ph.cordons.slotPosition(1, s);
        const j = w.o.used++;
        w.o.status[j] = 0; w.o.posture[j] = 2; w.o.zone[j] = 1; w.o.slot[j] = s;
        w.o.x[j] = w.ph.cordons.px; w.o.y[j] = w.ph.cordons.py;
      }
      scatter(w, 400, 66, 80, 40, 50, Goal.EXIT, new Rng(3, 0), 1);
      for (let i = 0; i < 400; i++) w.c.leaving[i] = 1;
      let peak = 0;
      run(w, 10, () => {
        if (w.out.maxFlowZone === 1) peak = Math.max(peak, w.out.maxFlow);
        expect(w.out.flowAlert).toBe(w.out.maxFlow > 82);
      });
      flows.push(peak);
    }
    expect(flows[0]).toBeGreaterThan(10);
    expect(flows[1]).toBe(0);
  });

  it('saveState/loadState: a restored run continues exactly as the original', () => {
    const setup = (): World => {
      const w = world('housing', 1200, 100, 3);
      scatter(w, 1000, 21, 79, 12, 48, Goal.HOLD, new Rng(5, 0), 1);
      scatter(w, 200, 21, 79, 12, 48, Goal.EXIT, new Rng(6, 0), 1);
      for (let i = 1000; i < 1200; i++) w.c.leaving[i] = 1;
      deploy(w, 'housing', 1, 10);
      deploy(w, 'housing', 0, 60);
      return w;
    };
    const a = setup();
    run(a, 8);
    const saved = a.ph.saveState();
    const copy = (w: World): Record<string, Float64Array | Uint8Array | Int16Array | Int32Array> => ({
      cx: w.c.x.slice(), cy: w.c.y.slice(), cs: w.c.state.slice(), cpx: w.c.px.slice(), cpy: w.c.py.slice(), ci: w.c.injured.slice(),
      ox: w.o.x.slice(), oy: w.o.y.slice(), os: w.o.status.slice(),
    });
    const snap = copy(a);
    const rngWords = new Uint32Array(4);
    a.rng.words(rngWords, 0);
    run(a, 8);

    const b = setup();
    run(b, 3); // a different history: the load must overwrite everything that matters
    b.c.x.set(snap.cx as Float64Array); b.c.y.set(snap.cy as Float64Array); b.c.state.set(snap.cs as Uint8Array);
    b.c.px.set(snap.cpx as Float64Array); b.c.py.set(snap.cpy as Float64Array); b.c.injured.set(snap.ci as Uint8Array);
    b.o.x.set(snap.ox as Float64Array); b.o.y.set(snap.oy as Float64Array); b.o.status.set(snap.os as Uint8Array);
    b.rng.setWords(rngWords, 0);
    b.ph.loadState(structuredClone(saved));
    run(b, 8);
    expect(Array.from(b.c.x)).toEqual(Array.from(a.c.x));
    expect(Array.from(b.c.y)).toEqual(Array.from(a.c.y));
    expect(Array.from(b.o.x)).toEqual(Array.from(a.o.x));
    expect(b.ph.saveState()).toEqual(a.ph.saveState());
  });
});
