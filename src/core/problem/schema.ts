import { z } from 'zod';
import { nonEmptyText as text, snakeCaseKey as key } from '../schema-fields.js';
import { didYouMean } from '../suggest.js';
import { STEP_PHASES } from '../template/schema.js';
import { COMPONENT_KINDS, COST_LINES, DERIVED_STANDARD_ESTIMATES, REQUIRED_COST_LINES, STANDARD_ESTIMATES } from './standard.js';

/**
 * The shape of a problem file (problems/<id>.yaml). Everything a screen, an
 * estimate or an export says about a problem comes from here.
 */

export {
  COMPONENT_KINDS,
  COST_LINES,
  DERIVED_STANDARD_ESTIMATES,
  REQUIRED_COST_LINES,
  STANDARD_ESTIMATES,
  STANDARD_INPUTS,
  type ComponentKind,
  type CostLine,
  type StandardEstimateKey,
} from './standard.js';

const DERIVED_KEYS: ReadonlySet<string> = new Set(DERIVED_STANDARD_ESTIMATES.map((e) => e.key));

export const assumptionSchema = z.strictObject({
  key,
  label: text,
  /** In the value syntax: `500M`, `2 KB`, `20%`, or an expression over other assumptions. */
  value: z.union([text, z.number()]),
  /** The unit the value is measured in; a bare number typed by a user takes this unit. */
  unit: text,
  help: text,
  /** Where the default comes from: a seed, a published worked example, or a stated judgement. */
  source: text,
  group: z.enum(['traffic', 'data', 'media', 'capacity', 'cost', 'other']).default('other'),
  /** Smallest accepted value; by default a value must be greater than zero. */
  min: z.number().optional(),
  /** Largest accepted value, e.g. 1 for a fraction. */
  max: z.number().optional(),
  allow_zero: z.boolean().default(false),
});
export type Assumption = z.infer<typeof assumptionSchema>;

export const estimateSchema = z.strictObject({
  key,
  label: text,
  /** A formula over assumptions, other estimates, prices (price_*) and units. */
  formula: text,
  /** The unit the result must have; it is also the unit it is shown in. */
  unit: text,
  help: text.optional(),
});
export type EstimateDef = z.infer<typeof estimateSchema>;

export const costSchema = z.strictObject({
  line: z.enum(COST_LINES),
  label: text,
  formula: text,
  help: text.optional(),
});
export type CostDef = z.infer<typeof costSchema>;

/** Placeholders a check's advice may use: units needed, the value, the limit, their ratio. */
export const CHECK_PLACEHOLDERS = ['n', 'value', 'limit', 'ratio'] as const;

const adviceText = text.refine(
  (advice) => [...advice.matchAll(/\{([^}]*)\}/g)].every((m) => (CHECK_PLACEHOLDERS as readonly string[]).includes(m[1]!)),
  `placeholders are ${CHECK_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
);

/**
 * A design check: an estimate against what one unit of a component sustains
 * (a row of data/limits.yaml), and what follows either way. Shown beside the
 * numbers, recomputed as assumptions change, and across ranges.
 */
export const checkSchema = z.strictObject({
  key,
  label: text,
  /** A formula over the problem's estimates and assumptions, in a unit the limit's unit converts to. */
  value: text,
  /** The limits row compared with (its key, without `limit_`). */
  limit: key,
  /** What follows when the value exceeds the limit; {n} (units needed), {value}, {limit} and {ratio} are filled in. */
  over: adviceText,
  /** What follows when it does not. */
  within: adviceText,
});
export type CheckDef = z.infer<typeof checkSchema>;

export const componentSchema = z.strictObject({
  id: key,
  label: text,
  kind: z.enum(COMPONENT_KINDS),
  note: text.optional(),
});
export type Component = z.infer<typeof componentSchema>;

export const connectionSchema = z.strictObject({
  from: key,
  to: key,
  label: text.optional(),
});
export type Connection = z.infer<typeof connectionSchema>;

/** The parts of an interviewer's rubric a key point can count towards (pacing is judged from the clock). */
export const KEY_POINT_DIMENSIONS = ['requirements', 'estimation', 'api_data', 'architecture', 'deep_dives', 'failures'] as const;
export type KeyPointDimension = (typeof KEY_POINT_DIMENSIONS)[number];

/**
 * A key point is a rule, as an eslint rule is: what to look for, and sample
 * sentences it must accept and refuse (tested). `concepts` are groups of
 * interchangeable expressions; one passage of the notes (a sentence, or two
 * neighbouring ones) must affirm one expression of every group. An
 * expression may name a shared concept from data/concepts.yaml as `@name`; a
 * group that starts with `~` also counts when negated, for the problem a
 * design avoids ("so codes never collide").
 */
export const keyPointSchema = z.strictObject({
  id: key,
  point: text,
  /** One line telling the user why the point matters, shown when it was missed. */
  why: text,
  dimension: z.enum(KEY_POINT_DIMENSIONS),
  concepts: z.array(z.array(text).min(1)).min(1),
  /** `reasoning`: the passage must give a reason or a comparison; `number`: a number with a unit near one of `estimates`. */
  needs: z.enum(['reasoning', 'number']).optional(),
  /** Estimate keys a number is checked against (within 3x of the engine's value at the session's assumptions). */
  estimates: z.array(key).min(1).optional(),
  /** Only passages in steps of these phases count; by default any step does. */
  phases: z.array(z.enum(STEP_PHASES)).min(1).optional(),
  /**
   * Statements that contradict the point ("md5 ... never collide"), matched
   * like concept expressions but with negated words: one in the notes voids
   * the point and the report shows it as a wrong claim.
   */
  contradicts: z.array(text).min(1).optional(),
  /** Graduated hints: a question to ask yourself, then a nudge; neither gives the point away. */
  hint: z.strictObject({ ask: text, nudge: text }),
  samples: z.strictObject({
    /** Sentences that earn the point. */
    valid: z.array(text).min(1),
    /** Sentences that must not: rejections, lists, near misses. */
    invalid: z.array(text).min(1),
  }),
});
export type KeyPoint = z.infer<typeof keyPointSchema>;

export const problemSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a kebab-case id such as url-shortener'),
    title: text,
    /** The interviewer's opening question, one or two sentences. */
    prompt: text,
    /** One line for pickers and lists. */
    summary: text,
    requirements: z.strictObject({
      functional: z.array(text).min(1),
      non_functional: z.array(text).min(1),
      out_of_scope: z.array(text).default([]),
    }),
    actors: z.array(z.strictObject({ name: text, description: text })).min(1),
    flows: z.array(z.strictObject({ name: text, steps: z.array(text).min(1) })).min(1),
    apis: z
      .array(
        z.strictObject({
          method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'WS']),
          path: text,
          purpose: text,
        }),
      )
      .min(1),
    services: z.array(z.strictObject({ name: text, responsibility: text })).min(1),
    data_model: z
      .array(
        z.strictObject({
          entity: text,
          store: text,
          fields: z.array(z.strictObject({ name: text, type: text, note: text.optional() })).min(1),
          note: text.optional(),
        }),
      )
      .min(1),
    assumptions: z.array(assumptionSchema).min(1),
    estimates: z.array(estimateSchema).min(1),
    costs: z.array(costSchema).min(1),
    architecture: z.strictObject({
      components: z.array(componentSchema).min(2),
      connections: z.array(connectionSchema).min(1),
    }),
    deep_dives: z.array(z.strictObject({ topic: text, points: z.array(text).min(1) })).min(1),
    trade_offs: z.array(z.strictObject({ decision: text, chosen: text, alternative: text, why: text })).min(1),
    failure_modes: z.array(z.strictObject({ failure: text, mitigation: text })).min(1),
    security: z.array(text).min(1),
    key_points: z.array(keyPointSchema).min(3),
    /** Design checks against the limits table; a problem may have none. */
    checks: z.array(checkSchema).default([]),
    references: z.array(z.strictObject({ title: text, note: text.optional(), url: z.url().optional() })).min(1),
  })
  .superRefine((problem, ctx) => {
    const seen = new Map<string, string>();
    const claim = (name: string, where: (string | number)[]) => {
      const previous = seen.get(name);
      if (previous) ctx.addIssue({ code: 'custom', path: where, message: `the name '${name}' is already used by ${previous}` });
      else seen.set(name, where.join('.'));
    };
    problem.assumptions.forEach((a, i) => claim(a.key, ['assumptions', i, 'key']));
    problem.estimates.forEach((e, i) => claim(e.key, ['estimates', i, 'key']));
    problem.costs.forEach((c, i) => claim(`cost_${c.line}`, ['costs', i, 'line']));
    const checkKeys = new Set<string>();
    problem.checks.forEach((c, i) => {
      if (checkKeys.has(c.key)) ctx.addIssue({ code: 'custom', path: ['checks', i, 'key'], message: `the check '${c.key}' is already defined` });
      checkKeys.add(c.key);
    });

    const estimateKeys = new Set(problem.estimates.map((e) => e.key));
    for (const standard of STANDARD_ESTIMATES) {
      if (!estimateKeys.has(standard) && !DERIVED_KEYS.has(standard)) {
        ctx.addIssue({ code: 'custom', path: ['estimates'], message: `the standard estimate '${standard}' is missing` });
      }
    }
    if (!problem.assumptions.some((a) => a.key === 'dau') && !estimateKeys.has('dau')) {
      ctx.addIssue({
        code: 'custom',
        path: ['assumptions'],
        message: "the standard input 'dau' is missing (an assumption such as: value: mau * daily_active_fraction, unit: '1')",
      });
    }
    const lines = new Set(problem.costs.map((c) => c.line));
    for (const line of REQUIRED_COST_LINES) {
      if (!lines.has(line)) ctx.addIssue({ code: 'custom', path: ['costs'], message: `the cost line '${line}' is missing` });
    }
    if (!problem.assumptions.some((a) => a.key === 'peak_factor')) {
      ctx.addIssue({ code: 'custom', path: ['assumptions'], message: "the assumption 'peak_factor' is missing" });
    }

    problem.key_points.forEach((point, i) => {
      if (point.needs === 'number' && !point.estimates) {
        ctx.addIssue({ code: 'custom', path: ['key_points', i, 'estimates'], message: 'a key point that needs a number names the estimates it is checked against' });
      }
      point.estimates?.forEach((k, j) => {
        if (!estimateKeys.has(k)) {
          ctx.addIssue({ code: 'custom', path: ['key_points', i, 'estimates', j], message: `'${k}' is not an estimate of this problem${didYouMean(k, [...estimateKeys])}` });
        }
      });
    });

    const ids = new Set(problem.architecture.components.map((c) => c.id));
    problem.architecture.connections.forEach((c, i) => {
      for (const end of ['from', 'to'] as const) {
        if (!ids.has(c[end])) {
          ctx.addIssue({
            code: 'custom',
            path: ['architecture', 'connections', i, end],
            message: `'${c[end]}' is not a component id (known: ${[...ids].join(', ')})`,
          });
        }
      }
    });
  })
  .transform((problem) => {
    const present = new Set([...problem.estimates.map((e) => e.key), ...problem.assumptions.map((a) => a.key)]);
    const missing = DERIVED_STANDARD_ESTIMATES.filter((e) => !present.has(e.key));
    return missing.length === 0 ? problem : { ...problem, estimates: [...problem.estimates, ...missing.map((e) => ({ ...e }))] };
  });

export type Problem = z.infer<typeof problemSchema>;
/** A problem file as written, before defaults are applied. */
export type ProblemInput = z.input<typeof problemSchema>;
