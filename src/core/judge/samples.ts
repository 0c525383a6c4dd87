import { DEFAULT_CONVENTIONS } from '../conventions.js';
import type { EstimateReport } from '../estimate/types.js';
import type { KeyPoint, Problem } from '../problem/schema.js';
import type { StepPhase } from '../template/schema.js';
import { compileGroups, loadAliases, loadLexicon, type Lexicon } from './concepts.js';
import type { Language } from './nlp.js';
import { toPassages } from './passages.js';
import { bindNumbers, quantitiesOf } from './quantities.js';
import { judgeRule, type RuleVerdict } from './rules.js';

/**
 * A key point's own sample sentences, judged as if each were the only thing
 * the candidate wrote (in a step of the point's phase). As with eslint rule
 * tests, every valid sample must earn the point and no invalid one may.
 */

/** The step phase a sample is written in: the point's own, or the one its dimension belongs to. */
const PHASE_OF_DIMENSION: Readonly<Record<KeyPoint['dimension'], StepPhase>> = {
  requirements: 'requirements',
  estimation: 'estimation',
  api_data: 'data',
  architecture: 'architecture',
  deep_dives: 'deep_dive',
  failures: 'failures',
};

export function judgeSample(problem: Problem, point: KeyPoint, text: string, language: Language, estimate?: EstimateReport, lexicon?: Lexicon): RuleVerdict {
  const passages = toPassages(language, [{ stepId: 'sample', notes: text }]);
  const conventions = estimate?.conventions ?? DEFAULT_CONVENTIONS;
  return judgeRule(point, compileGroups(problem, point, lexicon ?? loadLexicon()), {
    passages,
    phaseOf: () => point.phases?.[0] ?? PHASE_OF_DIMENSION[point.dimension],
    ...(estimate ? { estimate, numbers: bindNumbers(passages, quantitiesOf(estimate), conventions) } : {}),
    conventions,
    aliases: loadAliases(),
  });
}

export interface SampleFailure {
  readonly point: string;
  readonly sample: string;
  readonly expected: 'earned' | 'not earned';
  readonly verdict: RuleVerdict;
}

export function sampleFailures(problem: Problem, language: Language, estimate?: EstimateReport, lexicon?: Lexicon): SampleFailure[] {
  const failures: SampleFailure[] = [];
  for (const point of problem.key_points) {
    for (const [expected, list] of [
      ['earned', point.samples.valid],
      // A point's own hints are questions and nudges, never its statement: copied as notes they earn nothing.
      ['not earned', [...point.samples.invalid, point.hint.ask, point.hint.nudge]],
    ] as const) {
      for (const sample of list) {
        const verdict = judgeSample(problem, point, sample, language, estimate, lexicon);
        if (verdict.earned !== (expected === 'earned')) failures.push({ point: point.id, sample, expected, verdict });
      }
    }
  }
  return failures;
}
