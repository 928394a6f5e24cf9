// The drill orchestrator: owns one crowd model and one story, runs the fixed-step scene clock,
// applies inputs, lets the crowd interrupt the story, and writes everything to the event log.

import { createAggregateSim, createSim, type Command, type Indicators, type Sim, type SimSave } from '../sim';
import { InkStory, type StoryChoice, type StorySave } from '../story';
import {
  parseStoryTag, releaseCommand, tagContextOf, type DrillAction, type ScenarioBundle, type StoryLanguage, type TagContext,
} from '../scenario';
import { conditionHolds, clockAt } from './crowdValues';
import { sampleOf, type ActionOutcome, type ActionSource, type CrowdSample, type DrillInput, type LogEntry, type NewLogEntry } from './eventLog';
import { ForceLedger, type Detachment } from './forceLedger';
import { CauseAccumulator } from './causeAccumulator';

export type CrowdFidelity = 'agents' | 'aggregate';

export interface DrillOptions {
  scenario: ScenarioBundle;
  seed: number;
  /** 'agents' (the full crowd model, default) or 'aggregate' (the fast surrogate the checker uses). */
  crowd?: CrowdFidelity;
  /** Keep the causes of each minute's change in the log (default true; the checker turns it off). */
  explain?: boolean;
  /**
   * A story instance of this scenario to reuse (it is reset): parsing a large story's JSON costs
   * milliseconds, which the checker's thousands of playthroughs should not pay each time.
   */
  reuseStory?: InkStory;
  /** The story's language: 'zh' (default) or 'en' (the scenario's story.en.ink, which must exist). */
  language?: StoryLanguage;
  /** Overrides the manifest's crowd size (benchmarks, `?agents=`); a replay must pass the same. */
  agents?: number;
}

/** An input the drill cannot take now (drill over, choice locked, index out of range …). */
export class DrillInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DrillInputError';
  }
}

export const TICKS_PER_MINUTE = 6;
/**
 * Parsed tags per scenario: a story repeats the same tags in every playthrough, and parsing is pure,
 * so the checker's thousands of runs parse each distinct tag once.
 */
const TAG_CACHE = new WeakMap<ScenarioBundle, Map<string, ReturnType<typeof parseStoryTag>>>();
/** A drill with no time limit still stops after 12 scene hours (a headless player cannot loop forever). */
const HARD_LIMIT_TICKS = 12 * 60 * TICKS_PER_MINUTE;
const SAMPLE_EVERY = TICKS_PER_MINUTE;
/** The phase 善后/复盘 (docs/authoring.md §2.3). */
const AFTERCARE_PHASE = 5;

/** Everything needed to continue a drill exactly where it was (structured-clone safe). */
export interface DrillSnapshot {
  tick: number;
  waitUntil: number;
  ended: { ending: string | null; reason: 'story' | 'timeLimit' | 'deadEnd' } | null;
  endingPending: string | null;
  phase: number;
  fired: string[];
  activeInject: string | null;
  called: [string, number][];
  arrived: string[];
  forces: Detachment[];
  pendingRationale: string | null;
  simCommands: number;
  log: LogEntry[];
  inputs: DrillInput[];
  sim: SimSave;
  story: StorySave;
  causes: ReturnType<CauseAccumulator['save']>;
}

export class Drill {
  readonly scenario: ScenarioBundle;
  readonly seed: number;
  readonly crowdFidelity: CrowdFidelity;
  readonly language: StoryLanguage;
  private readonly sim: Sim;
  private readonly story: InkStory;
  private readonly ctx: TagContext;
  private readonly forces = new ForceLedger();
  private readonly causes = new CauseAccumulator();
  private readonly limitTicks: number;
  private readonly explain: boolean;
  private logEntries: LogEntry[] = [];
  private inputList: DrillInput[] = [];
  private now = 0;
  private waitUntil = 0;
  private endState: DrillSnapshot['ended'] = null;
  private endingPending: string | null = null;
  private phaseNow = 0;
  private fired = new Set<string>();
  private activeInject: string | null = null;
  private called = new Map<string, number>();
  private arrivedSet = new Set<string>();
  private pendingRationale: string | null = null;
  private simCommands = 0;
  /** The crowd as the story reads it; null until asked for after a tick (computing it costs). */
  private currentCache: CrowdSample | null = null;
  private pending: StoryChoice[] = [];
  /** Counts choice sets offered, so a headless player notices an interruption while it waits. */
  private choicesShown = 0;

  constructor(o: DrillOptions) {
    this.scenario = o.scenario;
    this.seed = o.seed;
    this.crowdFidelity = o.crowd ?? 'agents';
    this.explain = o.explain ?? true;
    const m = o.scenario.manifest;
    const simOptions = { preset: m.crowd.preset, seed: o.seed, agents: o.agents ?? m.crowd.agents, params: m.crowd.params, explain: o.explain ?? true };
    this.sim = this.crowdFidelity === 'aggregate' ? createAggregateSim(simOptions) : createSim(simOptions);
    this.ctx = tagContextOf(m);
    const limit = m.clock.limitMinutes;
    this.limitTicks = limit === undefined ? HARD_LIMIT_TICKS : Math.min(HARD_LIMIT_TICKS, limit * TICKS_PER_MINUTE);
    this.language = o.language ?? 'zh';
    const storyJson = this.language === 'en' ? o.scenario.storyEn : o.scenario.story;
    if (storyJson === undefined) throw new DrillInputError(`scenario "${m.id}" has no English story (story.en.ink)`);
    this.story = o.reuseStory ?? new InkStory(storyJson, o.seed);
    if (o.reuseStory) o.reuseStory.reset(o.seed);
    this.story.connect({
      number: (name) => (name === 'sceneMinutes' ? this.minutes : this.current[name]),
      arrived: (d) => this.arrivedSet.has(d),
      deployed: (p) => this.forces.onSite(p === 'all' ? 'all' : (p as Parameters<ForceLedger['onSite']>[0])),
    });
    this.append({
      type: 'start', scenario: m.id, version: m.version, contentHash: o.scenario.contentHash, seed: o.seed, crowd: this.crowdFidelity,
      language: this.language,
    });
    this.append({ type: 'sample', values: this.current, causes: {} });
    this.continueStory();
  }

  // ----- reading -------------------------------------------------------------------------------

  get tick(): number {
    return this.now;
  }
  get minutes(): number {
    return Math.floor(this.now / TICKS_PER_MINUTE);
  }
  /** The scene clock as "HH:MM". */
  get clock(): string {
    return clockAt(this.scenario.manifest.clock.start, this.minutes);
  }
  get phase(): number {
    return this.phaseNow;
  }
  get ended(): DrillSnapshot['ended'] {
    return this.endState;
  }
  /** The tick until which the story is paused (a time cost is running; no choices meanwhile). */
  get lockedUntil(): number {
    return this.waitUntil;
  }
  get choices(): readonly StoryChoice[] {
    return this.pending;
  }
  /** How many sets of choices the story has offered so far (a new set means something happened). */
  get choiceSets(): number {
    return this.choicesShown;
  }
  get rationalePrompt(): string | null {
    return this.pendingRationale;
  }
  get log(): readonly LogEntry[] {
    return this.logEntries;
  }
  get inputs(): readonly DrillInput[] {
    return this.inputList;
  }
  get values(): Readonly<CrowdSample> {
    return this.current;
  }
  private get current(): CrowdSample {
    this.currentCache ??= sampleOf(this.sim.indicators());
    return this.currentCache;
  }
  get indicators(): Indicators {
    return this.sim.indicators();
  }
  /** Departments called, with the tick each arrives (or arrived). */
  get departments(): ReadonlyMap<string, number> {
    return this.called;
  }
  /** How often the story entered `knot` (for the checker's unreachable-knot report). */
  storyVisits(knot: string): number {
    return this.story.visits(knot);
  }
  officersOnSite(posture: Parameters<ForceLedger['onSite']>[0]): number {
    return this.forces.onSite(posture);
  }
  /** The crowd model itself, read-only, for views that draw agents (snapshot into their buffers). */
  get crowd(): Pick<Sim, 'snapshot' | 'venue' | 'capacity' | 'officerCapacity' | 'ledger' | 'events'> {
    return this.sim;
  }

  // ----- inputs --------------------------------------------------------------------------------

  /** The trainee picks choice `index` of the current choices. */
  choose(index: number): void {
    this.assertOpen();
    const choice = this.pending[index];
    if (!choice) throw new DrillInputError(`no choice ${index} (there are ${this.pending.length})`);
    this.inputList.push({ tick: this.now, kind: 'choice', index });
    this.append({ type: 'choice', index, text: choice.text });
    for (const raw of choice.tags) this.processTag(raw, null);
    this.pending = [];
    this.story.choose(index);
    this.continueStory();
  }

  /** The trainee acts from the command panel (deploy, release, call a department …). */
  act(action: DrillAction): ActionOutcome {
    this.assertOpen();
    this.inputList.push({ tick: this.now, kind: 'action', action });
    return this.apply(action, 'trainee');
  }

  /** The trainee's written rationale for the current decision (情况研判 → 法律依据 → 方案 → 风险). */
  rationale(text: string): void {
    this.assertOpen();
    const prompt = this.pendingRationale ?? 'free';
    this.inputList.push({ tick: this.now, kind: 'rationale', prompt, text });
    this.append({ type: 'rationale', prompt, text });
    this.pendingRationale = null;
  }

  /** Applies one recorded input (replay). */
  applyInput(i: DrillInput): void {
    if (i.tick !== this.now) throw new DrillInputError(`input for tick ${i.tick} applied at tick ${this.now}`);
    if (i.kind === 'choice') this.choose(i.index);
    else if (i.kind === 'action') this.act(i.action);
    else {
      this.pendingRationale = i.prompt === 'free' ? null : i.prompt;
      this.rationale(i.text);
    }
  }

  // ----- time ----------------------------------------------------------------------------------

  /** Runs the scene clock until `tick` (or until the drill ends). */
  advanceTo(tick: number): void {
    while (this.now < tick && !this.endState) this.step();
  }

  /** Like advanceTo, but stops as soon as the story offers new choices (an inject, a time cost over). */
  advanceUntilChoices(tick: number): void {
    const seen = this.choicesShown;
    while (this.now < tick && !this.endState && this.choicesShown === seen) this.step();
  }

  /** One tick: the crowd moves, departments arrive, injects may interrupt the story. */
  step(): void {
    if (this.endState) return;
    this.sim.step();
    this.now++;
    this.currentCache = null;
    if (this.explain) this.causes.add(this.sim.ledger());
    for (const e of this.sim.events()) this.append({ type: 'simEvent', event: e });
    if (this.called.size > 0) for (const [d, at] of this.called) {
      if (at === this.now) {
        this.arrivedSet.add(d);
        this.append({ type: 'departmentArrived', department: d });
      }
    }
    const minuteMark = this.now % SAMPLE_EVERY === 0;
    if (minuteMark) this.append({ type: 'sample', values: this.current, causes: this.explain ? this.causes.flush() : {} });
    if (this.now >= this.waitUntil && this.pending.length === 0 && this.story.canContinue) this.continueStory();
    if (this.endState) return;
    // The scene's time limit covers phases 1–4; aftercare (phase 5: the next day, a week later) happens
    // after the scene, so only the hard limit applies there.
    if (this.now >= HARD_LIMIT_TICKS || (this.now >= this.limitTicks && this.phaseNow < AFTERCARE_PHASE)) {
      const failed = this.scenario.manifest.endings.find((e) => e.outcome === 'failed');
      this.finish(failed?.id ?? null, 'timeLimit');
      return;
    }
    // Injects are checked once per scene minute: a minute is the scene clock's grain, and checking
    // every tick would cost the checker's playthroughs more than the crowd model does.
    if (minuteMark) this.checkInjects();
  }

  private checkInjects(): void {
    // The crowd interrupts while the story waits: for a choice, or for a time cost to pass.
    const waiting = this.pending.length > 0 || (this.story.canContinue && this.now < this.waitUntil);
    if (this.story.interrupted || !waiting || this.endingPending !== null) return;
    for (const inj of this.scenario.manifest.injects) {
      if (this.fired.has(inj.id)) continue;
      if (inj.phases && !inj.phases.includes(this.phaseNow)) continue;
      if (!conditionHolds(inj.when, this.current, this.minutes, (d) => this.arrivedSet.has(d))) continue;
      this.fired.add(inj.id);
      this.activeInject = inj.id;
      this.append({ type: 'inject', id: inj.id, knot: inj.knot });
      this.waitUntil = this.now; // an interruption cancels the time a choice was costing
      this.pending = [];
      this.story.interrupt(inj.knot);
      this.continueStory();
      return;
    }
  }

  // ----- story ---------------------------------------------------------------------------------

  private continueStory(): void {
    for (;;) {
      while (this.story.canContinue) {
        // A time cost pauses the story: what follows happens after the minutes have passed.
        if (this.now < this.waitUntil) return;
        const line = this.story.next();
        let speaker: string | undefined;
        let hint = false;
        for (const raw of line.tags) {
          const t = this.processTag(raw, line.text);
          if (t === 'hint') hint = true;
          else if (t !== null) speaker = t;
        }
        if (line.text.trim() !== '') {
          this.append({ type: 'line', text: line.text, ...(speaker ? { speaker } : {}), ...(hint ? { hint } : {}) });
        }
      }
      if (this.endingPending !== null) {
        this.finish(this.endingPending, 'story');
        return;
      }
      const choices = this.story.choices();
      if (choices.length > 0) {
        this.pending = choices;
        this.choicesShown++;
        this.append({ type: 'choices', options: choices.map((c) => c.text) });
        return;
      }
      if (this.story.interrupted) {
        this.append({ type: 'injectEnd', id: this.activeInject ?? '' });
        this.activeInject = null;
        this.story.resume();
        continue; // the interrupted choices come back
      }
      this.finish(null, 'deadEnd');
      return;
    }
  }

  /** Handles one tag; returns the speaker id for a speaker tag, 'hint' for a hint, else null. */
  private processTag(raw: string, lineText: string | null): string | null {
    let cache = TAG_CACHE.get(this.scenario);
    if (!cache) TAG_CACHE.set(this.scenario, (cache = new Map()));
    let r = cache.get(raw);
    if (!r) cache.set(raw, (r = parseStoryTag(raw, this.ctx)));
    if (!r.ok) throw new DrillInputError(`story tag "#${raw}"${lineText !== null ? ` on "${lineText.slice(0, 30)}"` : ''}: ${r.error}`);
    const tag = r.tag;
    switch (tag.kind) {
      case 'action':
        this.apply(tag.action, 'story');
        return null;
      case 'speaker':
        return tag.character;
      case 'hint':
        return 'hint';
      case 'wait':
        this.waitUntil = Math.max(this.waitUntil, this.now + Math.round(tag.minutes * TICKS_PER_MINUTE));
        break;
      case 'phase':
        this.phaseNow = tag.phase;
        break;
      case 'ending':
        this.endingPending = tag.id;
        break;
      case 'rationale':
        this.pendingRationale = tag.prompt;
        break;
      default:
        break;
    }
    this.append({ type: 'marker', marker: tag });
    return null;
  }

  // ----- actions -------------------------------------------------------------------------------

  private apply(action: DrillAction, source: ActionSource): ActionOutcome {
    const outcome = this.carryOut(action);
    this.append({ type: 'action', source, action, outcome });
    return outcome;
  }

  private carryOut(a: DrillAction): ActionOutcome {
    switch (a.kind) {
      case 'command':
        return this.simCommand(a.command);
      case 'release':
        return this.simCommand(releaseCommand(a));
      case 'inject':
        this.sim.inject(a.inject);
        return { applied: 1 };
      case 'callDepartment': {
        const dept = this.scenario.manifest.departments.find((d) => d.id === a.department);
        if (!dept) throw new DrillInputError(`unknown department "${a.department}"`);
        if (this.called.has(dept.id)) return { applied: 0, reason: 'alreadyCalled' };
        const at = this.now + Math.max(1, Math.round(dept.arrivalMinutes * TICKS_PER_MINUTE));
        this.called.set(dept.id, at);
        return { applied: 1 };
      }
      default:
        return { applied: 1 };
    }
  }

  private simCommand(cmd: Command): ActionOutcome {
    let c = cmd;
    if (c.command === 'deploy') {
      const available = this.scenario.manifest.forces[c.args.posture] - this.forces.onSite(c.args.posture);
      if (available <= 0) return { applied: 0, reason: 'poolExhausted' };
      if (c.args.count > available) c = { command: 'deploy', args: { ...c.args, count: available } };
    }
    const r = this.sim.apply(c);
    // The sim names a command's effects "cmd#<i>:<name>" in its ledger; keep the name to link them.
    const cause = `cmd#${this.simCommands++}:${c.command}`;
    this.forces.record(c, r.applied);
    return r.reason === undefined ? { applied: r.applied, cause } : { applied: r.applied, reason: r.reason, cause };
  }

  // ----- bookkeeping ---------------------------------------------------------------------------

  private assertOpen(): void {
    if (this.endState) throw new DrillInputError('the drill has ended');
  }

  private finish(ending: string | null, reason: 'story' | 'timeLimit' | 'deadEnd'): void {
    this.endState = { ending, reason };
    this.pending = [];
    this.append({ type: 'ending', ending, reason });
  }

  private append(e: NewLogEntry): void {
    this.logEntries.push({ seq: this.logEntries.length, tick: this.now, ...e } as LogEntry);
  }

  /** A deep, structured-clone-safe copy of the whole drill state. */
  snapshot(): DrillSnapshot {
    return {
      tick: this.now, waitUntil: this.waitUntil, ended: this.endState, endingPending: this.endingPending,
      phase: this.phaseNow, fired: [...this.fired], activeInject: this.activeInject, called: [...this.called],
      arrived: [...this.arrivedSet], forces: this.forces.save(), pendingRationale: this.pendingRationale,
      simCommands: this.simCommands, log: [...this.logEntries], inputs: [...this.inputList],
      sim: this.sim.save(), story: this.story.save(), causes: this.causes.save(),
    };
  }

  /** Puts this drill (same scenario, seed and crowd fidelity) back into a snapshot's state. */
  restore(s: DrillSnapshot): void {
    this.now = s.tick;
    this.waitUntil = s.waitUntil;
    this.endState = s.ended;
    this.endingPending = s.endingPending;
    this.phaseNow = s.phase;
    this.fired = new Set(s.fired);
    this.activeInject = s.activeInject;
    this.called = new Map(s.called);
    this.arrivedSet = new Set(s.arrived);
    this.forces.restore(s.forces);
    this.pendingRationale = s.pendingRationale;
    this.simCommands = s.simCommands;
    this.logEntries = [...s.log];
    this.inputList = [...s.inputs];
    this.sim.restore(s.sim);
    this.story.load(s.story);
    this.causes.restore(s.causes);
    this.currentCache = null;
    this.pending = this.endState ? [] : this.story.choices();
  }
}
