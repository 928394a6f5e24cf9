// Neighbourhood tables of the `epstein` torus (crowd-model.md §4.9): for every cell, the distinct cells whose
// centres lie within Euclidean torus distance `vision`, own cell included (NetLogo `patches in-radius vision`).

/** cells[c·size + k] is the k-th neighbour of cell c (c = y·width + x); every cell has `size` neighbours. */
export interface TorusNeighbourhood {
  width: number;
  height: number;
  size: number;
  cells: Int32Array;
}

/**
 * Builds the tables. Offsets are the integer (dx, dy) with dx² + dy² ≤ vision², taken modulo the world so
 * that a cell reachable by two images on a small torus appears once (NetLogo's agentset semantics).
 */
export function buildTorusNeighbourhood(width: number, height: number, vision: number): TorusNeighbourhood {
  const r = Math.floor(vision);
  const v2 = vision * vision;
  const seen = new Uint8Array(width * height);
  const odx: number[] = [];
  const ody: number[] = [];
  // Row by row from the top, own cell first: the order only fixes which draw picks which cell.
  odx.push(0);
  ody.push(0);
  seen[0] = 1;
  for (let dy = -r; dy <= r; dy++) {
    for (let dx = -r; dx <= r; dx++) {
      if (dx * dx + dy * dy > v2) continue;
      const mx = ((dx % width) + width) % width;
      const my = ((dy % height) + height) % height;
      const key = my * width + mx;
      if (seen[key] === 1) continue;
      seen[key] = 1;
      odx.push(mx);
      ody.push(my);
    }
  }
  const size = odx.length;
  const cells = new Int32Array(width * height * size);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const base = (y * width + x) * size;
      for (let k = 0; k < size; k++) {
        const nx = (x + (odx[k] as number)) % width;
        const ny = (y + (ody[k] as number)) % height;
        cells[base + k] = ny * width + nx;
      }
    }
  }
  return { width, height, size, cells };
}
