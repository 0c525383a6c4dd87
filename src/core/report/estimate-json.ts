import type { CheckResult, ComputedValue, EstimateReport, ReportEntry } from '../estimate/types.js';
import { DRIVERS_NOTE, INTERVAL_NOTE, SAMPLING_METHOD } from './ranges.js';

/**
 * The estimate as plain data: every value with unit, display, formula and
 * show-work; with ranges, each value's spread (P5, P50, P95) and drivers; the
 * design checks and the limits they use. Without ranges it is what it always
 * was, plus checks and limits.
 */
export function estimateToJson(report: EstimateReport): object {
  return {
    problem: report.problemId,
    title: report.title,
    conventions: report.conventions,
    convention_lines: report.conventionLines,
    prices_as_of: report.pricesAsOf,
    ...(report.sampling
      ? { sampling: { samples: report.sampling.samples, seed: report.sampling.seed, method: SAMPLING_METHOD, intervals: INTERVAL_NOTE, drivers: DRIVERS_NOTE } }
      : {}),
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
      ...uncertain(a),
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
      ...uncertain(p),
    })),
    estimates: report.estimates.map(computed),
    costs: report.costs.map(computed),
    total: computed(report.total),
    checks: report.checks.map(check),
    limits_as_of: report.limitsAsOf,
    limits: report.limits.map((l) => ({
      key: l.key,
      label: l.label,
      one: l.one,
      value: l.value,
      unit: l.unit,
      display: l.display,
      input: l.input,
      changed: l.changed,
      source: l.source,
      as_of: l.asOf,
      caveat: l.caveat,
      ...uncertain(l),
    })),
  };
}

/** A range as typed, the spread over the samples and the drivers, where there are any. */
function uncertain(entry: ReportEntry) {
  return {
    ...('range' in entry && entry.range ? { range: entry.range } : {}),
    ...(entry.spread ? { spread: entry.spread } : {}),
    ...(entry.drivers
      ? {
          // snake_case like the rest of the JSON (the engine's own fields are camelCase).
          drivers: entry.drivers.map((d) => ({
            key: d.key,
            at_low: d.atLow,
            at_high: d.atHigh,
            swing: d.swing,
            relative: d.relative,
            display: { at_low: d.display.atLow, at_high: d.display.atHigh },
          })),
        }
      : {}),
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
    ...uncertain(v),
  };
}

function check(c: CheckResult) {
  return {
    key: c.key,
    label: c.label,
    formula: c.formula,
    value: c.value,
    unit: c.unit,
    display: c.display,
    limit_key: c.limitKey,
    limit: c.limit,
    limit_display: c.limitDisplay,
    one: c.one,
    ratio: c.ratio,
    needed: c.needed,
    verdict: c.verdict,
    advice: c.advice,
    ...(c.across
      ? {
          across: {
            over_share: c.across.overShare,
            ratio_p5: c.across.ratioP5,
            ratio_p95: c.across.ratioP95,
            needed_p5: c.across.neededP5,
            needed_p95: c.across.neededP95,
            flips: c.across.flips,
            ...(c.across.otherAdvice ? { other_advice: c.across.otherAdvice } : {}),
          },
        }
      : {}),
  };
}
