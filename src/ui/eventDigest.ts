// Decides which sim events reach the scene log: the model may raise the same alert every tick,
// the trainee needs to hear it once per few scene minutes per place.
import type { SimEvent } from '../sim';

/** Returns a filter that passes an event unless the same kind in the same zone passed within `gapTicks`. */
export function createEventDigest(gapTicks: number): (e: SimEvent) => boolean {
  const lastShown = new Map<string, number>();
  return (e) => {
    const key = `${e.kind}@${e.zone}`;
    const last = lastShown.get(key);
    if (last !== undefined && e.tick - last < gapTicks) return false;
    lastShown.set(key, e.tick);
    return true;
  };
}
