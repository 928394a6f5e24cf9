// Crowd pressure (crowd-model.md §4.6 point 7, Helbing et al. 2007): P = ρ·Var(v) over 3×3 blocks of
// the 1 m grid, from the citizens' velocities without jitter. Read-only on the density grid.

import { PRESSURE_ALERT, RHO_CONTACT, type DensityGrid } from './physicalDensity';

/**
 * True when some occupied cell with ρ ≥ 3.57 has crowd pressure ρ·Var(v) ≥ 0.02 s⁻², with
 * Var(v) = ⟨|v|²⟩ − |⟨v⟩|² over the citizens of its 3×3 block. Records the largest pressure and its cell.
 */
export function pressureAlert(g: DensityGrid): boolean {
  const { gw, gh, rho, occupied, moments } = g;
  let alert = false;
  g.maxPressure = 0;
  g.maxPressureCell = -1;
  // No hot cell: no occupied cell reached contact density in this sub-step's smoothing.
  if (g.nHot === 0) return false;
  for (let k = 0; k < g.nOcc; k++) {
    const t = occupied[k] as number;
    const r = rho[t] as number;
    if (r < RHO_CONTACT) continue;
    const tx = t % gw;
    const ty = (t - tx) / gw;
    let n = 0;
    let sx = 0;
    let sy = 0;
    let s2 = 0;
    for (let y = ty - 1; y <= ty + 1; y++) {
      if (y < 0 || y >= gh) continue;
      for (let x = tx - 1; x <= tx + 1; x++) {
        if (x < 0 || x >= gw) continue;
        const b = 4 * (y * gw + x);
        const m = moments[b + 3] as number;
        if (m === 0) continue;
        n += m;
        sx += moments[b] as number;
        sy += moments[b + 1] as number;
        s2 += moments[b + 2] as number;
      }
    }
    if (n < 2) continue;
    const mx = sx / n;
    const my = sy / n;
    let v = s2 / n - (mx * mx + my * my);
    if (v < 0) v = 0;
    const p = r * v;
    if (p > g.maxPressure) { g.maxPressure = p; g.maxPressureCell = t; }
    if (p >= PRESSURE_ALERT) alert = true;
  }
  return alert;
}
