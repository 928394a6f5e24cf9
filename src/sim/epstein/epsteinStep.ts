// One tick of NetLogo Rebellion (crowd-model.md §4.9): random sequential activation of all agents,
// citizens move then decide, cops move then enforce, jail terms run down after the loop. No allocation.

import { Stream } from '../rng';
import type { Rng } from '../rng';
import type { EpsteinWorld } from './epsteinWorld';

/** Random probes before falling back to a full scan of the neighbourhood. */
const PROBES = 16;

/**
 * Rule M's target: a cell of the neighbourhood of `cell` holding no cop and no free citizen, uniformly
 * among such cells, or −1 if there is none (the mover stays). Probing uniform cells and accepting the
 * first empty one is exactly uniform over the empty cells, and so is the fallback scan; probing avoids
 * scanning ~150 cells for every agent every tick.
 */
function pickEmptyCell(w: EpsteinWorld, cell: number, rng: Rng): number {
  const nb = w.nb;
  const blocked = w.blocked;
  const size = w.nbSize;
  const base = cell * size;
  for (let t = 0; t < PROBES; t++) {
    const q = nb[base + rng.int(size)] as number;
    if (blocked[q] === 0) return q;
  }
  const scratch = w.scratch;
  let m = 0;
  for (let k = base, end = base + size; k < end; k++) {
    const q = nb[k] as number;
    if (blocked[q] === 0) scratch[m++] = q;
  }
  return m > 0 ? (scratch[rng.int(m)] as number) : -1;
}

/** Advances the world from tick t to t + 1 with the legitimacy in effect at t (w.L). */
export function stepEpstein(w: EpsteinWorld): void {
  const rng = w.streams[Stream.social] as Rng;
  const L = w.L;
  const threshold = w.params.threshold;
  const maxJail = w.params.maxJailTerm;
  const movement = w.params.movement;
  const nCit = w.nCit;
  const n = nCit + w.nCops;
  const order = w.order;
  const nb = w.nb;
  const size = w.nbSize;
  const activesSeen = w.activesSeen;
  const activeCount = w.activeCount;
  const citCell = w.citCell;
  const copCell = w.copCell;
  const active = w.active;
  const jail = w.jail;
  const head = w.head;
  const next = w.next;
  const arrestedNow = w.arrestedNow;

  // `ask turtles`: a fresh random order of citizens and cops together every tick (Fisher–Yates).
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
  arrestedNow.fill(0);

  for (let idx = 0; idx < n; idx++) {
    const agent = order[idx] as number;
    if (agent < nCit) {
      if (jail[agent] !== 0) continue; // jailed citizens do nothing
      let cell = citCell[agent] as number;
      if (movement) {
        const target = pickEmptyCell(w, cell, rng);
        if (target >= 0) {
          w.unlinkFree(agent, cell);
          citCell[agent] = target;
          w.linkFree(agent, target);
          cell = target;
        }
      }
      // Rule A: active iff H·(1 − L) − R·P > T, with P from this moment's neighbourhood.
      const now = w.perceive(agent, L) > threshold ? 1 : 0;
      if (now !== active[agent]) {
        active[agent] = now;
        w.changeActives(cell, now === 1 ? 1 : -1);
      }
      continue;
    }

    const cop = agent - nCit;
    let cell = copCell[cop] as number;
    const target = pickEmptyCell(w, cell, rng);
    if (target >= 0) {
      w.moveCop(cop, target);
      cell = target;
    }

    // Rule C: arrest one active citizen drawn uniformly from the neighbourhood, then stand on its cell.
    const base = cell * size;
    const end = base + size;
    const total = activesSeen[cell] as number;
    if (total === 0) continue;
    let r = rng.int(total);
    let q = cell;
    for (let k = base; k < end; k++) {
      q = nb[k] as number;
      const ac = activeCount[q] as number;
      if (r < ac) break;
      r -= ac;
    }
    let suspect = head[q] as number;
    while (suspect >= 0) {
      if (active[suspect] === 1) {
        if (r === 0) break;
        r--;
      }
      suspect = next[suspect] as number;
    }
    const term = rng.int(maxJail); // ⌊u·J_max⌋: 0 … J_max − 1; a term of 0 leaves the citizen free
    active[suspect] = 0;
    w.changeActives(q, -1);
    arrestedNow[suspect] = 1;
    w.arrests++;
    if (term > 0) {
      jail[suspect] = term;
      w.unlinkFree(suspect, q);
    }
    w.moveCop(cop, q);
  }

  // Jail terms run down after the loop; a released citizen is free (and quiet) on its cell.
  for (let i = 0; i < nCit; i++) {
    const j = jail[i] as number;
    if (j === 0) continue;
    jail[i] = j - 1;
    if (j === 1) w.linkFree(i, citCell[i] as number);
  }
  w.tick++;
  w.L = w.schedule.at(w.tick);
}
