// The crowd as the story and the manifest's inject conditions read it: 0–100 scales and counts
// (docs/authoring.md §3–4), from the latest indicators.

import type { InjectCondition } from '../scenario';
import type { CrowdSample } from './eventLog';

export type ValueName = keyof CrowdSample | 'sceneMinutes';

/** Whether every clause of `when` holds for these values (departments through `arrived`). */
export function conditionHolds(when: InjectCondition, values: CrowdSample, minutes: number, arrived: (d: string) => boolean): boolean {
  for (const [key, cmp] of Object.entries(when)) {
    if (key === 'arrived') {
      if (!arrived(String(cmp))) return false;
      continue;
    }
    if (typeof cmp !== 'object' || cmp === null) continue;
    const v = key === 'sceneMinutes' ? minutes : values[key as keyof CrowdSample];
    const c = cmp as { gt?: number; gte?: number; lt?: number; lte?: number };
    if (c.gt !== undefined && !(v > c.gt)) return false;
    if (c.gte !== undefined && !(v >= c.gte)) return false;
    if (c.lt !== undefined && !(v < c.lt)) return false;
    if (c.lte !== undefined && !(v <= c.lte)) return false;
  }
  return true;
}

/** "07:40" + minutes → "HH:MM" (wrapping past midnight). */
export function clockAt(start: string, minutes: number): string {
  const [h, m] = start.split(':').map(Number);
  const total = ((h ?? 0) * 60 + (m ?? 0) + Math.floor(minutes)) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}
