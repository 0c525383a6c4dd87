import { DEFAULT_CONVENTIONS, describeConventions, hoursPerMonth, type Conventions } from '../conventions.js';
import { EstimateError, ValueError } from '../errors.js';
import { loadPrices } from '../prices/load.js';
import type { PriceTable } from '../prices/schema.js';
import { STANDARD_ESTIMATES, type Assumption, type Problem } from '../problem/schema.js';
import { quoted } from '../shown-value.js';
import { didYouMean } from '../suggest.js';
import { checkExpression, evaluateChecked, ExpressionError, type CheckedExpression, type Resolver } from '../units/expression.js';
import { formatMoney, formatQuantity } from '../units/format.js';
import type { Quantity } from '../units/quantity.js';
import { COMMON_UNIT_NAMES, resolveUnit } from '../units/units.js';
import { describeDimension, evaluateUnitText, parseValue, toDeclaredUnit, withDeclaredUnit } from '../units/value.js';
import { showWork, type ShownValue } from './show-work.js';
import type { AssumptionValue, ComputedValue, EstimateOptions, EstimateReport, PriceValue, ReportEntry } from './types.js';

/** Larger than anything a system-design estimate needs; beyond it a value is a typo. */
export const MAX_MAGNITUDE = 1e18;
/**
 * Smaller than anything but zero that an estimate needs (the cheapest price
 * per byte is about 10^-12 dollars); below it a value is a typo, and dividing
 * by it would print an infinite number of servers.
 */
export const MIN_MAGNITUDE = 1e-12;

interface Formula {
  readonly key: string;
  readonly label: string;
  readonly kind: 'estimate' | 'cost';
  readonly unit: string;
  readonly help?: string;
  readonly checked: CheckedExpression;
}

/** Formulas are parsed once per problem; a run only evaluates. */
const parsedFormulas = new WeakMap<Problem, Formula[]>();

function formulasOf(problem: Problem): Formula[] {
  const cached = parsedFormulas.get(problem);
  if (cached) return cached;
  const defs = [
    ...problem.estimates.map((e) => ({ key: e.key, label: e.label, kind: 'estimate' as const, unit: e.unit, help: 'help' in e ? e.help : undefined, formula: e.formula })),
    ...problem.costs.map((c) => ({ key: `cost_${c.line}`, label: c.label, kind: 'cost' as const, unit: 'USD/month', help: c.help, formula: c.formula })),
  ];
  const formulas = defs.map((def) => {
    try {
      return { ...def, checked: checkExpression(def.formula) };
    } catch (error) {
      throw new EstimateError(`${problem.id}: ${def.kind} '${def.key}' (formula '${def.formula}') ${(error as Error).message}`);
    }
  });
  parsedFormulas.set(problem, formulas);
  return formulas;
}

let defaultPrices: PriceTable | undefined;

/**
 * Evaluate every assumption, estimate and cost line of a problem, in
 * dependency order, with units checked at every step.
 *
 * Throws ValueError for a bad user value (exit 2) and EstimateError for a
 * problem file whose formulas cannot be evaluated (exit 1).
 */
export function runEstimate(problem: Problem, options: EstimateOptions & { prices?: PriceTable } = {}): EstimateReport {
  const conventions: Conventions = { ...DEFAULT_CONVENTIONS, ...options.conventions };
  const prices = options.prices ?? (defaultPrices ??= loadPrices());
  const overrides = options.overrides ?? {};
  // Own keys only: an assumption named `constructor` must never find Object.prototype's.
  const overrideOf = (key: string): string | undefined => (Object.hasOwn(overrides, key) ? overrides[key] : undefined);
  const formulas = formulasOf(problem);

  const assumptionDefs = new Map(problem.assumptions.map((a) => [a.key, a]));
  const priceRows = new Map(prices.prices.map((row) => [`price_${row.key}`, row]));
  const formulaDefs = new Map(formulas.map((f) => [f.key, f]));

  for (const key of Object.keys(overrides)) {
    if (!assumptionDefs.has(key) && !priceRows.has(key)) {
      const known = [...assumptionDefs.keys(), ...priceRows.keys()];
      throw new ValueError(`unknown assumption ${quoted(key)} for ${problem.id}${didYouMean(key, known)} (list them with: hld problems show ${problem.id})`);
    }
  }

  const unitOf = (name: string) => resolveUnit(name, conventions);

  // --- assumptions -------------------------------------------------------
  const assumptionQuantities = new Map<string, Quantity>();
  const assumptionValues = new Map<string, AssumptionValue>();
  const inProgress: string[] = [];

  const evaluateAssumption = (def: Assumption): Quantity => {
    const done = assumptionQuantities.get(def.key);
    if (done !== undefined) return done;
    const defaultInput = String(def.value);
    const userValue = overrideOf(def.key);
    const input = userValue ?? defaultInput;
    const isUserValue = userValue !== undefined;
    const fail = (message: string): never => {
      if (isUserValue) throw new ValueError(`assumption '${def.key}' = ${quoted(input)}: ${message}`);
      throw new EstimateError(`${problem.id}: the default of assumption '${def.key}' (${quoted(input)}) ${message}`);
    };
    if (inProgress.includes(def.key)) {
      fail(`refers to itself through ${[...inProgress.slice(inProgress.indexOf(def.key)), def.key].join(' -> ')}`);
    }
    inProgress.push(def.key);
    let read: ReadInput;
    try {
      read = readInput(input, def.unit, conventions, fail, {
        range: def,
        where: `${problem.id}: assumption '${def.key}'`,
        expected: `${def.label.toLowerCase()} is measured in ${def.unit}`,
        resolve: (name) => {
          const other = assumptionDefs.get(name);
          if (other) return evaluateAssumption(other);
          const unit = unitOf(name);
          if (unit !== undefined) return unit;
          const hint = didYouMean(name, [...assumptionDefs.keys(), ...COMMON_UNIT_NAMES]);
          throw new ExpressionError(`refers to an unknown name ${quoted(name)}${hint}`);
        },
      });
    } finally {
      inProgress.pop();
    }
    const { quantity, value } = read;
    assumptionQuantities.set(def.key, quantity);
    assumptionValues.set(def.key, {
      key: def.key,
      label: def.label,
      unit: def.unit,
      group: def.group,
      help: def.help,
      source: def.source,
      input,
      defaultInput,
      changed: isUserValue && input.trim() !== defaultInput.trim(),
      value,
      display: formatQuantity(value, def.unit, conventions),
    });
    return quantity;
  };
  problem.assumptions.forEach((def) => evaluateAssumption(def));

  // --- prices --------------------------------------------------------------
  // Price rows are quoted per decimal GB whatever the user's storage convention.
  const priceConventions: Conventions = { ...conventions, storage: 'decimal' };
  const priceQuantities = new Map<string, Quantity>();
  const priceValues = new Map<string, PriceValue>();
  const evaluatePrice = (key: string): Quantity => {
    const done = priceQuantities.get(key);
    if (done !== undefined) return done;
    const row = priceRows.get(key)!;
    const userValue = overrideOf(key);
    const input = userValue ?? row.value;
    const isUserValue = userValue !== undefined;
    const fail = (message: string): never => {
      if (isUserValue) throw new ValueError(`price '${key}' = ${quoted(input)}: ${message}`);
      throw new EstimateError(`price table: '${row.key}' (${quoted(input)}) ${message}`);
    };
    const { quantity, value } = readInput(input, row.unit, priceConventions, fail, {
      range: { allow_zero: row.allow_zero, unit: row.unit },
      where: `price table: '${row.key}'`,
      expected: `this price is in ${row.unit}`,
      resolve: (name) => {
        const unit = resolveUnit(name, priceConventions);
        if (unit !== undefined) return unit;
        throw new ExpressionError(`refers to an unknown name ${quoted(name)}${didYouMean(name, COMMON_UNIT_NAMES)}`);
      },
    });
    priceQuantities.set(key, quantity);
    const basis = hourlyBasis(input, row.unit, priceConventions);
    priceValues.set(key, {
      key,
      label: row.label,
      unit: row.unit,
      source: row.source,
      asOf: row.as_of ?? prices.as_of,
      ...(basis ? { basis } : {}),
      input,
      changed: isUserValue && input.trim() !== row.value.trim(),
      value,
      display: formatPriceDisplay(value, row.unit),
    });
    return quantity;
  };
  for (const key of Object.keys(overrides)) if (priceRows.has(key)) evaluatePrice(key);

  // --- estimates and cost lines --------------------------------------------
  const computedQuantities = new Map<string, Quantity>();
  const computedValues = new Map<string, ComputedValue>();
  const chain: string[] = [];

  const lookupShown = (name: string): ShownValue | undefined =>
    assumptionValues.get(name) ?? priceValues.get(name) ?? computedValues.get(name);

  const evaluateFormula = (formula: Formula): Quantity => {
    const done = computedQuantities.get(formula.key);
    if (done !== undefined) return done;
    const where = `${problem.id}: ${formula.kind} '${formula.key}' (formula '${formula.checked.text}')`;
    if (chain.includes(formula.key)) {
      throw new EstimateError(`${where} depends on itself: ${[...chain.slice(chain.indexOf(formula.key)), formula.key].join(' -> ')}`);
    }
    chain.push(formula.key);
    let quantity: Quantity;
    try {
      quantity = evaluateChecked(formula.checked, (name) => {
        const assumption = assumptionQuantities.get(name);
        if (assumption !== undefined) return assumption;
        if (priceRows.has(name)) return evaluatePrice(name);
        const other = formulaDefs.get(name);
        if (other) return evaluateFormula(other);
        const unit = unitOf(name);
        if (unit !== undefined) return unit;
        const known = [...assumptionDefs.keys(), ...formulaDefs.keys(), ...priceRows.keys()];
        throw new ExpressionError(`refers to an unknown name ${quoted(name)}${didYouMean(name, known)}`);
      });
    } catch (error) {
      if (error instanceof ExpressionError) throw new EstimateError(`${where} ${error.message}`);
      throw error;
    } finally {
      chain.pop();
    }
    const declared = declaredUnit(formula.unit, conventions, `${problem.id}: ${formula.kind} '${formula.key}'`);
    const value = toDeclaredUnit(quantity, declared);
    if (value === undefined) {
      throw new EstimateError(`${where} gives ${describeDimension(quantity)}, but is declared in ${formula.unit}`);
    }
    if (!Number.isFinite(value)) {
      throw new EstimateError(`${where} does not give a finite number (check the assumptions it uses)`);
    }
    // Rates, sizes, counts and costs cannot be negative; one that is comes from inconsistent assumptions.
    if (value < 0) {
      throw new EstimateError(`${where} gives a negative value (${formatQuantity(value, formula.unit, conventions)}); check the assumptions it uses`);
    }
    const display = formatQuantity(value, formula.unit, conventions);
    computedQuantities.set(formula.key, quantity);
    computedValues.set(formula.key, {
      key: formula.key,
      label: formula.label,
      kind: formula.kind,
      standard: (STANDARD_ESTIMATES as readonly string[]).includes(formula.key),
      unit: formula.unit,
      formula: formula.checked.text,
      value,
      display,
      showWork: showWork(formula.label, formula.checked.node, lookupShown, { value, unit: formula.unit, display }, conventions),
      inputs: [...formula.checked.symbols].filter((s) => assumptionDefs.has(s) || priceRows.has(s) || formulaDefs.has(s)),
      ...(formula.help ? { help: formula.help } : {}),
    });
    return quantity;
  };
  formulas.forEach((formula) => evaluateFormula(formula));

  const estimates = formulas.filter((f) => f.kind === 'estimate').map((f) => computedValues.get(f.key)!);
  const costs = formulas.filter((f) => f.kind === 'cost').map((f) => computedValues.get(f.key)!);
  const total = totalOf(problem.id, costs, conventions);

  const assumptions = problem.assumptions.map((a) => assumptionValues.get(a.key)!);
  const usedPrices = [...priceRows.keys()].filter((k) => priceValues.has(k)).map((k) => priceValues.get(k)!);
  const index = new Map<string, ReportEntry>();
  for (const entry of [...assumptions, ...usedPrices, ...estimates, ...costs, total]) index.set(entry.key, entry);

  return {
    problemId: problem.id,
    title: problem.title,
    conventions,
    conventionLines: describeConventions(conventions),
    pricesAsOf: prices.as_of,
    assumptions,
    prices: usedPrices,
    estimates,
    costs,
    total,
    get: (key) => index.get(key),
  };
}

function totalOf(problemId: string, costs: readonly ComputedValue[], conventions: Conventions): ComputedValue {
  const value = costs.reduce((sum, c) => sum + c.value, 0);
  // Each line is finite; their sum can still overflow.
  if (!Number.isFinite(value)) throw new EstimateError(`${problemId}: the monthly total does not give a finite number (check the assumptions the cost lines use)`);
  const display = formatQuantity(value, 'USD/month', conventions);
  const formula = costs.map((c) => c.key).join(' + ');
  return {
    key: 'cost_total',
    label: 'Monthly total',
    kind: 'total',
    standard: true,
    unit: 'USD/month',
    formula,
    value,
    display,
    showWork: `Monthly total = ${costs.map((c) => formatMoney(c.value)).join(' + ')} = ${display}`,
    inputs: costs.map((c) => c.key),
  };
}

const hoursFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * The one hours-per-month rule, shown on every price it applies to: a price
 * typed per hour and used per month was multiplied by the month convention's
 * hours (`0.096 USD/hour x 720 h a month`).
 */
function hourlyBasis(input: string, unit: string, conventions: Conventions): string | undefined {
  if (!/\b(?:hour|hr|h)\b/.test(input) || !/\bmonth\b/.test(unit)) return undefined;
  return `${input.trim()} x ${hoursFormat.format(hoursPerMonth(conventions))} h a month`;
}

function formatPriceDisplay(value: number, unit: string): string {
  const per = unit.replace(/^USD\s*\/?\s*/, '').replace(/[()]/g, '').trim();
  return per ? `${formatMoney(value)} per ${per}` : formatMoney(value);
}

interface ReadInput {
  readonly quantity: Quantity;
  /** In the declared unit. */
  readonly value: number;
}

interface ReadRules {
  /** Who declared the unit (`url-shortener: assumption 'mau'`), for a unit that is not one. */
  readonly where: string;
  readonly resolve: Resolver;
  readonly range: RangeRule;
  /** What a value of the wrong dimension is told: `item size is measured in B`. */
  readonly expected: string;
}

/**
 * An assumption or price as typed: a bare number takes the declared unit, a
 * value with units must convert to it, and the result must be in range. Every
 * failure goes through `fail`, which knows whether the user or a data file wrote it.
 */
function readInput(
  input: string,
  unitText: string,
  conventions: Conventions,
  fail: (message: string) => never,
  how: ReadRules,
): ReadInput {
  const declared = declaredUnit(unitText, conventions, how.where);
  let quantity: Quantity;
  try {
    quantity = withDeclaredUnit(parseValue(input, how.resolve).quantity, declared);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    return fail(error.message);
  }
  const value = toDeclaredUnit(quantity, declared);
  if (value === undefined) return fail(`is ${describeDimension(quantity)}, but ${how.expected}`);
  checkRange(value, how.range, fail);
  return { quantity, value };
}

/**
 * A declared unit (from a problem or price file), or an EstimateError naming
 * the file's field when it is not one (`req/s`): the unit is the file's
 * mistake, never the value the user typed.
 */
function declaredUnit(unitText: string, conventions: Conventions, where: string): Quantity {
  try {
    return evaluateUnitText(unitText, conventions);
  } catch (error) {
    if (!(error instanceof ExpressionError)) throw error;
    throw new EstimateError(`${where} has the unit ${quoted(unitText)}: ${error.message}`);
  }
}

interface RangeRule {
  readonly min?: number | undefined;
  readonly max?: number | undefined;
  readonly allow_zero: boolean;
  readonly unit: string;
}

function checkRange(value: number, rule: RangeRule, fail: (message: string) => never): void {
  const unit = rule.unit === '1' ? '' : ` ${rule.unit}`;
  if (!Number.isFinite(value)) fail('is not a finite number');
  if (Math.abs(value) > MAX_MAGNITUDE) fail(`is absurdly large (over 10^18${unit}); check the number of zeros`);
  if (value !== 0 && Math.abs(value) < MIN_MAGNITUDE) fail(`is absurdly small (under 10^-12${unit}); check the exponent, or type 0 where zero is accepted`);
  if (rule.min !== undefined && value < rule.min) fail(`must be at least ${rule.min}${unit}`);
  if (rule.max !== undefined && value > rule.max) fail(`must be at most ${rule.max}${unit}`);
  if (rule.min === undefined) {
    if (value < 0) fail(`must not be negative`);
    if (value === 0 && !rule.allow_zero) fail(`must be greater than 0`);
  }
}

