// The scenario manifest (scenario.json) as a valibot schema: the one place its shape is defined.
// Parsing turns untrusted JSON into typed values; errors name the field (docs/authoring.md §5–6).

import * as v from 'valibot';

const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'must be letters, digits, - or _'));
const text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
export const LocalizedSchema = v.strictObject({ zh: text, en: text });
const nonNeg = v.pipe(v.number(), v.minValue(0));
const posInt = v.pipe(v.number(), v.integer(), v.minValue(1));

const PostureSchema = v.picklist(['liaison', 'uniform', 'cordon', 'riot']);
export const OUTCOMES = ['resolved', 'resolvedWithCost', 'escalated', 'crush', 'secondWave', 'failed'] as const;

/** Names a condition or a `peak` rule may read; same scales as the story's EXTERNAL functions. */
export const CROWD_VALUES = [
  'tension', 'legitimacy', 'rumor', 'safety', 'crowd', 'violence', 'arrests', 'injuries', 'sceneMinutes',
] as const;
export type CrowdValueName = (typeof CROWD_VALUES)[number];

const Comparison = v.pipe(
  v.strictObject({ gt: v.optional(v.number()), gte: v.optional(v.number()), lt: v.optional(v.number()), lte: v.optional(v.number()) }),
  v.check((c) => Object.keys(c).length > 0, 'needs at least one of gt, gte, lt, lte'),
);
const ConditionSchema = v.pipe(
  v.strictObject({
    tension: v.optional(Comparison), legitimacy: v.optional(Comparison), rumor: v.optional(Comparison),
    safety: v.optional(Comparison), crowd: v.optional(Comparison), violence: v.optional(Comparison),
    arrests: v.optional(Comparison), injuries: v.optional(Comparison), sceneMinutes: v.optional(Comparison),
    arrived: v.optional(id),
  }),
  v.check((c) => Object.keys(c).length > 0, 'needs at least one condition'),
);

const PhaseSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5));

const EventMatchSchema = v.union([
  v.strictObject({ report: v.picklist(['initial', 'followUp', 'final']) }),
  v.strictObject({ release: v.literal(true) }),
  v.strictObject({ command: text }),
  v.strictObject({ department: id }),
  v.strictObject({ mark: id }),
]);

const PointsMap = v.record(id, v.number());
const RuleSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('marks'), marks: PointsMap }),
  v.strictObject({
    kind: v.literal('firstWithin'), event: EventMatchSchema, fullMinutes: nonNeg, halfMinutes: v.optional(nonNeg),
  }),
  v.strictObject({ kind: v.literal('command'), command: text, args: v.optional(v.record(v.string(), v.unknown())) }),
  v.strictObject({ kind: v.literal('reportFields'), fields: v.pipe(v.array(text), v.minLength(1)) }),
  v.strictObject({ kind: v.literal('peak'), indicator: v.picklist(['tension', 'rumor', 'safety', 'violence']), good: v.number(), bad: v.number() }),
  v.strictObject({ kind: v.literal('warnedCoercion'), withinMinutes: nonNeg }),
  v.strictObject({ kind: v.literal('instructor') }),
]);

const RedLineRuleSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('mark') }),
  v.strictObject({
    kind: v.literal('command'), command: text, args: v.optional(v.record(v.string(), v.unknown())),
    whenBelow: v.optional(v.record(v.picklist(CROWD_VALUES), v.number())),
  }),
  v.strictObject({ kind: v.literal('unwarnedCoercion'), withinMinutes: nonNeg }),
]);

const CriterionSchema = v.strictObject({ id, title: LocalizedSchema, points: v.pipe(v.number(), v.minValue(0)), rule: RuleSchema });
const CategorySchema = v.strictObject({
  id, title: LocalizedSchema, weight: v.pipe(v.number(), v.minValue(0)), criteria: v.pipe(v.array(CriterionSchema), v.minLength(1)),
});

export const RubricSchema = v.strictObject({
  bands: v.optional(v.strictObject({ 优秀: v.number(), 良好: v.number(), 合格: v.number() })),
  redLineCap: v.optional(v.number(), 59),
  categories: v.pipe(v.array(CategorySchema), v.minLength(1)),
  redLines: v.array(v.strictObject({ id, title: v.optional(LocalizedSchema), rule: RedLineRuleSchema })),
  bonus: v.optional(v.strictObject({ max: nonNeg, marks: PointsMap })),
});

export const ManifestSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id,
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'must look like 1.0.0')),
  title: LocalizedSchema,
  summary: LocalizedSchema,
  place: LocalizedSchema,
  case: v.strictObject({ id, source: text, composite: v.boolean() }),
  difficulty: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(3)),
  durationMinutes: posInt,
  /** The first report and what is known and unknown, shown in the briefing (phase 1). */
  briefing: v.optional(v.strictObject({
    report: LocalizedSchema, known: v.array(LocalizedSchema), unknown: v.array(LocalizedSchema),
  })),
  crowd: v.strictObject({
    preset: v.picklist(['taxi', 'rent', 'housing']),
    agents: v.optional(v.pipe(v.number(), v.integer(), v.minValue(50), v.maxValue(20000))),
    params: v.optional(v.record(v.string(), v.unknown())),
  }),
  venue: v.strictObject({ preset: v.picklist(['taxi', 'rent', 'housing']) }),
  zones: v.record(id, LocalizedSchema),
  clock: v.strictObject({
    start: v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM')),
    secondsPerTick: v.literal(10),
    thinkSeconds: v.optional(v.pipe(v.number(), v.minValue(0)), 60),
    limitMinutes: v.optional(posInt),
  }),
  forces: v.strictObject({ liaison: v.pipe(v.number(), v.integer(), v.minValue(0)), uniform: v.pipe(v.number(), v.integer(), v.minValue(0)), cordon: v.pipe(v.number(), v.integer(), v.minValue(0)), riot: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  departments: v.array(v.strictObject({ id, name: LocalizedSchema, arrivalMinutes: nonNeg, enables: v.optional(LocalizedSchema) })),
  characters: v.array(v.strictObject({ id, name: LocalizedSchema, role: LocalizedSchema })),
  injects: v.array(v.strictObject({ id, knot: text, when: ConditionSchema, phases: v.optional(v.array(PhaseSchema)) })),
  endings: v.pipe(v.array(v.strictObject({ id, title: LocalizedSchema, outcome: v.picklist(OUTCOMES), summary: v.optional(LocalizedSchema) })), v.minLength(1)),
  doctrine: v.array(v.strictObject({ id, title: LocalizedSchema, note: LocalizedSchema, source: text })),
  rubric: RubricSchema,
});

export type Manifest = v.InferOutput<typeof ManifestSchema>;
export type Localized = v.InferOutput<typeof LocalizedSchema>;
export type Rubric = v.InferOutput<typeof RubricSchema>;
export type RubricRule = v.InferOutput<typeof RuleSchema>;
export type RedLineRule = v.InferOutput<typeof RedLineRuleSchema>;
export type EventMatch = v.InferOutput<typeof EventMatchSchema>;
export type InjectCondition = v.InferOutput<typeof ConditionSchema>;
export type Posture = v.InferOutput<typeof PostureSchema>;
export type Outcome = (typeof OUTCOMES)[number];
export { PostureSchema };
