// Moving cordon lines (crowd-model.md §4.3, §4.6 point 4): a filled advancing line walks towards its end
// position at 0.3 m/s, holds in front of critical density, and sweeps the citizens it passes onto its
// outer side; and the 1 m cells under closed line parts, which the navigation fields treat as walls.

import type { Citizens, Officers } from './citizens';
import { ADVANCE_SPEED, DISPLACE_GAP, RHO_HOLD, type Cordons } from './physicalCordon';
import type { DensityGrid } from './physicalDensity';
import type { Venue } from './venue';

/**
 * Advances every filled advancing line by up to 0.3 m (one 1 s sub-step) unless the 1 m cell ahead of
 * one of its officers is at critical density; displaces the citizens the line passes over onto its
 * outer side (this ignores their preferences: it is how a cordon compresses a calm crowd) and carries
 * the officers in place with it.
 */
export function advanceLines(cd: Cordons, c: Citizens, o: Officers, density: DensityGrid, venue: Venue): void {
  cd.advanced.fill(0);
  for (let z = 0; z < cd.nz; z++) {
    const p = cd.progress[z] as number;
    const al = cd.advLen[z] as number;
    if (cd.filled[z] === 0 || al <= 0 || p >= al) continue;
    const dx = cd.dx[z] as number;
    const dy = cd.dy[z] as number;
    let hold = false;
    for (let j = 0; j < o.used && !hold; j++) {
      if (cd.inPlace[j] === 0 || (o.zone[j] as number) !== z) continue;
      for (let a = 0.5; a <= 1; a += 0.5) {
        const x = (o.x[j] as number) + dx * a;
        const y = (o.y[j] as number) + dy * a;
        if (x < 0 || y < 0 || x >= venue.width || y >= venue.height) continue;
        if ((density.rho[venue.cellOf(x, y)] as number) >= RHO_HOLD) { hold = true; break; }
      }
    }
    if (hold) continue;
    const step = Math.min(ADVANCE_SPEED, al - p);
    const ox = cd.originX(z);
    const oy = cd.originY(z);
    const ux = cd.ux[z] as number;
    const uy = cd.uy[z] as number;
    for (let i = 0; i < c.used; i++) {
      if ((c.state[i] as number) > 2) continue;
      const rx = (c.x[i] as number) - ox;
      const ry = (c.y[i] as number) - oy;
      const s = rx * dx + ry * dy;
      if (s < 0 || s >= step + DISPLACE_GAP) continue;
      const t = rx * ux + ry * uy;
      if (!cd.isClosedAt(z, t)) continue;
      c.x[i] = (c.x[i] as number) + dx * (step + DISPLACE_GAP - s);
      c.y[i] = (c.y[i] as number) + dy * (step + DISPLACE_GAP - s);
    }
    for (let j = 0; j < o.used; j++) {
      if (cd.inPlace[j] === 0 || (o.zone[j] as number) !== z) continue;
      o.x[j] = (o.x[j] as number) + dx * step;
      o.y[j] = (o.y[j] as number) + dy * step;
    }
    cd.progress[z] = p + step;
    cd.advanced[z] = 1;
  }
}

/**
 * Whether some line is forming (slotted, not all in place) or filled with room left to advance: only
 * then can a cordon officer make an incursion (physicalOfficers' detectIncursions).
 */
export function linesMayIntrude(cd: Cordons): boolean {
  for (let z = 0; z < cd.nz; z++) {
    const p = cd.progress[z] as number;
    const al = cd.advLen[z] as number;
    if (cd.filled[z] === 0 ? (cd.slotted[z] as number) > 0 : al > 0 && p < al) return true;
  }
  return false;
}

/** 1 m cells under the closed parts of all lines (for the navigation fields); returns the count. */
export function rasterizeLines(cd: Cordons, out: Int32Array, venue: Venue): number {
  let n = 0;
  for (let z = 0; z < cd.nz; z++) {
    const ox = cd.originX(z);
    const oy = cd.originY(z);
    const ux = cd.ux[z] as number;
    const uy = cd.uy[z] as number;
    for (let k = 0; k < (cd.ivN[z] as number); k++) {
      const s = cd.intervalStart(z, k);
      const e = cd.intervalEnd(z, k);
      let last = -1;
      for (let t = s; ; t += 0.25) {
        const tt = t > e ? e : t;
        const cell = venue.cellOf(ox + ux * tt, oy + uy * tt);
        if (cell !== last && n < out.length) { out[n++] = cell; last = cell; }
        if (t >= e) break;
      }
    }
  }
  return n;
}
