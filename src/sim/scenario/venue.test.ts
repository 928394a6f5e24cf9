import { describe, expect, it } from 'vitest';
import { Rng } from '../rng';
import { Band, FOCAL_RADIUS, buildVenue } from './venue';
import { VENUES } from './venueSpecs';
import { NAV_INF } from './venueNav';

const PRESETS = ['taxi', 'rent', 'housing'] as const;

describe('buildVenue', () => {
  it('indexes zones by the first matching rectangle and -1 elsewhere', () => {
    const v = buildVenue(VENUES.housing, new Rng(1, 0));
    expect(v.zoneAt(50, 15)).toBe(0); // salesOffice
    expect(v.zoneAt(70, 50)).toBe(1); // gate
    expect(v.zoneAt(100, 70)).toBe(2); // road
    expect(v.zoneAt(5, 5)).toBe(-1);
    expect(v.zoneAt(-1, 10)).toBe(-1);
    const t = buildVenue(VENUES.taxi, new Rng(1, 0));
    // (70, 16) lies on the gate/square boundary: gate is 4–16, so the square (16–58) holds it.
    expect(t.zoneAt(70, 16)).toBe(1);
    expect(t.zoneAt(70, 15.9)).toBe(0);
  });

  it('masks walls and leaves openings free', () => {
    const v = buildVenue(VENUES.housing, new Rng(1, 0));
    expect(v.isBlocked(50, 4)).toBe(true); // sales office
    expect(v.isBlocked(40, 50.5)).toBe(true); // fence
    expect(v.isBlocked(70, 50.5)).toBe(false); // gate opening
    expect(v.isBlocked(19, 30)).toBe(true); // side wall
    expect(v.isBlocked(50, 30)).toBe(false);
    expect(v.isBlocked(-0.1, 30)).toBe(true);
    expect(v.exitAt(0.2, 70)).toBe(0);
    expect(v.exitAt(139.8, 70)).toBe(1);
    expect(v.exitAt(70, 70)).toBe(-1);
  });

  it('parks the taxis in the road without overlaps, reproducibly from the population stream', () => {
    const spec = VENUES.taxi;
    const a = buildVenue(spec, new Rng(7, 0));
    const b = buildVenue(spec, new Rng(7, 0));
    const c = buildVenue(spec, new Rng(8, 0));
    expect(a.vehicles.length).toBe(60);
    expect(b.vehicles).toEqual(a.vehicles);
    expect(c.vehicles).not.toEqual(a.vehicles);
    const area = spec.vehicles!.area;
    for (let i = 0; i < a.vehicles.length; i++) {
      const r = a.vehicles[i]!;
      expect(r.x1 - r.x0).toBeCloseTo(4.6, 9);
      expect(r.y1 - r.y0).toBeCloseTo(2.0, 9);
      expect(r.x0).toBeGreaterThanOrEqual(area.x0);
      expect(r.x1).toBeLessThanOrEqual(area.x1);
      expect(r.y0).toBeGreaterThanOrEqual(area.y0);
      expect(r.y1).toBeLessThanOrEqual(area.y1);
      expect(a.isBlocked((r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2)).toBe(true);
      for (let j = 0; j < i; j++) {
        const q = a.vehicles[j]!;
        const overlap = r.x0 < q.x1 && q.x0 < r.x1 && r.y0 < q.y1 && q.y0 < r.y1;
        expect(overlap).toBe(false);
      }
    }
    expect(a.info.obstacles.length).toBe(spec.obstacles.length + 60);
    expect(a.info.zones.map((z) => z.name)).toEqual(['gate', 'square', 'road']);
  });

  it('builds chamfer fields: 0 at the goal, 2 per metre straight, 3 per diagonal step, around walls', () => {
    const v = buildVenue(VENUES.housing, new Rng(1, 0));
    const d = (x: number, y: number): number => v.focalStatic.dist[v.cellOf(x, y)] as number;
    expect(d(50.5, 9.5)).toBe(0);
    // Straight south of the focal area: each metre adds 2.
    for (let k = 0; k < 20; k++) expect(d(50.5, 13.5 + k) - d(50.5, 12.5 + k)).toBe(2);
    // Behind the fence (road side) the way goes round through the gate: longer than the straight line.
    const straight = 2 * (55 - 9 - FOCAL_RADIUS);
    expect(d(40.5, 55.5)).toBeGreaterThan(straight + 10);
    // Inside walls: no distance.
    expect(d(50.5, 3.5)).toBe(NAV_INF);
    // Exits have distance 0 and every open cell of the housing venue reaches one.
    expect(v.exitStatic.dist[v.cellOf(0.2, 70)]).toBe(0);
    for (let c = 0; c < v.cells; c++) if (v.navBlocked[c] === 0) expect(v.exitStatic.dist[c]).toBeLessThan(NAV_INF);
  });

  it('descending the direction field from any open cell reaches the goal', () => {
    for (const p of PRESETS) {
      const v = buildVenue(VENUES[p], new Rng(3, 0));
      const rng = new Rng(11, 4);
      for (let trial = 0; trial < 40; trial++) {
        let x: number;
        let y: number;
        do { x = rng.uniform() * v.width; y = rng.uniform() * v.height; } while (v.navBlocked[v.cellOf(x, y)] === 1);
        const f = trial % 2 === 0 ? v.focalStatic : v.exitStatic;
        let c = v.cellOf(x, y);
        const start = f.dist[c] as number;
        if (start >= NAV_INF) continue;
        // Each step moves to the neighbour the direction points at; distances must fall to 0.
        let steps = 0;
        while ((f.dist[c] as number) > 0 && steps < 1000) {
          const dx = Math.round(f.dirX[c] as number);
          const dy = Math.round(f.dirY[c] as number);
          const cx = (c % v.gw) + dx;
          const cy = Math.floor(c / v.gw) + dy;
          const n = cy * v.gw + cx;
          if ((f.dist[n] as number) >= (f.dist[c] as number)) {
            // A rounded direction can point at a non-improving cell only where moves tie: take the best.
            let best = c;
            for (let q = -1; q <= 1; q++) for (let r = -1; r <= 1; r++) {
              const m = (Math.floor(c / v.gw) + q) * v.gw + (c % v.gw) + r;
              if (m >= 0 && m < v.cells && (f.dist[m] as number) < (f.dist[best] as number)) best = m;
            }
            c = best;
          } else c = n;
          steps++;
        }
        expect(f.dist[c], `${p} from (${x.toFixed(1)}, ${y.toFixed(1)})`).toBe(0);
      }
    }
  });

  it('rebuilds the dynamic fields around cordon cells; the static ones stay', () => {
    const v = buildVenue(VENUES.housing, new Rng(1, 0));
    const inside = v.cellOf(50.5, 30.5);
    expect(v.exit.dist[inside]).toBeLessThan(NAV_INF);
    // Seal the gate opening (x 64–76, row 50).
    const cells = new Int32Array(12);
    for (let k = 0; k < 12; k++) cells[k] = v.cellOf(64.5 + k, 50.5);
    v.rebuildNav(cells, 12);
    expect(v.exit.dist[inside]).toBe(NAV_INF);
    expect(v.exitStatic.dist[inside]).toBeLessThan(NAV_INF);
    // The walking direction falls back to the static field (press towards the gate).
    const dir = new Float64Array(2);
    v.directionAt(1, inside, dir, 0);
    expect(dir[1]).toBeGreaterThan(0);
    v.rebuildNav(cells, 0);
    expect(v.exit.dist[inside]).toBeLessThan(NAV_INF);
  });

  it('marks the bystanders’ periphery band 15–30 m from the focal point', () => {
    const v = buildVenue(VENUES.rent, new Rng(1, 0));
    const f = v.spec.focal; // measured along the open column below the focal point
    expect(v.periphery[v.cellOf(f.x + 0.5, f.y + 5.5)]).toBe(Band.NEAR);
    expect(v.periphery[v.cellOf(f.x + 0.5, f.y + 20.5)]).toBe(Band.IN);
    expect(v.periphery[v.cellOf(f.x + 0.5, f.y + 40.5)]).toBe(Band.FAR);
  });
});
