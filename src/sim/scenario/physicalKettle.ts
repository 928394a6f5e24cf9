// The inner region ("kettle") of each cordon (crowd-model.md §4.3): where the full line, taken as a wall,
// closes off an area from every exit (housing's gate closes the forecourt), that area; otherwise the
// zone's rectangle on the line's inner side. Computed lazily per line position, no allocation after setup.

import type { Cordons } from './physicalCordon';
import type { Venue } from './venue';

export class Kettles {
  private readonly venue: Venue;
  private readonly cordons: Cordons;
  /** 1 per 1 m cell of the flood-filled inner region of each bounded kettle (nz × cells). */
  private readonly region: Uint8Array;
  private readonly bounded: Uint8Array;
  /** Line progress the region was computed for (NaN = never). */
  private readonly key: Float64Array;
  private readonly wall: Uint8Array;
  private readonly queue: Int32Array;

  constructor(venue: Venue, cordons: Cordons) {
    this.venue = venue;
    this.cordons = cordons;
    this.region = new Uint8Array(cordons.nz * venue.cells);
    this.bounded = new Uint8Array(cordons.nz);
    this.key = new Float64Array(cordons.nz).fill(NaN);
    this.wall = new Uint8Array(venue.cells);
    this.queue = new Int32Array(venue.cells);
  }

  /** Forgets every computed region (after a state load). */
  invalidate(): void {
    this.key.fill(NaN);
  }

  /** Whether (x, y) is on the inner side of zone z's line and inside its inner region (line formed or not). */
  inside(z: number, x: number, y: number): boolean {
    const cd = this.cordons;
    const f = (x - cd.originX(z)) * (cd.nx[z] as number) + (y - cd.originY(z)) * (cd.ny[z] as number);
    if (f <= 0) return false;
    const v = this.venue;
    if (!(x >= 0 && y >= 0 && x < v.width && y < v.height)) return false;
    if (this.key[z] !== cd.progress[z]) this.compute(z);
    if (this.bounded[z] === 1) return this.region[z * v.cells + v.cellOf(x, y)] === 1;
    const r = v.spec.zones[z]!.rect;
    return x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1;
  }

  private compute(z: number): void {
    const v = this.venue;
    const cd = this.cordons;
    const { gw, gh, cells } = v;
    const wall = this.wall;
    wall.set(v.navBlocked);
    const ox = cd.originX(z);
    const oy = cd.originY(z);
    const ux = cd.ux[z] as number;
    const uy = cd.uy[z] as number;
    const l = cd.len[z] as number;
    // The whole segment is a wall here: the kettle is what the line closes off once complete.
    for (let t = 0; ; t += 0.25) {
      const tt = t > l ? l : t;
      wall[v.cellOf(ox + ux * tt, oy + uy * tt)] = 2;
      if (t >= l) break;
    }
    const region = this.region;
    const base = z * cells;
    region.fill(0, base, base + cells);
    let seed = -1;
    for (let a = 0.75; a <= 2.25 && seed < 0; a += 0.5) {
      const x = ox + ux * l * 0.5 + (cd.nx[z] as number) * a;
      const y = oy + uy * l * 0.5 + (cd.ny[z] as number) * a;
      if (x < 0 || y < 0 || x >= v.width || y >= v.height) continue;
      const c = v.cellOf(x, y);
      if (wall[c] === 0) seed = c;
    }
    let bounded = seed >= 0;
    if (seed >= 0) {
      // 4-connected flood: diagonal steps could slip through the corners of a rasterised line.
      let head = 0;
      let tail = 0;
      this.queue[tail++] = seed;
      region[base + seed] = 1;
      while (head < tail && bounded) {
        const c = this.queue[head++] as number;
        if (v.exitCell[c] === 1) { bounded = false; break; }
        const cx = c % gw;
        const cy = (c - cx) / gw;
        if (cx + 1 < gw) tail = this.visit(c + 1, base, tail);
        if (cx > 0) tail = this.visit(c - 1, base, tail);
        if (cy + 1 < gh) tail = this.visit(c + gw, base, tail);
        if (cy > 0) tail = this.visit(c - gw, base, tail);
      }
    }
    if (bounded) {
      // Cells under the line itself belong to the kettle on their inner part (the side test does the rest).
      for (let c = 0; c < cells; c++) if (wall[c] === 2) region[base + c] = 1;
    }
    this.bounded[z] = bounded ? 1 : 0;
    this.key[z] = cd.progress[z] as number;
  }

  private visit(n: number, base: number, tail: number): number {
    if (this.wall[n] !== 0 || this.region[base + n] === 1) return tail;
    this.region[base + n] = 1;
    this.queue[tail] = n;
    return tail + 1;
  }
}
