import { DEFAULT_CONVENTIONS } from '../conventions.js';
import type { EstimateReport } from '../estimate/types.js';
import type { KeyPoint, Problem } from '../problem/schema.js';
import { compileGroups, loadLexicon, type Lexicon } from './concepts.js';
import type { Language } from './nlp.js';
import { toPassages } from './passages.js';
import { judgeRule, type RuleVerdict } from './rules.js';

/**
 * A key point's own sample sentences, judged as if each were the only thing
 * the candidate wrote (in a step of the point's phase). As with eslint rule
 * tests, every valid sample must earn the point and no invalid one may.
 */

export function judgeSample(problem: Problem, point: KeyPoint, text: string, language: Language, estimate?: EstimateReport, lexicon?: Lexicon): RuleVerdict {
  const passages = toPassages(language, [{ stepId: 'sample', notes: text }]);
  return judgeRule(point, compileGroups(problem, point, lexicon ?? loadLexicon()), {
    passages,
    phaseOf: () => point.phases?.[0],
    ...(estimate ? { estimate } : {}),
    conventions: estimate?.conventions ?? DEFAULT_CONVENTIONS,
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
      ['not earned', point.samples.invalid],
    ] as const) {
      for (const sample of list) {
        const verdict = judgeSample(problem, point, sample, language, estimate, lexicon);
        if (verdict.earned !== (expected === 'earned')) failures.push({ point: point.id, sample, expected, verdict });
      }
    }
  }
  return failures;
}
