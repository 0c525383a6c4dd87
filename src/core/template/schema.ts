import { z } from 'zod';
import { nonEmptyText as text } from '../schema-fields.js';
import type { Problem } from '../problem/schema.js';

/**
 * The shape of a framework file (templates/<id>.yaml): the ordered steps of an
 * interview walk, what each step asks of the candidate, and how much of the
 * clock it deserves.
 */

export { BUILTIN_FRAMEWORKS, type BuiltinFrameworkId } from './ids.js';

/**
 * The parts of a problem file a step may reveal as hints. Checked against the
 * problem schema at compile time so a renamed problem field cannot leave a
 * template pointing at nothing.
 */
export const HINT_PARTS = [
  'requirements',
  'actors',
  'flows',
  'apis',
  'services',
  'data_model',
  'assumptions',
  'estimates',
  'costs',
  'architecture',
  'deep_dives',
  'trade_offs',
  'failure_modes',
  'security',
  'key_points',
] as const satisfies readonly (keyof Problem)[];
export type HintPart = (typeof HINT_PARTS)[number];

/**
 * What the TUI shows beside the notes: `estimation` brings up the live
 * estimator, `cost` the cost lines, `architecture` the component editor.
 */
export const STEP_KINDS = ['notes', 'estimation', 'cost', 'architecture'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/**
 * What part of an interview a step belongs to, whatever the framework calls
 * it, so a key point can be bound to "the estimation" in hld14 and RESHADED
 * alike. A step without one is inferred from its kind (see stepPhase).
 */
export const STEP_PHASES = ['requirements', 'api', 'estimation', 'data', 'architecture', 'deep_dive', 'failures', 'security', 'wrap_up'] as const;
export type StepPhase = (typeof STEP_PHASES)[number];

/** Goals are read at a glance during a timed walk; longer text belongs in guidance. */
const GOAL_MAX_CHARS = 240;

export const stepSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)*$/, 'a kebab-case or snake_case id such as clarify-requirements'),
  title: text,
  /** One or two sentences: what the candidate should have when the step is done. */
  goal: text.max(GOAL_MAX_CHARS, `at most ${GOAL_MAX_CHARS} characters (one or two sentences)`),
  guidance: z.array(text).min(1, 'at least one line of guidance'),
  /** Questions the candidate should ask or answer aloud during the step. */
  questions: z.array(text).min(1, 'at least one question'),
  hints: z.array(z.enum(HINT_PARTS)).default([]),
  kind: z.enum(STEP_KINDS),
  phase: z.enum(STEP_PHASES).optional(),
  budget_minutes: z.number().positive('a number of minutes greater than zero'),
  common_mistakes: z.array(text).optional(),
});
export type Step = z.infer<typeof stepSchema>;

/** The step's phase as written, else what its kind implies; a plain notes step without one has none. */
export function stepPhase(step: Pick<Step, 'kind' | 'phase'>): StepPhase | undefined {
  if (step.phase) return step.phase;
  if (step.kind === 'estimation' || step.kind === 'cost') return 'estimation';
  if (step.kind === 'architecture') return 'architecture';
  return undefined;
}

/** Budgets are whole or half minutes, so a sum within this of the total is exact. */
const BUDGET_TOLERANCE = 1e-9;

export const frameworkSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lower-case id such as hld14 or reshaded'),
    title: text,
    /** One line for pickers and lists. */
    summary: text,
    total_minutes: z.number().positive('a number of minutes greater than zero'),
    note: text.optional(),
    steps: z.array(stepSchema).min(1, 'at least one step'),
  })
  .superRefine((framework, ctx) => {
    const seen = new Map<string, number>();
    framework.steps.forEach((step, i) => {
      const previous = seen.get(step.id);
      if (previous !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'id'],
          message: `the step id '${step.id}' is already used by steps.${previous}`,
        });
      } else {
        seen.set(step.id, i);
      }
      const hints = new Set<string>();
      step.hints.forEach((hint, j) => {
        if (hints.has(hint)) {
          ctx.addIssue({ code: 'custom', path: ['steps', i, 'hints', j], message: `'${hint}' is listed twice` });
        }
        hints.add(hint);
      });
    });

    const budgeted = framework.steps.reduce((sum, step) => sum + step.budget_minutes, 0);
    if (Math.abs(budgeted - framework.total_minutes) > BUDGET_TOLERANCE) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps'],
        message: `the step budgets add up to ${budgeted} minutes, not total_minutes (${framework.total_minutes})`,
      });
    }
  });

export type Framework = z.infer<typeof frameworkSchema>;
/** A framework file as written, before defaults are applied. */
export type FrameworkInput = z.input<typeof frameworkSchema>;
