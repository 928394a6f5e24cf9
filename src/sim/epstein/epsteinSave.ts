// Save and restore of the `epstein` world as plain data (typed-array copies, numbers): structured-clone safe.
// Restore then the same commands reproduce the same hashes; per-cell counts are rebuilt from positions.

import { SimInputError } from '../types';
import type { EpsteinParams } from './epsteinParams';
import { resolveEpsteinParams } from './epsteinParams';
import type { EpsteinWorld } from './epsteinWorld';

const VERSION = 1;

/** Copies every piece of model state (the RNG words included) into a fresh plain object. */
export function saveWorld(w: EpsteinWorld): Record<string, unknown> {
  const rng = new Uint32Array(4 * w.streams.length);
  w.streams.forEach((s, k) => s.words(rng, 4 * k));
  const p = w.params;
  const params: EpsteinParams = {
    ...p,
    legitimacy: typeof p.legitimacy === 'number' ? p.legitimacy : p.legitimacy.map((pt) => [pt[0], pt[1]] as const),
  };
  return {
    version: VERSION,
    width: w.width,
    height: w.height,
    nbSize: w.nbSize,
    citizens: w.nCit,
    tick: w.tick,
    L: w.L,
    arrests: w.arrests,
    params,
    citCell: w.citCell.slice(),
    hardship: w.hardship.slice(),
    riskAversion: w.riskAversion.slice(),
    active: w.active.slice(),
    jail: w.jail.slice(),
    D: w.D.slice(),
    P: w.P.slice(),
    C: w.C.slice(),
    A: w.A.slice(),
    copCell: w.copCell.slice(0, w.nCops),
    head: w.head.slice(),
    next: w.next.slice(),
    prev: w.prev.slice(),
    rng,
  };
}

function field<T>(d: Record<string, unknown>, key: string, ctor: { new (n: number): T }, length: number | null): T {
  const v = d[key];
  if (!(v instanceof ctor) || (length !== null && (v as unknown as ArrayLike<number>).length !== length)) {
    throw new SimInputError(`restore: field "${key}" is missing or has the wrong type or length`);
  }
  return v;
}

function numberField(d: Record<string, unknown>, key: string): number {
  const v = d[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new SimInputError(`restore: field "${key}" must be a number`);
  return v;
}

/** Restores a save made by `saveWorld` of a world with the same geometry; throws SimInputError otherwise. */
export function restoreWorld(w: EpsteinWorld, d: Record<string, unknown>): void {
  if (d['version'] !== VERSION) throw new SimInputError(`restore: unsupported save version ${String(d['version'])}`);
  const geometry = ['width', 'height', 'nbSize', 'citizens'] as const;
  const mine = [w.width, w.height, w.nbSize, w.nCit];
  geometry.forEach((key, k) => {
    if (numberField(d, key) !== mine[k]) {
      throw new SimInputError(`restore: the save has ${key} ${String(d[key])}, this sim ${String(mine[k])}`);
    }
  });
  const n = w.nCit;
  const cells = w.cellCount;
  const copCell = field(d, 'copCell', Int32Array, null);
  if (copCell.length > w.copCap) throw new SimInputError('restore: too many cops for this world');
  const params = resolveEpsteinParams(d['params'] as Partial<EpsteinParams>);
  // Validate everything before touching the world, so a bad save leaves it unchanged.
  const tick = numberField(d, 'tick');
  const L = numberField(d, 'L');
  const arrests = numberField(d, 'arrests');
  const f64 = ['hardship', 'riskAversion', 'D', 'P'] as const;
  const i32 = ['citCell', 'jail', 'C', 'A', 'next', 'prev'] as const;
  const f64v = f64.map((key) => field(d, key, Float64Array, n));
  const i32v = i32.map((key) => field(d, key, Int32Array, n));
  const active = field(d, 'active', Uint8Array, n);
  const head = field(d, 'head', Int32Array, cells);
  const rng = field(d, 'rng', Uint32Array, 4 * w.streams.length);

  w.setParams(params);
  w.tick = tick;
  w.L = L;
  w.arrests = arrests;
  f64.forEach((key, k) => w[key].set(f64v[k] as Float64Array));
  i32.forEach((key, k) => w[key].set(i32v[k] as Int32Array));
  w.active.set(active);
  w.head.set(head);
  w.copCell.set(copCell);
  w.nCops = copCell.length;
  w.streams.forEach((s, k) => s.setWords(rng, 4 * k));
  w.recount();
}
