// Validation of an action script (crowd-model.md §5.1): a JSON array of {tick, command, args}.
// Messages are prefixed by the item's index in the file ("[3].args.zone: …") so a caller can add the file name.

import { SimInputError } from './types';
import type { ActionItem, PresetName } from './types';
import { describeKey, describeValue, validateCommand } from './commandValidation';

const ITEM_KEYS = ['tick', 'command', 'args'];

/**
 * Validates `json` as an action script for `preset` and returns its items stably sorted by tick
 * (items with the same tick keep their file order). Throws SimInputError on the first bad item.
 */
export function parseActions(json: unknown, preset: PresetName): ActionItem[] {
  if (!Array.isArray(json)) throw new SimInputError('expected an array of {tick, command, args}');
  const items: ActionItem[] = [];
  json.forEach((raw: unknown, i) => {
    const where = `[${i}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw new SimInputError(`${where}: expected an object {tick, command, args}, got ${describeValue(raw)}`);
    }
    for (const key of Object.keys(raw)) {
      if (!ITEM_KEYS.includes(key)) {
        const k = describeKey(key);
        throw new SimInputError(`${where}.${k}: unknown field "${k}" (expected ${ITEM_KEYS.join(', ')})`);
      }
    }
    const tick = (raw as Record<string, unknown>)['tick'];
    if (tick === undefined) throw new SimInputError(`${where}.tick: missing (expected an integer ≥ 0)`);
    if (typeof tick !== 'number' || !Number.isSafeInteger(tick) || tick < 0) {
      throw new SimInputError(`${where}.tick: must be an integer ≥ 0, got ${describeValue(tick)}`);
    }
    items.push({ tick, ...validateCommand(raw, preset, where) });
  });
  // Array.prototype.sort is stable (ES2019) and the comparator is total on integers.
  return items.sort((a, b) => a.tick - b.tick);
}
