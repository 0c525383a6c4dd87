import type { ComputedValue, EstimateReport } from '../estimate/types.js';
import { markdownCell, markdownCode, markdownTable } from './tables.js';

/**
 * Markdown pieces of an estimate, shared by `hld estimate --format markdown`
 * and the design-doc export.
 */

export function assumptionsTable(report: EstimateReport): string[] {
  return markdownTable(
    [{ header: 'Assumption' }, { header: 'Key' }, { header: 'Value', align: 'right' }, { header: 'Unit' }, { header: 'Changed' }, { header: 'Source' }],
    report.assumptions.map((a) => [
      markdownCell(a.label),
      markdownCode(a.key),
      markdownCell(a.display),
      markdownCode(a.unit),
      a.changed ? `yes (default ${markdownCell(a.defaultInput)})` : '',
      markdownCell(a.source),
    ]),
  );
}

/** The prices the cost lines use: value, how an hourly price became monthly, the public source and its date. */
export function pricesTable(report: EstimateReport): string[] {
  return markdownTable(
    [{ header: 'Price' }, { header: 'Key' }, { header: 'Value', align: 'right' }, { header: 'Basis' }, { header: 'Source' }, { header: 'As of' }],
    report.prices.map((p) => [
      markdownCell(p.label),
      markdownCode(p.key),
      markdownCell(p.display),
      markdownCell(p.changed ? `changed to ${p.input}` : (p.basis ?? '')),
      markdownCell(p.source),
      markdownCell(p.asOf),
    ]),
  );
}

export function estimatesTable(report: EstimateReport): string[] {
  return computedTable(report.estimates);
}

export function costTable(report: EstimateReport): string[] {
  const rows = computedTable(report.costs);
  rows.push(`| **${markdownCell(report.total.label)}** | ${markdownCode(report.total.key)} | **${markdownCell(report.total.display)}** | ${markdownCode(report.total.formula)} | ${markdownCell(report.total.showWork)} |`);
  return rows;
}

function computedTable(values: readonly ComputedValue[]): string[] {
  return markdownTable(
    [{ header: 'Estimate' }, { header: 'Key' }, { header: 'Value', align: 'right' }, { header: 'Formula' }, { header: 'Working' }],
    values.map((v) => [markdownCell(v.label), markdownCode(v.key), markdownCell(v.display), markdownCode(v.formula), markdownCell(v.showWork)]),
  );
}

export function conventionsList(report: EstimateReport): string[] {
  return [...report.conventionLines.map((line) => `- ${line}`), `- prices as of ${report.pricesAsOf} (every price row names its source)`];
}

/** The whole estimate as a Markdown document. */
export function renderEstimateMarkdown(report: EstimateReport): string {
  return [
    `# ${report.title}: estimate`,
    '',
    '## Conventions',
    '',
    ...conventionsList(report),
    '',
    '## Assumptions',
    '',
    ...assumptionsTable(report),
    '',
    '## Estimates',
    '',
    ...estimatesTable(report),
    '',
    '## Monthly cost',
    '',
    ...costTable(report),
    '',
    '## Prices',
    '',
    ...pricesTable(report),
    '',
  ].join('\n');
}
