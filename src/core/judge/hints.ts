import type { KeyPoint, KeyPointDimension, Problem } from '../problem/schema.js';
import type { Session } from '../session/schema.js';
import { stepPhase, type Framework, type HintPart, type Step, type StepPhase } from '../template/schema.js';

/**
 * Graduated hints for a step: first questions to ask yourself, then a nudge
 * towards each answer, and last (in practice only) the reference itself. The
 * first two levels come from the key points that belong to the step and are
 * written so that neither states a point: in a mock no hint ever shows a key
 * point's text, and the reference level does not exist until the report.
 *
 * `session.hints_shown[stepId]` counts the levels revealed; every level used
 * is shown in the report and costs score (HINT_COSTS).
 */

export type HintKind = 'ask' | 'nudge' | 'reference';

export interface HintLevel {
  readonly level: number;
  readonly kind: HintKind;
  readonly title: string;
  /** Lines of text for `ask` and `nudge`. */
  readonly lines: readonly string[];
  /** For `reference`: the parts of the problem's reference design to show (rendered by the screen). */
  readonly parts?: readonly HintPart[];
}

/** Score points one level of hint costs, per step. The reference costs most: it is the answer. */
export const HINT_COSTS: Readonly<Record<HintKind, number>> = { ask: 0.5, nudge: 1, reference: 3 };
/** Hints never cost more than this in total. */
export const MAX_HINT_COST = 15;

export const HINT_RULE = `Hints cost score: ${HINT_COSTS.ask} per step for the questions, ${HINT_COSTS.nudge} more for the nudges, ${HINT_COSTS.reference} more for the reference; at most ${MAX_HINT_COST} in all.`;

/** Where a key point's hints appear when the point does not name its phases. */
const PHASES_OF_DIMENSION: Readonly<Record<KeyPointDimension, readonly StepPhase[]>> = {
  requirements: ['requirements'],
  estimation: ['estimation'],
  api_data: ['api', 'data'],
  architecture: ['architecture'],
  deep_dives: ['deep_dive'],
  failures: ['failures'],
};

/** The key points whose hints belong on a step. */
export function keyPointsForStep(problem: Pick<Problem, 'key_points'>, step: Step): KeyPoint[] {
  const phase = stepPhase(step);
  if (!phase) return [];
  return problem.key_points.filter((p) => (p.phases ?? PHASES_OF_DIMENSION[p.dimension]).includes(phase));
}

export function stepHints(problem: Pick<Problem, 'key_points'>, step: Step, mode: Session['mode']): HintLevel[] {
  const points = keyPointsForStep(problem, step);
  const levels: HintLevel[] = [];
  const asks = [...step.questions.slice(0, points.length > 0 ? 2 : step.questions.length), ...points.map((p) => p.hint.ask)];
  levels.push({ level: 1, kind: 'ask', title: 'Questions to ask yourself', lines: asks });
  if (points.length > 0) levels.push({ level: 2, kind: 'nudge', title: 'A nudge', lines: points.map((p) => p.hint.nudge) });
  // The reference is the answer; a mock keeps it for the report.
  const parts = step.hints.filter((part) => mode === 'practice' || part !== 'key_points');
  if (mode === 'practice' && parts.length > 0) levels.push({ level: levels.length + 1, kind: 'reference', title: 'The reference design', lines: [], parts });
  return levels;
}

export interface HintUse {
  readonly stepId: string;
  readonly stepTitle: string;
  /** The kinds revealed, in order. */
  readonly kinds: readonly HintKind[];
  readonly cost: number;
}

/** Every step where hints were revealed, with what each cost. */
export function hintUse(session: Pick<Session, 'hints_shown' | 'mode'>, problem: Pick<Problem, 'key_points'>, framework: Framework): HintUse[] {
  return framework.steps.flatMap((step) => {
    const shown = session.hints_shown[step.id] ?? 0;
    if (shown <= 0) return [];
    const levels = stepHints(problem, step, session.mode);
    // Sessions saved before hints were graduated counted whole reference sections: read extra levels as reference views.
    const kinds = Array.from({ length: shown }, (_, i) => levels[i]?.kind ?? 'reference');
    return [{ stepId: step.id, stepTitle: step.title, kinds, cost: kinds.reduce((sum, k) => sum + HINT_COSTS[k], 0) }];
  });
}

export function hintCost(uses: readonly HintUse[]): number {
  return Math.min(MAX_HINT_COST, uses.reduce((sum, u) => sum + u.cost, 0));
}
