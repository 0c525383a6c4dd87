import { DEFAULT_CONVENTIONS, type Conventions } from '../conventions.js';
import { runEstimate } from '../estimate/engine.js';
import type { AssumptionValue, ComputedValue, EstimateReport, PriceValue } from '../estimate/types.js';
import type { PriceTable } from '../prices/schema.js';
import type { Problem } from '../problem/schema.js';
import { answerExample, gradeAnswer, parseAnswer, type GradedAnswer, type ParsedAnswer } from './answer.js';
import { mulberry32, shuffled, type Random } from './prng.js';
import { CORE_QUESTIONS, DEFAULT_DRILL_COUNT, MORE_QUESTIONS } from './questions.js';
import { randomOverrides } from './values.js';

// The drill screen imports the score from here with the drill itself.
export { drillScore } from './score.js';

/**
 * A drill: one problem with its assumptions moved to plausible new values
 * (seeded), and a few standard estimates to work out by hand. Everything is
 * a function of (problem, seed, count, conventions), so `--seed` replays it.
 */

export interface DrillQuestion {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  /** The right answer in `unit`. */
  readonly value: number;
  readonly display: string;
  readonly showWork: string;
  /**
   * The working from the givens up: every estimate this one is computed from, each shown with its own
   * working, before this one's (the last line, `showWork`), so each number in a line is a given or a line above.
   */
  readonly working: readonly string[];
  /** The givens this estimate is computed from, all the way down. */
  readonly givens: readonly (AssumptionValue | PriceValue)[];
  /** How to type an answer, e.g. `e.g. 3.5K/s or 40K per second`. */
  readonly example: string;
}

export interface Drill {
  readonly problemId: string;
  readonly title: string;
  readonly seed: number;
  readonly conventions: Conventions;
  readonly conventionLines: readonly string[];
  /** The assumption values changed for this drill, in the value syntax. */
  readonly overrides: Readonly<Record<string, string>>;
  readonly assumptions: readonly AssumptionValue[];
  readonly questions: readonly DrillQuestion[];
}

/** Every assumption and price an entry depends on, in first-use order. */
function givensOf(report: EstimateReport, key: string): (AssumptionValue | PriceValue)[] {
  const seen = new Set<string>();
  const found: (AssumptionValue | PriceValue)[] = [];
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const entry = report.get(name);
    if (!entry) return;
    // Assumptions list their inputs too (dau from mau), but a drill gives an assumption as it is.
    const given = report.assumptions.includes(entry as AssumptionValue) || report.prices.includes(entry as PriceValue);
    if (!given && 'inputs' in entry) (entry as ComputedValue).inputs.forEach(visit);
    else if (given) found.push(entry as AssumptionValue | PriceValue);
  };
  visit(key);
  return found;
}

/** The working of `key` and of every estimate it is computed from, the ones it uses first. */
function workingOf(report: EstimateReport, key: string): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const entry = report.get(name);
    if (!entry || report.assumptions.includes(entry as AssumptionValue) || !('inputs' in entry)) return;
    (entry as ComputedValue).inputs.forEach(visit);
    lines.push((entry as ComputedValue).showWork);
  };
  visit(key);
  return lines;
}

function pickQuestionKeys(random: Random, report: EstimateReport, count: number): string[] {
  const available = (key: string) => {
    const entry = report.get(key);
    return entry !== undefined && entry.value > 0;
  };
  const order = [...shuffled(random, CORE_QUESTIONS), ...shuffled(random, MORE_QUESTIONS)].filter(available);
  return order.slice(0, Math.max(1, Math.min(count, order.length)));
}

export interface DrillOptions {
  readonly seed: number;
  readonly count?: number;
  readonly conventions?: Conventions;
  readonly prices?: PriceTable;
}

export function createDrill(problem: Problem, options: DrillOptions): Drill {
  const conventions = options.conventions ?? DEFAULT_CONVENTIONS;
  const random = mulberry32(options.seed);
  const base = runEstimate(problem, { conventions, ...(options.prices ? { prices: options.prices } : {}) });
  const defaults = new Map(base.assumptions.map((a) => [a.key, a.value]));
  const overrides = randomOverrides(problem, defaults, random);
  const report = runEstimate(problem, { overrides, conventions, ...(options.prices ? { prices: options.prices } : {}) });
  const keys = pickQuestionKeys(random, report, options.count ?? DEFAULT_DRILL_COUNT);
  const questions = keys.map((key): DrillQuestion => {
    const entry = report.get(key) as ComputedValue;
    return {
      key,
      label: entry.label,
      unit: entry.unit,
      value: entry.value,
      display: entry.display,
      showWork: entry.showWork,
      working: workingOf(report, key),
      givens: givensOf(report, key),
      example: answerExample(entry.unit),
    };
  });
  return {
    problemId: problem.id,
    title: problem.title,
    seed: options.seed,
    conventions,
    conventionLines: report.conventionLines,
    overrides,
    assumptions: report.assumptions,
    questions,
  };
}

export type AnswerOutcome = { readonly kind: 'retry'; readonly message: string } | { readonly kind: 'graded'; readonly graded: GradedAnswer };

/** Read and grade one typed answer; unreadable input asks for another try. */
export function answerQuestion(drill: Drill, question: DrillQuestion, input: string): AnswerOutcome {
  const parsed: ParsedAnswer = parseAnswer(input, question.unit, drill.conventions);
  const graded = gradeAnswer(input, parsed, question.value, question.unit, drill.conventions);
  if (!graded) return { kind: 'retry', message: parsed.ok ? 'could not grade that answer' : `${parsed.message} (${question.example})` };
  return { kind: 'graded', graded };
}
