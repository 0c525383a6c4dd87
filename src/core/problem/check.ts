import { DEFAULT_CONVENTIONS } from '../conventions.js';
import { DataFileError, EstimateError, HldError } from '../errors.js';
import { runEstimate } from '../estimate/engine.js';
import { quoted, shownValue } from '../shown-value.js';
import { checkExpression, ExpressionError, MAX_EXPRESSION_LENGTH } from '../units/expression.js';
import { evaluateUnitText } from '../units/value.js';
import type { ProblemListing } from './load.js';
import type { Problem } from './schema.js';

/**
 * What the schema cannot check in a problem file: every unit text names
 * units, every formula parses, and the defaults evaluate with their units.
 * Every failure is a DataFileError naming the file and the field
 * (`assumptions.3.unit: 'req/s' is not a unit ...`), so a typo in a user's own
 * problem never reaches a screen as an unexpected error.
 *
 * It loads the estimator (mathjs), so screens call it only for the user's own
 * problems; the builtin ones are checked by the test suite.
 */

/** Problems already checked in this process. */
const checked = new WeakSet<Problem>();

/**
 * The first line of an error the expression engine did not type (a mathjs
 * TypeError on a name like `__proto__`): the file is what the user can fix, so
 * it is reported against the file, never as a bug in hld.
 */
function untyped(error: unknown): string {
  if (error instanceof HldError) throw error;
  return shownValue((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '', 120);
}

function checkUnitText(file: string, field: string, unit: string): void {
  try {
    evaluateUnitText(unit, DEFAULT_CONVENTIONS);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw new DataFileError(file, `${field}: ${quoted(unit)} cannot be evaluated (${untyped(error)})`);
    // The value syntax says which name is not a unit, how units are written and the nearest one.
    throw new DataFileError(file, `${field}: ${quoted(unit)} is not a unit text: ${error.message}`);
  }
}

function checkFormula(file: string, field: string, formula: string): void {
  try {
    checkExpression(formula);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw new DataFileError(file, `${field}: formula ${quoted(formula)} cannot be evaluated (${untyped(error)})`);
    throw new DataFileError(file, `${field}: formula ${quoted(formula)} ${error.message}`);
  }
}

/**
 * The field an engine message is about: `the default of assumption 'mau' ...`
 * is assumptions.N.value, `estimate 'dau' (formula ...)` estimates.N.formula,
 * `cost 'cost_cache' ...` costs.N.formula.
 */
function fieldOfEstimateError(problem: Problem, message: string): string | undefined {
  const assumption = /^the default of assumption '([^']+)'/.exec(message)?.[1];
  if (assumption !== undefined) {
    const i = problem.assumptions.findIndex((a) => a.key === assumption);
    return i === -1 ? undefined : `assumptions.${i}.value`;
  }
  const formula = /^(estimate|cost) '([^']+)'/.exec(message);
  if (formula?.[1] === 'estimate') {
    const i = problem.estimates.findIndex((e) => e.key === formula[2]);
    return i === -1 ? undefined : `estimates.${i}.formula`;
  }
  if (formula?.[1] === 'cost') {
    const i = problem.costs.findIndex((c) => `cost_${c.line}` === formula[2]);
    return i === -1 ? undefined : `costs.${i}.formula`;
  }
  return undefined;
}

/** Every text the estimator will parse, with its field: the length cap applies before any of it is read. */
function expressionTexts(problem: Problem): [field: string, text: string][] {
  return [
    ...problem.assumptions.flatMap((a, i): [string, string][] => [[`assumptions.${i}.value`, String(a.value)], [`assumptions.${i}.unit`, a.unit]]),
    ...problem.estimates.flatMap((e, i): [string, string][] => [[`estimates.${i}.formula`, e.formula], [`estimates.${i}.unit`, e.unit]]),
    ...problem.costs.map((c, i): [string, string] => [`costs.${i}.formula`, c.formula]),
  ];
}

/** Throws a DataFileError naming `file` and the field when the problem cannot be estimated with its defaults. */
export function checkProblemFile(problem: Problem, file: string): void {
  if (checked.has(problem)) return;
  for (const [field, text] of expressionTexts(problem)) {
    if (text.length > MAX_EXPRESSION_LENGTH) {
      throw new DataFileError(file, `${field}: ${quoted(text)} is longer than the ${MAX_EXPRESSION_LENGTH} characters a value, unit or formula may have`);
    }
  }
  problem.assumptions.forEach((a, i) => checkUnitText(file, `assumptions.${i}.unit`, a.unit));
  problem.estimates.forEach((e, i) => {
    checkUnitText(file, `estimates.${i}.unit`, e.unit);
    checkFormula(file, `estimates.${i}.formula`, e.formula);
  });
  problem.costs.forEach((c, i) => checkFormula(file, `costs.${i}.formula`, c.formula));
  try {
    runEstimate(problem);
  } catch (error) {
    if (!(error instanceof HldError)) throw new DataFileError(file, `cannot be estimated with its defaults (${untyped(error)})`);
    // Engine messages start with the problem id; the file says more.
    const prefix = `${problem.id}: `;
    if (!(error instanceof EstimateError) || !error.message.startsWith(prefix)) throw error;
    const message = error.message.slice(prefix.length);
    const field = fieldOfEstimateError(problem, message);
    throw new DataFileError(file, field ? `${field}: ${message}` : message);
  }
  checked.add(problem);
}

/** The listing with the user's problems that fail the check marked broken, as the schema's failures are. */
export function checkListings(listings: readonly ProblemListing[]): ProblemListing[] {
  return listings.map((listing) => {
    if (!listing.problem || listing.entry.origin !== 'user') return listing;
    try {
      checkProblemFile(listing.problem, listing.entry.file);
      return listing;
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      return { entry: listing.entry, error: error.message };
    }
  });
}
