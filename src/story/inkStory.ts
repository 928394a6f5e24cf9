// A narrow port over inkjs's Story (wrapped, never subclassed): continue, choose, interrupt and
// return, save and load. It knows nothing of the crowd: values come in through StoryValues.

import { Story } from 'inkjs';

/** Read-only values the story may ask for (EXTERNAL functions), all whole numbers or booleans. */
export interface StoryValues {
  number(name: 'tension' | 'legitimacy' | 'rumor' | 'safety' | 'crowd' | 'violence' | 'arrests' | 'injuries' | 'sceneMinutes'): number;
  arrived(department: string): boolean;
  deployed(posture: string): number;
}

export const NUMBER_EXTERNALS = [
  'tension', 'legitimacy', 'rumor', 'safety', 'crowd', 'violence', 'arrests', 'injuries', 'sceneMinutes',
] as const;
export const EXTERNAL_NAMES: readonly string[] = [...NUMBER_EXTERNALS, 'arrived', 'deployed'];

export interface StoryLine {
  text: string;
  tags: string[];
}
export interface StoryChoice {
  index: number;
  text: string;
  tags: string[];
}

/** A saved story: Ink's own state JSON (it holds every flow, so an interrupt in progress too). */
export interface StorySave {
  ink: string;
}

const INTERRUPT_FLOW = 'interrupt';

/** Runtime problems Ink reports (a missing divert target at run time, an unbound function …). */
export class StoryRuntimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoryRuntimeError';
  }
}

export class InkStory {
  private readonly story: Story;
  private values: StoryValues | null = null;

  /** `json` is the compiled story; `seed` fixes Ink's own randomness (shuffles, RANDOM). */
  constructor(json: string, seed: number) {
    this.story = new Story(json);
    this.story.allowExternalFunctionFallbacks = true;
    this.story.onError = (message: string) => {
      throw new StoryRuntimeError(message);
    };
    for (const name of NUMBER_EXTERNALS) {
      this.story.BindExternalFunction(name, () => this.source().number(name), true);
    }
    this.story.BindExternalFunction('arrived', (d: unknown) => this.source().arrived(String(d)), true);
    this.story.BindExternalFunction('deployed', (p: unknown) => this.source().deployed(String(p)), true);
    this.reset(seed);
  }

  private source(): StoryValues {
    if (!this.values) throw new StoryRuntimeError('the story asked for a crowd value before the drill connected one');
    return this.values;
  }

  /** Connects the values the EXTERNAL functions return. */
  connect(values: StoryValues): void {
    this.values = values;
  }

  /** Back to the beginning with a new seed (cheaper than building a new Story). */
  reset(seed: number): void {
    this.story.ResetState();
    this.story.state.storySeed = seed % 100000;
  }

  get canContinue(): boolean {
    return this.story.canContinue;
  }

  /** Continues one line. */
  next(): StoryLine {
    const text = this.story.Continue() ?? '';
    return { text: text.replace(/\n$/, ''), tags: [...(this.story.currentTags ?? [])] };
  }

  choices(): StoryChoice[] {
    return this.story.currentChoices.map((c) => ({ index: c.index, text: c.text, tags: [...(c.tags ?? [])] }));
  }

  choose(index: number): void {
    this.story.ChooseChoiceIndex(index);
  }

  get interrupted(): boolean {
    return !this.story.currentFlowIsDefaultFlow;
  }

  /**
   * Plays `knot` in a separate Ink flow. Flows share variables and visit counts but each keeps its
   * own position and choices, so the interrupted flow waits, untouched, until `resume`.
   */
  interrupt(knot: string): void {
    if (this.interrupted) throw new StoryRuntimeError(`cannot interrupt "${knot}": another interrupt is playing`);
    this.story.SwitchFlow(INTERRUPT_FLOW);
    this.story.ChoosePathString(knot);
  }

  /** Ends an interrupt: back to the interrupted flow (its choices), with the variables of now. */
  resume(): void {
    if (!this.interrupted) return;
    this.story.SwitchToDefaultFlow();
    this.story.RemoveFlow(INTERRUPT_FLOW);
  }

  /** How often a knot has been entered (the story is compiled with countAllVisits). */
  visits(knot: string): number {
    return this.story.state.VisitCountAtPathString(knot) ?? 0;
  }

  /** The knots of the story (named top-level containers), without functions. */
  knots(): string[] {
    const named = this.story.mainContentContainer.namedContent;
    const out: string[] = [];
    for (const name of named.keys()) {
      if (name === 'global decl') continue;
      // Functions hold no visit counts worth reporting; fallbacks for EXTERNALs are functions.
      if (EXTERNAL_NAMES.includes(name)) continue;
      out.push(name);
    }
    return out;
  }

  save(): StorySave {
    return { ink: this.story.state.toJson() };
  }

  load(s: StorySave): void {
    this.story.state.LoadJson(s.ink);
  }
}
