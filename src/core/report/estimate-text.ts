import { asOfText } from '../as-of.js';
import type { ComputedValue, EstimateReport } from '../estimate/types.js';
import { bar, checkAcrossText, checkComparison, DRIVERS_NOTE, keyOutputs, samplingLine, spreadText, verdictWord } from './ranges.js';
import { textTable } from './tables.js';

/** Bars of the drivers chart, in terminal cells. */
const BAR_WIDTH = 20;

/** The plain-text estimate: assumptions, estimates with their working, costs and total, drivers, design checks, conventions. */
export function renderEstimateText(report: EstimateReport): string {
  const lines: string[] = [];
  const changed = report.assumptions.filter((a) => a.changed).map((a) => a.key);
  lines.push(`${report.title}: back-of-the-envelope estimate${changed.length ? ` (changed: ${changed.join(', ')})` : ' (defaults)'}`);
  lines.push('');
  lines.push('Conventions');
  for (const line of report.conventionLines) lines.push(`  ${line}`);
  lines.push(`  prices as of ${report.pricesAsOf}${report.limits.length ? `; limits as of ${report.limitsAsOf}` : ''}`);
  const sampling = samplingLine(report);
  if (sampling) lines.push(`  ${sampling}`);
  lines.push('');
  lines.push('Assumptions');
  lines.push(
    ...textTable(
      [{ header: 'key' }, { header: 'value', align: 'right' }, { header: '' }, { header: 'what' }],
      report.assumptions.map((a) => [a.key, a.display, a.changed ? '*' : '', a.label]),
    ),
  );
  if (changed.length) lines.push('  (* changed from the default)');
  lines.push('');
  lines.push(report.sampling ? 'Estimates (working at the medians of the ranges)' : 'Estimates');
  lines.push(...workedRows(report, report.estimates));
  lines.push('');
  lines.push('Monthly cost');
  lines.push(...workedRows(report, [...report.costs, report.total]));
  lines.push(...driversSection(report));
  lines.push(...checksSection(report));
  lines.push('');
  lines.push('Prices (* changed for this run)');
  lines.push(
    ...textTable(
      [{ header: 'key' }, { header: 'value', align: 'right' }, { header: '' }, { header: 'basis; source (as of)' }],
      report.prices.map((p) => [p.key, p.display, p.changed ? '*' : '', `${p.basis ? `${p.basis}; ` : ''}${p.source} (${p.asOf})`]),
    ),
  );
  if (report.limits.length) {
    lines.push('');
    lines.push('Limits: what one unit sustains, order of magnitude (* changed for this run)');
    lines.push(
      ...textTable(
        [{ header: 'key' }, { header: 'value', align: 'right' }, { header: '' }, { header: 'one; source (as of)' }],
        report.limits.map((l) => [l.key, l.display, l.changed ? '*' : '', `${l.one}; ${l.source} (${asOfText(l.asOf)})`]),
      ),
    );
  }
  return lines.join('\n');
}

/** The working without its label, which the key column already gives; with ranges, P5, P50 and P95 before it. */
function workedRows(report: EstimateReport, values: readonly ComputedValue[]): string[] {
  const working = (v: ComputedValue) => v.showWork.replace(/^.*? = /, '= ');
  if (!report.sampling) {
    return textTable(
      [{ header: 'key' }, { header: 'value', align: 'right' }, { header: 'working' }],
      values.map((v) => [v.key, v.display, working(v)]),
    );
  }
  return textTable(
    [{ header: 'key' }, { header: 'P5', align: 'right' }, { header: 'P50', align: 'right' }, { header: 'P95', align: 'right' }, { header: 'working' }],
    values.map((v) => [v.key, v.spread?.display.p5 ?? '', v.spread?.display.p50 ?? v.display, v.spread?.display.p95 ?? '', working(v)]),
  );
}

function driversSection(report: EstimateReport): string[] {
  const outputs = keyOutputs(report);
  if (outputs.length === 0) return [];
  const lines = ['', 'What drives the key outputs', `  (${DRIVERS_NOTE})`];
  for (const output of outputs) {
    lines.push(`  ${output.key}: ${spreadText(output)}`);
    const rows = (output.drivers ?? []).map((d) => [`    ${d.key}`, bar(d.relative, BAR_WIDTH), `${d.display.atLow} to ${d.display.atHigh}`]);
    lines.push(...textTable([{ header: '' }, { header: '' }, { header: '' }], rows, '').slice(1));
  }
  return lines;
}

function checksSection(report: EstimateReport): string[] {
  if (report.checks.length === 0) return [];
  const lines = ['', 'Design checks (against the limits below; FLIPS: the verdict changes between P5 and P95)'];
  const width = Math.max(...report.checks.map((c) => verdictWord(c).length));
  for (const check of report.checks) {
    lines.push(`  ${verdictWord(check).padEnd(width)}  ${check.label}: ${checkComparison(check)}`);
    const indent = ' '.repeat(width + 4);
    lines.push(`${indent}${check.advice}`);
    const across = checkAcrossText(check);
    if (across) lines.push(`${indent}${across}`);
    if (check.across?.otherAdvice) lines.push(`${indent}${check.verdict === 'over' ? 'at P5' : 'at P95'}: ${check.across.otherAdvice}`);
  }
  return lines;
}


