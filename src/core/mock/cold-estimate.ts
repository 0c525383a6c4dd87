import type { EstimateRunner } from '../estimate/recompute.js';
import type { ComputedValue, EstimateReport } from '../estimate/types.js';

/**
 * The live estimate as a mock shows it before its report: the scale an
 * interviewer would give (the problem's traffic assumptions: users, their
 * habits, peaks), which the candidate may change so the report checks their
 * numbers at their own assumptions. Everything else is the reference design
 * or an answer, and stays hidden until the report: the other assumptions
 * (sizes, capacities and design choices such as "share of posts fanned out on
 * write"), the prices the reference's cost lines use (a managed Kafka broker,
 * a cache node), and every computed estimate and cost. The candidate works
 * those out in their notes; the report sets the computed values beside theirs
 * ("you wrote 3,500 writes/s; at your assumptions it is 3.47K/s").
 */

/** The assumptions a mock shows: the scale of the problem. */
export const GIVEN_GROUPS: readonly string[] = ['traffic'];

/** The one row left where the estimates and costs were: it says where they went. */
export const HIDDEN_ESTIMATES_KEY = 'hidden_in_a_mock';

const placeholder = (total: ComputedValue): ComputedValue => ({
  key: HIDDEN_ESTIMATES_KEY,
  label: 'Estimates and costs: yours to work out',
  kind: total.kind,
  standard: false,
  unit: '',
  formula: 'not shown in a mock',
  value: Number.NaN,
  display: '?',
  showWork: 'Write your numbers in your notes; the report sets the computed ones beside them.',
  inputs: [],
});

export function withoutAnswers(report: EstimateReport): EstimateReport {
  const total = placeholder(report.total);
  return {
    problemId: report.problemId,
    title: report.title,
    conventions: report.conventions,
    conventionLines: report.conventionLines,
    pricesAsOf: report.pricesAsOf,
    assumptions: report.assumptions.filter((a) => GIVEN_GROUPS.includes(a.group)),
    prices: [],
    // The limits a problem's checks use name its components, and the checks say what the design must do: both are answers.
    limits: [],
    limitsAsOf: report.limitsAsOf,
    estimates: [],
    costs: [],
    total,
    checks: [],
    ...(report.sampling ? { sampling: report.sampling } : {}),
    get(key) {
      if (key === HIDDEN_ESTIMATES_KEY) return total;
      const entry = report.get(key);
      return entry && 'group' in entry && GIVEN_GROUPS.includes(entry.group) ? entry : undefined;
    },
  };
}

/** The engine as a mock's estimator runs it: the same inputs, no answers. */
export const coldRunner =
  (run: EstimateRunner): EstimateRunner =>
  (problem, options) =>
    withoutAnswers(run(problem, options));
