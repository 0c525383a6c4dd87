import type { ComputedValue, EstimateReport } from '../estimate/types.js';
import { textTable } from './tables.js';

/** The plain-text estimate: assumptions, estimates with their working, costs and total, conventions. */
export function renderEstimateText(report: EstimateReport): string {
  const lines: string[] = [];
  const changed = report.assumptions.filter((a) => a.changed).map((a) => a.key);
  lines.push(`${report.title}: back-of-the-envelope estimate${changed.length ? ` (changed: ${changed.join(', ')})` : ' (defaults)'}`);
  lines.push('');
  lines.push('Conventions');
  for (const line of report.conventionLines) lines.push(`  ${line}`);
  lines.push(`  prices as of ${report.pricesAsOf}`);
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
  lines.push('Estimates');
  lines.push(...workedRows(report.estimates));
  lines.push('');
  lines.push('Monthly cost');
  lines.push(...workedRows([...report.costs, report.total]));
  lines.push('');
  lines.push('Prices (* changed for this run)');
  lines.push(
    ...textTable(
      [{ header: 'key' }, { header: 'value', align: 'right' }, { header: '' }, { header: 'basis; source (as of)' }],
      report.prices.map((p) => [p.key, p.display, p.changed ? '*' : '', `${p.basis ? `${p.basis}; ` : ''}${p.source} (${p.asOf})`]),
    ),
  );
  return lines.join('\n');
}

/** The working without its label, which the key column already gives. */
function workedRows(values: readonly ComputedValue[]): string[] {
  return textTable(
    [{ header: 'key' }, { header: 'value', align: 'right' }, { header: 'working' }],
    values.map((v) => [v.key, v.display, v.showWork.replace(/^.*? = /, '= ')]),
  );
}
