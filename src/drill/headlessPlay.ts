// Headless play: a drill driven by a choice policy instead of a trainee (the CLI, the checker and
// golden tests), and replay of recorded inputs to the identical run (same event-log hash).

import { Rng } from '../sim';
import type { StoryChoice } from '../story';
import { Drill, DrillInputError, TICKS_PER_MINUTE, type DrillOptions } from './drill';
import type { DrillInput } from './eventLog';

/** Picks a choice index; `decision` counts the choices made so far. */
export type ChoicePolicy = (choices: readonly StoryChoice[], decision: number, drill: Drill) => number;

export const firstChoice: ChoicePolicy = () => 0;

/** Uniformly random choices from a seeded stream (independent of the crowd's streams). */
export function randomChoices(seed: number): ChoicePolicy {
  const rng = new Rng(seed, 101);
  return (choices) => rng.int(choices.length);
}

/** Follows a list of choice indices; throws when the list runs out or names a missing choice. */
export function scriptedChoices(indices: readonly number[]): ChoicePolicy {
  return (choices, decision) => {
    const i = indices[decision];
    if (i === undefined) throw new DrillInputError(`the choice list ran out at decision ${decision + 1} (it has ${indices.length})`);
    if (!Number.isInteger(i) || i < 0 || i >= choices.length) {
      throw new DrillInputError(`decision ${decision + 1}: choice ${i} does not exist (there are ${choices.length})`);
    }
    return i;
  };
}

/**
 * Plays the drill to its end: waits out time costs, takes `thinkSeconds` per choice (from the
 * manifest) while the crowd runs, then asks the policy. Returns the drill.
 */
export function playHeadless(drill: Drill, policy: ChoicePolicy): Drill {
  const thinkTicks = Math.round((drill.scenario.manifest.clock.thinkSeconds / 60) * TICKS_PER_MINUTE);
  let decision = 0;
  while (!drill.ended) {
    if (drill.choices.length === 0) {
      // The story is paused by a time cost: let the scene run until it offers choices again.
      drill.advanceUntilChoices(Math.max(drill.lockedUntil, drill.tick + 1));
      continue;
    }
    const offered = drill.choiceSets;
    drill.advanceUntilChoices(drill.tick + thinkTicks);
    if (drill.ended) break;
    // Interrupted while thinking: think again about the new choices.
    if (drill.choiceSets !== offered) continue;
    drill.choose(policy(drill.choices, decision++, drill));
  }
  return drill;
}

/** Rebuilds a run from its inputs: a new drill, each input at its tick, then on to `endTick`. */
export function replayDrill(o: DrillOptions, inputs: readonly DrillInput[], endTick?: number): Drill {
  const drill = new Drill(o);
  for (const input of inputs) {
    if (input.tick < drill.tick) throw new DrillInputError(`inputs out of order at tick ${input.tick}`);
    drill.advanceTo(input.tick);
    if (drill.ended) throw new DrillInputError(`the drill ended at tick ${drill.tick}, before an input at tick ${input.tick}`);
    drill.applyInput(input);
  }
  if (endTick !== undefined) drill.advanceTo(endTick);
  return drill;
}

/** A new drill at the moment input `index` was made, ready to choose differently ("try again from here"). */
export function forkDrill(o: DrillOptions, inputs: readonly DrillInput[], index: number): Drill {
  const at = inputs[index];
  if (!at) throw new DrillInputError(`no input ${index} to fork at (there are ${inputs.length})`);
  const drill = replayDrill(o, inputs.slice(0, index));
  drill.advanceTo(at.tick);
  return drill;
}
