import { DEFAULT_CONVENTIONS, describeConventions, hoursPerMonthText, SERVERS_BY_DAILY_USERS, type Conventions } from '../conventions.js';
import { UNDATED } from '../as-of.js';
import { EstimateError, ValueError } from '../errors.js';
import type { LimitRow, LimitTable } from '../limits/schema.js';
import type { PriceTable } from '../prices/schema.js';
import type { Assumption, CheckDef, Problem } from '../problem/schema.js';
import { STANDARD_ESTIMATES } from '../problem/standard.js';
import { quoted } from '../shown-value.js';
import { didYouMean } from '../suggest.js';
import { checkExpression, evaluateChecked, ExpressionError, type CheckedExpression, type Resolver } from '../units/expression.js';
import { formatMoney, formatQuantity } from '../units/format.js';
import { magnitude, type Quantity } from '../units/quantity.js';
import { COMMON_UNIT_NAMES, resolveUnit } from '../units/units.js';
import { describeDimension, toDeclaredUnit } from '../units/value.js';
import { checkResults, type CheckPoint } from './checks.js';
import { declaredUnit, readInput, sampleBounds, unitFactor, type RangeRule, type ReadInput } from './inputs.js';
import { spreadsAndDrivers } from './ranges.js';
import { inlineLabel, showWork, type ShownValue } from './show-work.js';
import type { Recipe, RangedInput } from './spread.js';
import { withLookup } from './lookup.js';
import { unknownNameHint } from './unknown-name.js';
import type { AssumptionValue, ComputedValue, EstimateOptions, EstimateReport, InputRange, LimitValue, PriceValue, ReportEntry } from './types.js';

export { MAX_MAGNITUDE, MIN_MAGNITUDE } from './inputs.js';

/** The seed of the sampling unless one is given (`--seed`): the same ranges give the same spreads on every run. */
export const DEFAULT_SEED = 1;
/**
 * Samples drawn when an input is a range. With evenly spread (quasi-random)
 * samples, P5 and P95 settle to within about 2% at this count even for a
 * product of ranges, and a whole recompute of a problem stays well inside the
 * 50 ms a keystroke in the estimator may take (npm run bench measures it).
 */
export const DEFAULT_SAMPLES = 2_000;

interface Formula {
  readonly key: string;
  readonly label: string;
  readonly kind: 'estimate' | 'cost';
  readonly unit: string;
  readonly help?: string;
  readonly checked: CheckedExpression;
}

interface ParsedProblem {
  readonly formulas: readonly Formula[];
  /** The same with `servers` counted from daily users (`--servers dau`), when the problem has servers. */
  readonly formulasByDailyUsers: readonly Formula[];
  readonly checks: readonly { readonly def: CheckDef; readonly checked: CheckedExpression }[];
}

/** Formulas are parsed once per problem; a run only evaluates. */
const parsedProblems = new WeakMap<Problem, ParsedProblem>();

function parsedOf(problem: Problem): ParsedProblem {
  const cached = parsedProblems.get(problem);
  if (cached) return cached;
  const defs = [
    ...problem.estimates.map((e) => ({ key: e.key, label: e.label, kind: 'estimate' as const, unit: e.unit, help: 'help' in e ? e.help : undefined, formula: e.formula })),
    ...problem.costs.map((c) => ({ key: `cost_${c.line}`, label: c.label, kind: 'cost' as const, unit: 'USD/month', help: c.help, formula: c.formula })),
  ];
  const formulas = defs.map((def) => {
    try {
      return { ...def, checked: checkExpression(def.formula) };
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      throw new EstimateError(`${problem.id}: ${def.kind} '${def.key}' (formula '${def.formula}') ${error.message}`);
    }
  });
  const checks = (problem.checks ?? []).map((def) => {
    try {
      return { def, checked: checkExpression(def.value) };
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      throw new EstimateError(`${problem.id}: check '${def.key}' (value '${def.value}') ${error.message}`);
    }
  });
  const parsed = { formulas, checks, formulasByDailyUsers: withServersByDailyUsers(formulas) };
  parsedProblems.set(problem, parsed);
  return parsed;
}

/**
 * The formulas with `servers` replaced by the rule some courses state,
 * servers = DAU / daily users one server serves: the figure is a limits row
 * with its source, so the output names the course and the user can change it.
 * The problem's own count from peak load stays, just above it, as
 * `servers_by_load`: its parts (Twitter's API servers and fan-out workers)
 * add up to a line shown, and no cost line uses it.
 */
function withServersByDailyUsers(formulas: readonly Formula[]): readonly Formula[] {
  const byLoad = SERVERS_BY_DAILY_USERS.byLoad;
  if (!formulas.some((f) => f.key === 'servers')) return formulas;
  const keepByLoad = !formulas.some((f) => f.key === byLoad);
  const checked = checkExpression(SERVERS_BY_DAILY_USERS.formula);
  return formulas.flatMap((f) => {
    if (f.key === SERVERS_BY_DAILY_USERS.costKey && f.checked.symbols.has('servers')) return [computeByDailyUsers(f)];
    if (f.key !== 'servers') return [f];
    const byDailyUsers: Formula = {
      ...f,
      label: SERVERS_BY_DAILY_USERS.label,
      checked,
      help: `Counted from daily users (--servers dau), not from peak load; the cost lines use this count.${keepByLoad ? ` The problem's own count, ${f.checked.text}, is ${byLoad}.` : ''}`,
    };
    if (!keepByLoad) return [byDailyUsers];
    const fromLoad: Formula = {
      ...f,
      key: byLoad,
      label: `${f.label} from peak load (not costed)`,
      help: `The problem's own count from peak load. Under --servers dau the servers line counts by daily users instead, and no cost line uses this one.`,
    };
    return [fromLoad, byDailyUsers];
  });
}

/**
 * The compute line under `--servers dau`: its label in the problem names the
 * fleet counted from peak load (Twitter's 'API servers and fan-out workers'),
 * but it now prices the servers counted from daily users, so it takes that
 * line's label; the problem's own label stays in the help.
 */
function computeByDailyUsers(f: Formula): Formula {
  const onlyServers = [...f.checked.symbols].every((name) => name === 'servers' || name.startsWith('price_'));
  return {
    ...f,
    label: onlyServers ? SERVERS_BY_DAILY_USERS.label : `${f.label}, with ${inlineLabel(SERVERS_BY_DAILY_USERS.label)}`,
    help: `Prices the servers counted from daily users (--servers dau). Counted from peak load (${SERVERS_BY_DAILY_USERS.byLoad}), the problem's line is: ${f.label}.`,
  };
}

/** What an estimate needs besides the problem: the price and limit tables (loaded by the caller). */
export interface RunOptions extends EstimateOptions {
  readonly prices: PriceTable;
  readonly limits: LimitTable;
}

/**
 * Evaluate every assumption, estimate, cost line and design check of a
 * problem, in dependency order, with units checked at every step; when some
 * input is a range, also every value's spread over seeded samples and what
 * drives it.
 *
 * Throws ValueError for a bad user value (exit 2) and EstimateError for a
 * problem file whose formulas cannot be evaluated (exit 1).
 */
export function runEstimate(problem: Problem, options: RunOptions): EstimateReport {
  const conventions: Conventions = { ...DEFAULT_CONVENTIONS, ...options.conventions };
  const { prices, limits } = options;
  const overrides = options.overrides ?? {};
  // Own keys only: an assumption named `constructor` must never find Object.prototype's.
  const overrideOf = (key: string): string | undefined => (Object.hasOwn(overrides, key) ? overrides[key] : undefined);
  const parsed = parsedOf(problem);
  const formulas = conventions.servers === 'dau' ? parsed.formulasByDailyUsers : parsed.formulas;
  const { checks } = parsed;

  const assumptionDefs = new Map(problem.assumptions.map((a) => [a.key, a]));
  const priceRows = new Map(prices.prices.map((row) => [`price_${row.key}`, row]));
  const limitRows = new Map(limits.limits.map((row) => [`limit_${row.key}`, row]));
  const formulaDefs = new Map(formulas.map((f) => [f.key, f]));

  for (const key of Object.keys(overrides)) {
    if (!assumptionDefs.has(key) && !priceRows.has(key) && !limitRows.has(key)) {
      const known = [...assumptionDefs.keys(), ...priceRows.keys(), ...limitRows.keys()];
      throw new ValueError(`unknown assumption ${quoted(key)} for ${problem.id}${didYouMean(key, known)} (list them with: hld problems show ${problem.id})`);
    }
  }

  const unitOf = (name: string) => resolveUnit(name, conventions);
  /** How each value is made, in the order computed: replayed over samples when an input is a range. */
  const recipes: Recipe[] = [];
  const ranged: RangedInput[] = [];
  let userRange = false;

  /** Record how an input read from text is made. */
  const recordInput = (key: string, read: ReadInput, declared: Quantity, rule: RangeRule, isUserValue: boolean): InputRange | undefined => {
    const factor = unitFactor(declared);
    if (read.kind === 'range') {
      if (isUserValue) userRange = true;
      ranged.push({ key, shape: read.shape, low: read.low, high: read.high, ...sampleBounds(rule) });
      recipes.push({ key, factor, make: 'range', input: ranged.length - 1 });
      return { low: read.low, high: read.high, distribution: read.shape.distribution };
    }
    recipes.push({ key, factor, make: 'formula', node: read.checked.node, times: read.bare ? factor : 1 });
    return undefined;
  };
  const rangeDisplay = (range: InputRange | undefined, format: (v: number) => string, value: number): string =>
    range ? `${format(range.low)} to ${format(range.high)}` : format(value);

  // --- assumptions -------------------------------------------------------
  const assumptionQuantities = new Map<string, Quantity>();
  const assumptionValues = new Map<string, AssumptionValue>();
  const inProgress: string[] = [];
  const unitsOnly = (name: string, what: string): Quantity => {
    const unit = unitOf(name);
    if (unit !== undefined) return unit;
    throw new ExpressionError(`refers to ${quoted(name)}, but the ends of a range are numbers with units${assumptionDefs.has(name) ? `; give ${what} a value of its own` : didYouMean(name, COMMON_UNIT_NAMES)}`);
  };

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
    const where = `${problem.id}: assumption '${def.key}'`;
    let read: ReadInput;
    try {
      read = readInput(input, def.unit, conventions, fail, {
        range: def,
        where,
        expected: def.unit === '1' ? `${def.label.toLowerCase()} is a plain number with no unit (a count or a ratio)` : `${def.label.toLowerCase()} is measured in ${def.unit}`,
        resolve: (name) => {
          const other = assumptionDefs.get(name);
          if (other) return evaluateAssumption(other);
          const unit = unitOf(name);
          if (unit !== undefined) return unit;
          const hint = unknownNameHint(name, input, assumptionDefs.keys(), COMMON_UNIT_NAMES);
          throw new ExpressionError(`refers to an unknown name ${quoted(name)}${hint}`);
        },
        resolveEnd: (name) => unitsOnly(name, name),
      });
    } finally {
      inProgress.pop();
    }
    const range = recordInput(def.key, read, declaredUnit(def.unit, conventions, where), def, isUserValue);
    assumptionQuantities.set(def.key, read.quantity);
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
      value: read.value,
      display: rangeDisplay(range, (v) => formatQuantity(v, def.unit, conventions), read.value),
      ...(range ? { range } : {}),
      inputs: read.kind === 'point' ? [...read.checked.symbols].filter((name) => assumptionDefs.has(name)) : [],
    });
    return read.quantity;
  };
  problem.assumptions.forEach((def) => evaluateAssumption(def));

  // --- prices and limits ---------------------------------------------------
  // Price rows are quoted per decimal GB whatever the user's storage convention.
  const priceConventions: Conventions = { ...conventions, storage: 'decimal' };
  const tableQuantities = new Map<string, Quantity>();
  const priceValues = new Map<string, PriceValue>();
  const limitValues = new Map<string, LimitValue>();

  /** A row of the price or limits table, read once when first used (or overridden). */
  const readRow = (key: string, row: { key: string; value: string; unit: string }, table: 'price' | 'limit', rule: RangeRule, c: Conventions) => {
    const userValue = overrideOf(key);
    const input = userValue ?? row.value;
    const isUserValue = userValue !== undefined;
    const file = table === 'price' ? 'price table' : 'limits table';
    const fail = (message: string): never => {
      if (isUserValue) throw new ValueError(`${table} '${key}' = ${quoted(input)}: ${message}`);
      throw new EstimateError(`${file}: '${row.key}' (${quoted(input)}) ${message}`);
    };
    const where = `${file}: '${row.key}'`;
    const resolve = (name: string) => {
      const unit = resolveUnit(name, c);
      if (unit !== undefined) return unit;
      throw new ExpressionError(`refers to an unknown name ${quoted(name)}${didYouMean(name, COMMON_UNIT_NAMES)}`);
    };
    const read = readInput(input, row.unit, c, fail, {
      range: rule,
      where,
      expected: table === 'price' ? `this price is in ${row.unit}` : `this limit is in ${row.unit}`,
      resolve,
      resolveEnd: resolve,
    });
    tableQuantities.set(key, read.quantity);
    const range = recordInput(key, read, declaredUnit(row.unit, c, where), rule, isUserValue);
    return { read, input, isUserValue, range };
  };

  const evaluatePrice = (key: string): Quantity => {
    const done = tableQuantities.get(key);
    if (done !== undefined) return done;
    const row = priceRows.get(key)!;
    const { read, input, isUserValue, range } = readRow(key, row, 'price', { allow_zero: row.allow_zero, unit: row.unit }, priceConventions);
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
      value: read.value,
      display: rangeDisplay(range, (v) => formatPriceDisplay(v, row.unit), read.value),
      ...(range ? { range } : {}),
    });
    return read.quantity;
  };

  const evaluateLimit = (key: string): Quantity => {
    const done = tableQuantities.get(key);
    if (done !== undefined) return done;
    const row: LimitRow = limitRows.get(key)!;
    const { read, input, isUserValue, range } = readRow(key, row, 'limit', { allow_zero: false, unit: row.unit }, conventions);
    limitValues.set(key, {
      key,
      label: row.label,
      one: row.one,
      unit: row.unit,
      source: row.source,
      asOf: row.as_of === UNDATED ? null : (row.as_of ?? limits.as_of),
      caveat: row.caveat,
      input,
      changed: isUserValue && input.trim() !== row.value.trim(),
      value: read.value,
      display: rangeDisplay(range, (v) => formatQuantity(v, row.unit, conventions), read.value),
      ...(range ? { range } : {}),
    });
    return read.quantity;
  };
  for (const key of Object.keys(overrides)) {
    if (priceRows.has(key)) evaluatePrice(key);
    if (limitRows.has(key)) evaluateLimit(key);
  }

  // --- estimates and cost lines --------------------------------------------
  const computedQuantities = new Map<string, Quantity>();
  const computedValues = new Map<string, ComputedValue>();
  const chain: string[] = [];

  /** The working shows a ranged input at its median: the point the working computes. */
  const atMedian = (entry: AssumptionValue | PriceValue | LimitValue | undefined): ShownValue | undefined =>
    entry?.range ? { value: entry.value, unit: entry.unit, display: formatQuantity(entry.value, entry.unit, entry.key.startsWith('price_') ? priceConventions : conventions) } : entry;
  const lookupShown = (name: string): ShownValue | undefined =>
    atMedian(assumptionValues.get(name) ?? priceValues.get(name) ?? limitValues.get(name)) ?? computedValues.get(name);

  // Assumptions and estimates are named in a sum's terms; a price or a limit says what it is in its value.
  const labelOf = (name: string): string | undefined => assumptionValues.get(name)?.label ?? computedValues.get(name)?.label;

  const formulaResolver =
    (fallbackKnown: () => string[]): Resolver =>
    (name) => {
      const assumption = assumptionQuantities.get(name);
      if (assumption !== undefined) return assumption;
      if (priceRows.has(name)) return evaluatePrice(name);
      if (limitRows.has(name)) return evaluateLimit(name);
      const other = formulaDefs.get(name);
      if (other) return evaluateFormula(other);
      const unit = unitOf(name);
      if (unit !== undefined) return unit;
      throw new ExpressionError(`refers to an unknown name ${quoted(name)}${didYouMean(name, fallbackKnown())}`);
    };
  const knownNames = () => [...assumptionDefs.keys(), ...formulaDefs.keys(), ...priceRows.keys(), ...limitRows.keys()];

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
      quantity = evaluateChecked(formula.checked, formulaResolver(knownNames));
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
    recipes.push({ key: formula.key, factor: unitFactor(declared), make: 'formula', node: formula.checked.node, times: 1 });
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
      showWork: showWork(formula.label, formula.checked.node, lookupShown, { value, unit: formula.unit, display }, conventions, labelOf),
      inputs: [...formula.checked.symbols].filter((s) => assumptionDefs.has(s) || priceRows.has(s) || limitRows.has(s) || formulaDefs.has(s)),
      ...(formula.help ? { help: formula.help } : {}),
    });
    return quantity;
  };
  formulas.forEach((formula) => evaluateFormula(formula));

  // --- design checks -------------------------------------------------------
  const checkPoints: CheckPoint[] = checks.map(({ def, checked }) => {
    const where = `${problem.id}: check '${def.key}' (value '${checked.text}')`;
    const limitKey = `limit_${def.limit}`;
    const row = limitRows.get(limitKey);
    if (!row) {
      const known = [...limitRows.keys()].map((k) => k.slice('limit_'.length));
      throw new EstimateError(`${problem.id}: check '${def.key}' compares with the limit '${def.limit}', which the limits table does not have${didYouMean(def.limit, known)}`);
    }
    let quantity: Quantity;
    try {
      quantity = evaluateChecked(checked, formulaResolver(knownNames));
    } catch (error) {
      if (error instanceof ExpressionError) throw new EstimateError(`${where} ${error.message}`);
      throw error;
    }
    const limitQuantity = evaluateLimit(limitKey);
    const declared = declaredUnit(row.unit, conventions, `limits table: '${row.key}'`);
    const value = toDeclaredUnit(quantity, declared);
    if (value === undefined) {
      throw new EstimateError(`${where} gives ${describeDimension(quantity)}, but its limit '${def.limit}' is in ${row.unit}`);
    }
    const key = `check_${def.key}`;
    recipes.push({ key, factor: unitFactor(declared), make: 'formula', node: checked.node, times: 1 });
    return { def, key, formula: checked.text, value, unit: row.unit, limit: limitValues.get(limitKey)!, limitBase: magnitude(limitQuantity) };
  });

  const estimates = formulas.filter((f) => f.kind === 'estimate').map((f) => computedValues.get(f.key)!);
  const costs = formulas.filter((f) => f.kind === 'cost').map((f) => computedValues.get(f.key)!);
  const total = totalOf(problem.id, costs, conventions);
  const assumptions = problem.assumptions.map((a) => assumptionValues.get(a.key)!);
  const usedPrices = [...priceRows.keys()].filter((k) => priceValues.has(k)).map((k) => priceValues.get(k)!);
  const usedLimits = [...limitRows.keys()].filter((k) => limitValues.has(k)).map((k) => limitValues.get(k)!);

  // --- ranges: spreads, drivers, and checks across them ---------------------
  const samples = options.samples ?? DEFAULT_SAMPLES;
  const seed = options.seed ?? DEFAULT_SEED;
  const withRanges =
    ranged.length === 0
      ? undefined
      : spreadsAndDrivers({
          recipes,
          ranged,
          samples,
          seed,
          conventions,
          unitOf: (name) => magnitude(unitOf(name) ?? Number.NaN),
          costKeys: costs.map((c) => c.key),
          nonNegative: formulas.map((f) => f.key),
          fail: (message) => {
            if (userRange) throw new ValueError(message);
            throw new EstimateError(`${problem.id}: ${message}`);
          },
        });
  const dress = <T extends ReportEntry>(entry: T, unit: string): T => (withRanges ? { ...entry, ...withRanges.uncertain(entry.key, unit) } : entry);

  return withLookup({
    problemId: problem.id,
    title: problem.title,
    conventions,
    conventionLines: describeConventions(conventions),
    pricesAsOf: prices.as_of,
    limitsAsOf: limits.as_of,
    assumptions: assumptions.map((a) => dress(a, a.unit)),
    prices: usedPrices.map((p) => dress(p, p.unit)),
    limits: usedLimits.map((l) => dress(l, l.unit)),
    estimates: estimates.map((e) => dress(e, e.unit)),
    costs: costs.map((c) => dress(c, c.unit)),
    total: dress(total, total.unit),
    checks: checkResults(checkPoints, conventions, withRanges?.columns),
    ...(withRanges ? { sampling: { samples, seed } } : {}),
  });
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
    showWork: `Monthly total = ${costs.map((c) => `${formatMoney(c.value)} [${inlineLabel(c.label)}]`).join(' + ')} = ${display}`,
    inputs: costs.map((c) => c.key),
  };
}

/**
 * The one hours-per-month rule, shown on every price it applies to: a price
 * typed per hour and used per month was multiplied by the month convention's
 * hours (`0.096 USD/hour x 720 h a month`).
 */
function hourlyBasis(input: string, unit: string, conventions: Conventions): string | undefined {
  if (!/\b(?:hour|hr|h)\b/.test(input) || !/\bmonth\b/.test(unit)) return undefined;
  return `${input.trim()} x ${hoursPerMonthText(conventions)} h a month`;
}

function formatPriceDisplay(value: number, unit: string): string {
  const per = unit.replace(/^USD\s*\/?\s*/, '').replace(/[()]/g, '').trim();
  return per ? `${formatMoney(value)} per ${per}` : formatMoney(value);
}
