// Chamfer distance fields on the 1 m grid (crowd-model.md §4.6 point 2): integer weights 2 orthogonal /
// 3 diagonal, solved exactly around obstacles by Dial's bucket queue, plus a descent direction per cell.
// All buffers are allocated once; solving a field allocates nothing.

export const NAV_INF = 0x3fffffff;

/** A distance field and its unit descent direction per 1 m cell (0,0 at the goal or with no way out). */
export class NavField {
  readonly dist: Int32Array;
  readonly dirX: Float64Array;
  readonly dirY: Float64Array;

  constructor(cells: number) {
    this.dist = new Int32Array(cells).fill(NAV_INF);
    this.dirX = new Float64Array(cells);
    this.dirY = new Float64Array(cells);
  }
}

/** Dial's algorithm over a gw × gh grid; four cyclic buckets suffice because edge weights are ≤ 3. */
export class ChamferSolver {
  readonly gw: number;
  readonly gh: number;
  private readonly cells: number;
  private readonly buf: Int32Array;
  private readonly len = new Int32Array(4);

  constructor(gw: number, gh: number) {
    this.gw = gw;
    this.gh = gh;
    this.cells = gw * gh;
    // A cell is in a given bucket at most once at a time (distances only decrease), so `cells` per bucket.
    this.buf = new Int32Array(4 * this.cells);
  }

  /** Fills `dist` with chamfer distances from the seed cells; blocked cells stay NAV_INF unless seeded. */
  solve(blocked: Uint8Array, seeds: Int32Array, nSeeds: number, dist: Int32Array): void {
    const { gw, cells, buf, len } = this;
    dist.fill(NAV_INF);
    len.fill(0);
    let pending = 0;
    for (let k = 0; k < nSeeds; k++) {
      const s = seeds[k] as number;
      if (dist[s] === 0) continue;
      dist[s] = 0;
      buf[len[0] as number] = s;
      len[0] = (len[0] as number) + 1;
      pending++;
    }
    let cur = 0;
    while (pending > 0) {
      const bi = cur & 3;
      const base = bi * cells;
      const b2 = ((cur + 2) & 3) * cells;
      const b3 = ((cur + 3) & 3) * cells;
      const i2 = (cur + 2) & 3;
      const i3 = (cur + 3) & 3;
      const d2 = cur + 2;
      const d3 = cur + 3;
      let n0 = len[bi] as number;
      let n2 = len[i2] as number;
      let n3 = len[i3] as number;
      while (n0 > 0) {
        const c = buf[base + --n0] as number;
        pending--;
        if (dist[c] !== cur) continue; // stale entry: the cell was reached more cheaply
        const cx = c % gw;
        const e = cx + 1 < gw && blocked[c + 1] === 0;
        const w = cx > 0 && blocked[c - 1] === 0;
        const s = c + gw < cells && blocked[c + gw] === 0;
        const n = c >= gw && blocked[c - gw] === 0;
        let t = c + 1;
        if (e && d2 < (dist[t] as number)) { dist[t] = d2; buf[b2 + n2++] = t; pending++; }
        t = c - 1;
        if (w && d2 < (dist[t] as number)) { dist[t] = d2; buf[b2 + n2++] = t; pending++; }
        t = c + gw;
        if (s && d2 < (dist[t] as number)) { dist[t] = d2; buf[b2 + n2++] = t; pending++; }
        t = c - gw;
        if (n && d2 < (dist[t] as number)) { dist[t] = d2; buf[b2 + n2++] = t; pending++; }
        // Diagonals only when both orthogonal neighbours are free: no cutting of obstacle corners.
        t = c + gw + 1;
        if (s && e && blocked[t] === 0 && d3 < (dist[t] as number)) { dist[t] = d3; buf[b3 + n3++] = t; pending++; }
        t = c + gw - 1;
        if (s && w && blocked[t] === 0 && d3 < (dist[t] as number)) { dist[t] = d3; buf[b3 + n3++] = t; pending++; }
        t = c - gw + 1;
        if (n && e && blocked[t] === 0 && d3 < (dist[t] as number)) { dist[t] = d3; buf[b3 + n3++] = t; pending++; }
        t = c - gw - 1;
        if (n && w && blocked[t] === 0 && d3 < (dist[t] as number)) { dist[t] = d3; buf[b3 + n3++] = t; pending++; }
      }
      len[bi] = 0;
      len[i2] = n2;
      len[i3] = n3;
      cur++;
    }
  }
}

// Neighbour order is fixed (E, W, S, N, SE, SW, NE, NW) so ties always resolve the same way.
const NDX = new Int8Array([1, -1, 0, 0, 1, -1, 1, -1]);
const NDY = new Int8Array([0, 0, 1, -1, 1, 1, -1, -1]);

/**
 * Descent direction of cell c into out[o], out[o + 1]. A free, reachable cell averages its improving
 * moves weighted by the drop per metre (smoother than the single best move); a blocked or cut-off cell
 * points to its best finite neighbour, so agents pushed into such cells find their way back.
 */
export function descentAt(
  dist: Int32Array, blocked: Uint8Array, gw: number, gh: number, c: number, out: Float32Array | Float64Array, o: number,
): void {
  const d = dist[c] as number;
  if (d === 0) { out[o] = 0; out[o + 1] = 0; return; }
  const cx = c % gw;
  const cy = (c - cx) / gw;
  const free = d < NAV_INF && blocked[c] === 0;
  let sx = 0;
  let sy = 0;
  let best = d;
  let bx = 0;
  let by = 0;
  for (let k = 0; k < 8; k++) {
    const dx = NDX[k] as number;
    const dy = NDY[k] as number;
    const nx = cx + dx;
    const ny = cy + dy;
    if (nx < 0 || ny < 0 || nx >= gw || ny >= gh) continue;
    const n = ny * gw + nx;
    const dn = dist[n] as number;
    if (dn >= NAV_INF || blocked[n] !== 0) continue;
    const diag = k >= 4;
    if (free && diag && (blocked[cy * gw + nx] !== 0 || blocked[ny * gw + cx] !== 0)) continue;
    if (dn < best) { best = dn; bx = dx; by = dy; }
    if (free && dn < d) {
      // Drop per metre times the unit vector: orthogonal (d − dn)·(dx, dy); diagonal (d − dn)/2·(dx, dy).
      const wgt = diag ? (d - dn) * 0.5 : d - dn;
      sx += wgt * dx;
      sy += wgt * dy;
    }
  }
  let m = sx * sx + sy * sy;
  if (m < 1e-12) { sx = bx; sy = by; m = sx * sx + sy * sy; }
  if (m > 0) {
    const inv = 1 / Math.sqrt(m);
    out[o] = sx * inv;
    out[o + 1] = sy * inv;
  } else {
    out[o] = 0;
    out[o + 1] = 0;
  }
}

/** Descent directions of every cell of a solved field (static fields, built once). */
export function computeDirections(f: NavField, blocked: Uint8Array, gw: number, gh: number): void {
  const tmp = new Float32Array(2);
  for (let c = 0; c < gw * gh; c++) {
    descentAt(f.dist, blocked, gw, gh, c, tmp, 0);
    f.dirX[c] = tmp[0] as number;
    f.dirY[c] = tmp[1] as number;
  }
}

/**
 * A field that follows the cordon lines, with walking directions filled lazily per cell: after a rebuild
 * only the cells people stand on are computed (O(occupied cells), not O(cells)). Where the dynamic field
 * does not reach a cell (cut off by a line), the static field's direction is used: people press against
 * the line towards where they want to go.
 */
export class DynamicField {
  readonly dist: Int32Array;
  /**
   * Per cell c: direction at 3c, 3c + 1 and, at 3c + 2, the version it was computed for (valid when equal
   * to `version`; float32 holds versions exactly up to 2^24 rebuilds). One record, one cache line.
   */
  readonly dir: Float32Array;
  version = 1;
  private readonly fixed: NavField;
  private readonly gw: number;
  private readonly gh: number;
  private blocked: Uint8Array;

  constructor(fixed: NavField, blocked: Uint8Array, gw: number, gh: number) {
    const cells = gw * gh;
    this.fixed = fixed;
    this.gw = gw;
    this.gh = gh;
    this.blocked = blocked;
    this.dist = fixed.dist.slice();
    this.dir = new Float32Array(3 * cells);
  }

  /** Adopts a new solve (dist already written) over these blocked cells; invalidates all directions. */
  renew(blocked: Uint8Array): void {
    this.blocked = blocked;
    this.version++;
  }

  /** Computes cell c's direction for the current version. */
  fill(c: number): void {
    const d = this.dist[c] as number;
    // At the goal the static direction applies too (exit cells point out through the exit strip).
    if (d > 0 && d < NAV_INF) descentAt(this.dist, this.blocked, this.gw, this.gh, c, this.dir, 3 * c);
    else {
      this.dir[3 * c] = this.fixed.dirX[c] as number;
      this.dir[3 * c + 1] = this.fixed.dirY[c] as number;
    }
    this.dir[3 * c + 2] = this.version;
  }
}
