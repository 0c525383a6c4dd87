import { dependentsOf, inputsOf } from '../../core/estimate/graph.js';
import type { CheckResult, EstimateReport } from '../../core/estimate/types.js';
import { checkRowKey, type ValueRow } from './estimator.js';

/**
 * How each row of the estimator relates to the chosen one, for highlighting:
 * an assumption or price marks what it drives (estimates, costs, checks); an
 * estimate, cost or check marks what it is computed from, directly and
 * through those inputs' own inputs.
 */
export type Relation = 'drives' | 'input' | 'deeper-input';

/** The report keys a design check compares: the names in its formula, and its limit. */
export function checkInputs(report: EstimateReport, check: CheckResult): string[] {
  const names = check.formula.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
  return [...new Set([...names.filter((name) => report.get(name) !== undefined), check.limitKey])];
}

export function relationsOf(report: EstimateReport, row: ValueRow | undefined, cold = false): Map<string, Relation> {
  const relations = new Map<string, Relation>();
  if (!row) return relations;
  const checks = cold ? [] : (report.checks ?? []);
  if (row.group === 'assumption' || row.group === 'price') {
    const driven = new Set(dependentsOf(report, row.key));
    for (const key of driven) relations.set(key, 'drives');
    for (const check of checks) {
      if (checkInputs(report, check).some((key) => key === row.key || driven.has(key))) relations.set(checkRowKey(check), 'drives');
    }
    return relations;
  }
  let direct: readonly string[] = [];
  if (row.group === 'check') {
    const check = checks.find((c) => checkRowKey(c) === row.key);
    if (check) direct = checkInputs(report, check);
  } else if (row.group === 'estimate' || row.group === 'cost') {
    const entry = report.get(row.key);
    direct = entry && 'inputs' in entry ? entry.inputs : [];
  }
  for (const key of direct) {
    for (const deeper of inputsOf(report, key)) relations.set(deeper, 'deeper-input');
  }
  for (const key of direct) relations.set(key, 'input');
  return relations;
}
