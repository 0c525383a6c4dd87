import type { ComputedValue, EstimateReport } from '../estimate/types.js';

/** The estimate as plain data: every value with unit, display, formula and show-work. */
export function estimateToJson(report: EstimateReport): object {
  return {
    problem: report.problemId,
    title: report.title,
    conventions: report.conventions,
    convention_lines: report.conventionLines,
    prices_as_of: report.pricesAsOf,
    assumptions: report.assumptions.map((a) => ({
      key: a.key,
      label: a.label,
      value: a.value,
      unit: a.unit,
      display: a.display,
      input: a.input,
      default: a.defaultInput,
      changed: a.changed,
      source: a.source,
    })),
    prices: report.prices.map((p) => ({
      key: p.key,
      label: p.label,
      value: p.value,
      unit: p.unit,
      display: p.display,
      input: p.input,
      ...(p.basis ? { basis: p.basis } : {}),
      changed: p.changed,
      source: p.source,
      as_of: p.asOf,
    })),
    estimates: report.estimates.map(computed),
    costs: report.costs.map(computed),
    total: computed(report.total),
  };
}

function computed(v: ComputedValue) {
  return {
    key: v.key,
    label: v.label,
    standard: v.standard,
    value: v.value,
    unit: v.unit,
    display: v.display,
    formula: v.formula,
    show_work: v.showWork,
    inputs: v.inputs,
  };
}
