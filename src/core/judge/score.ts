import { formatClock } from '../mock/clock.js';
import type { StepPacing } from './pacing.js';
import type { KeyPointDimension } from '../problem/schema.js';
import type { ArchitectureComparison } from './architecture.js';
import type { Coverage } from './coverage.js';
import type { NumberCheck } from './number-check.js';

/**
 * The score, split as interviewers' rubrics split it. Each dimension has a
 * weight (they add up to 100) and a share from 0 to 1 made of its key points
 * (with partial credit, credit.ts) and, where the dimension has them, the
 * facts checked beside them; the reason line says how the share was
 * reached. The share is put on the interview scale (onInterviewScale), and
 * hints cost points afterwards.
 */

export type DimensionId = KeyPointDimension | 'pacing';

export const DIMENSIONS: readonly { readonly id: DimensionId; readonly name: string; readonly weight: number }[] = [
  { id: 'requirements', name: 'Requirements', weight: 10 },
  { id: 'estimation', name: 'Estimation', weight: 15 },
  { id: 'api_data', name: 'API and data model', weight: 15 },
  { id: 'architecture', name: 'Architecture', weight: 20 },
  { id: 'deep_dives', name: 'Deep dives and trade-offs', weight: 20 },
  { id: 'failures', name: 'Failure handling', weight: 10 },
  { id: 'pacing', name: 'Pacing', weight: 10 },
];

export interface DimensionScore {
  readonly id: DimensionId;
  readonly name: string;
  readonly earned: number;
  readonly max: number;
  readonly reason: string;
}

export interface ScoreFacts<P extends { dimension: KeyPointDimension }> {
  readonly keyPoints: readonly P[];
  /** The candidate's number for each estimate they gave one for. */
  readonly numbers: readonly NumberCheck[];
  readonly requirements: { readonly functional: Coverage; readonly nonFunctional: Coverage };
  readonly endpoints: Coverage;
  readonly entities: Coverage;
  readonly architecture: ArchitectureComparison;
  /** 0 to 1, or undefined when no time was recorded (a practice session never timed). */
  readonly pacing: number | undefined;
  /** The time on each step, for the steps over their budget (a step over is never "within budget"). */
  readonly steps?: readonly StepPacing[];
  /** What the named and drawn parts count (padding.ts); 1 unless the answer is mostly lists of terms. */
  readonly namedFactor: number;
}

/** Full marks for a part once this share of the reference is covered: the reference is exhaustive on purpose. */
const FULL = { requirements: 0.7, endpoints: 0.5, entities: 0.5, components: 0.4, connections: 0.3, estimates: 6 } as const;

const round1 = (n: number) => Math.round(n * 10) / 10;
const capped = (n: number) => Math.min(1, n);
const share = (c: Coverage) => (c.found.length + c.missing.length === 0 ? 0 : c.found.length / (c.found.length + c.missing.length));

interface Part {
  readonly weight: number;
  readonly value: number;
  readonly text: string;
}

/** A part made of what the candidate named or drew, discounted when the answer is mostly padding. */
function named(part: Part, factor: number): Part {
  return factor >= 1 ? part : { ...part, value: part.value * factor, text: `${part.text} (counted ${Math.round(factor * 100)}%)` };
}

export function scoreDimensions<P extends { dimension: KeyPointDimension }>(facts: ScoreFacts<P>, credit: (p: P) => number): DimensionScore[] {
  const keyPart = (id: KeyPointDimension, weight: number): Part[] => {
    const mine = facts.keyPoints.filter((p) => p.dimension === id);
    if (mine.length === 0) return [];
    const got = mine.filter((p) => credit(p) >= 1).length;
    const sum = mine.reduce((total, p) => total + credit(p), 0);
    const partial = Math.round((sum - got) * 100) / 100;
    return [{ weight, value: sum / mine.length, text: `${got} of ${mine.length} key points${partial > 0 ? ` (+${partial} partial)` : ''}` }];
  };
  const parts: Record<DimensionId, Part[]> = {
    requirements: [
      ...keyPart('requirements', 0.5),
      named({
        weight: 0.5,
        value: capped((0.6 * share(facts.requirements.functional) + 0.4 * share(facts.requirements.nonFunctional)) / FULL.requirements),
        text: `${facts.requirements.functional.found.length} of ${facts.requirements.functional.found.length + facts.requirements.functional.missing.length} functional and ${facts.requirements.nonFunctional.found.length} of ${facts.requirements.nonFunctional.found.length + facts.requirements.nonFunctional.missing.length} non-functional requirements stated`,
      }, facts.namedFactor),
    ],
    estimation: [
      ...keyPart('estimation', 0.5),
      (() => {
        const close = facts.numbers.filter((n) => n.close).length;
        const off = facts.numbers.length - close;
        return {
          weight: 0.5,
          value: capped(Math.max(0, close - off / 2) / FULL.estimates),
          text: `${close} of your numbers within 3x${off > 0 ? `, ${off} further off (each takes away half a right one)` : ''}; ${FULL.estimates} right ones for full marks`,
        };
      })(),
    ],
    api_data: [
      ...keyPart('api_data', 0.5),
      named({
        weight: 0.25,
        value: capped(share(facts.endpoints) / FULL.endpoints),
        text: `${facts.endpoints.found.length} of ${facts.endpoints.found.length + facts.endpoints.missing.length} reference endpoints written as METHOD /path`,
      }, facts.namedFactor),
      named({ weight: 0.25, value: capped(share(facts.entities) / FULL.entities), text: `${facts.entities.found.length} of ${facts.entities.found.length + facts.entities.missing.length} entities named` }, facts.namedFactor),
    ],
    architecture: [
      ...keyPart('architecture', 0.5),
      (() => {
        const a = facts.architecture;
        return named({ weight: 0.25, value: capped(a.shared.length / (FULL.components * a.referenceCount || 1)), text: `you drew ${a.shared.length} of ${a.referenceCount} reference components` }, facts.namedFactor);
      })(),
      (() => {
        const a = facts.architecture;
        return named(
          {
            weight: 0.25,
            value: capped(a.sharedConnections.length / (FULL.connections * a.referenceConnectionCount || 1)),
            text: `${a.sharedConnections.length} of ${a.referenceConnectionCount} reference connections`,
          },
          facts.namedFactor,
        );
      })(),
    ],
    deep_dives: keyPart('deep_dives', 1),
    failures: keyPart('failures', 1),
    pacing:
      facts.pacing === undefined
        ? []
        : [{ weight: 1, value: facts.pacing, text: pacingText(facts.pacing, facts.steps ?? []) }],
  };
  return DIMENSIONS.map(({ id, name, weight }) => {
    const mine = parts[id];
    const total = mine.reduce((sum, p) => sum + p.weight, 0);
    if (total === 0) return { id, name, earned: 0, max: 0, reason: id === 'pacing' ? 'not timed' : 'nothing to judge' };
    const value = mine.reduce((sum, p) => sum + p.weight * p.value, 0) / total;
    return { id, name, earned: round1(onInterviewScale(value) * weight), max: weight, reason: mine.map((p) => p.text).join('; ') };
  });
}

/**
 * A dimension's share of the evidence put on the scale interviewers mark
 * on. The reference behind each dimension is exhaustive, and an interviewer
 * marks a dimension that is covered in part (a working design without depth)
 * nearer the middle than the bare share says: share^0.75, so a third of the
 * evidence is 44%, half is 59%, and none or all stay 0% and 100%.
 */
export const SCALE_EXPONENT = 0.75;
export const onInterviewScale = (share: number): number => (share <= 0 ? 0 : share >= 1 ? 1 : share ** SCALE_EXPONENT);
export const SCALE_RULE = 'each dimension is its share of the evidence put on the interview scale (share^0.75: a third scores 44%, half 59%), less hints';

/** 0 to 100: the dimensions scaled to the weight that applies, less the hint cost. */
export function totalScore(dimensions: readonly DimensionScore[], hintCost: number): number {
  const max = dimensions.reduce((sum, d) => sum + d.max, 0);
  if (max === 0) return 0;
  const earned = dimensions.reduce((sum, d) => sum + d.earned, 0);
  return Math.max(0, Math.min(100, Math.round((earned / max) * 100 - hintCost)));
}

/** "40% of the budgeted time went to steps with real content; over budget: Capacity estimation +0:48", or "..., every step within budget". */
function pacingText(share: number, steps: readonly StepPacing[]): string {
  const over = steps.filter((s) => s.over);
  const head = `${Math.round(share * 100)}% of the budgeted time went to steps with real content`;
  return over.length === 0 ? `${head}, every step within budget` : `${head}; over budget: ${over.map((s) => `${s.title} +${formatClock(s.overBy)}`).join(', ')}`;
}

/** Budget-weighted share of credit, 0 to 1. */
export function pacingShare(steps: readonly StepPacing[]): number {
  const budget = steps.reduce((sum, s) => sum + s.budgetSeconds, 0);
  return budget === 0 ? 0 : steps.reduce((sum, s) => sum + s.credit * s.budgetSeconds, 0) / budget;
}
