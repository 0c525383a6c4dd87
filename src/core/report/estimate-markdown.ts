import type { ComputedValue, EstimateReport } from '../estimate/types.js';
import { checksMarkdown, driversMarkdown, limitsMarkdown, samplingMarkdown } from './ranges-markdown.js';
import { markdownCell, markdownCode, markdownTable } from './tables.js';

/**
 * Markdown pieces of an estimate, shared by `hld estimate --format markdown`
 * and the design-doc export. Made to fit GitHub's ~830 px column: the key
 * sits with its label instead of in a column of its own, the formula and its
 * working share a column (`formula` = working = result) and the working leaves
 * out the label the row already names, and a number keeps its unit on the
 * same line when a cell wraps.
 */

/** A non-breaking space between a number and the unit or multiplier after it: `1.16 K/s`, `$3.9 M/month`, `5 years`. */
export function keepUnits(text: string): string {
  // Not before the `x` of a product: `200 x 0.8` may wrap at either side of the x.
  return text.replace(/(\d) (?=[A-Za-z])(?!x )/g, '$1\u00a0');
}

/** A value or working for a table cell: table-safe, units kept with their numbers. */
const valueCell = (text: string): string => keepUnits(markdownCell(text));

/** The label with the key under it (the key is what --set and formulas use). */
const labelCell = (label: string, key: string): string => `${markdownCell(label)} ${markdownCode(key)}`;

/** `Daily active users = 1 B x 0.2 = 200 M` -> `1 B x 0.2 = 200 M`: the row already says what it is. */
export function workingWithoutLabel(v: Pick<ComputedValue, 'label' | 'showWork'>): string {
  const prefix = `${v.label} = `;
  return v.showWork.startsWith(prefix) ? v.showWork.slice(prefix.length) : v.showWork;
}

export function assumptionsTable(report: EstimateReport): string[] {
  return markdownTable(
    [{ header: 'Assumption' }, { header: 'Value', align: 'right' }, { header: 'Source' }],
    report.assumptions.map((a) => [
      labelCell(a.label, a.key),
      a.changed ? `**${valueCell(a.display)}** (yours; default ${valueCell(a.defaultInput)})` : valueCell(a.display),
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
  return computedTable('Estimate', report, report.estimates);
}

export function costTable(report: EstimateReport): string[] {
  const rows = computedTable('Cost', report, report.costs);
  const total = report.total;
  const spread = total.spread?.display;
  const values = report.sampling ? [spread?.p5 ?? '', spread?.p50 ?? total.display, spread?.p95 ?? ''] : [total.display];
  rows.push(`| **${markdownCell(total.label)}** ${markdownCode(total.key)} | ${values.map((v) => (v ? `**${valueCell(v)}**` : '')).join(' | ')} | ${formulaAndWorking(total)} |`);
  return rows;
}

/** `` `dau * tweets_per_user_per_day` = 200 M x (0.5 / 86,400 s) = 1.16 K/s ``. */
const formulaAndWorking = (v: ComputedValue): string => `${markdownCode(v.formula)} = ${valueCell(workingWithoutLabel(v))}`;

/** With ranges, P5, P50 and P95 replace the single value, and the working is at the medians. */
function computedTable(what: string, report: EstimateReport, values: readonly ComputedValue[]): string[] {
  if (!report.sampling) {
    return markdownTable(
      [{ header: what }, { header: 'Value', align: 'right' }, { header: 'Formula and working' }],
      values.map((v) => [labelCell(v.label, v.key), valueCell(v.display), formulaAndWorking(v)]),
    );
  }
  return markdownTable(
    [{ header: what }, { header: 'P5', align: 'right' }, { header: 'P50', align: 'right' }, { header: 'P95', align: 'right' }, { header: 'Formula and working (at the medians)' }],
    values.map((v) => [
      labelCell(v.label, v.key),
      valueCell(v.spread?.display.p5 ?? ''),
      valueCell(v.spread?.display.p50 ?? v.display),
      valueCell(v.spread?.display.p95 ?? ''),
      formulaAndWorking(v),
    ]),
  );
}

export function conventionsList(report: EstimateReport): string[] {
  return [
    ...report.conventionLines.map((line) => `- ${line}`),
    `- prices as of ${report.pricesAsOf} (every price row names its source)`,
    ...(report.limits.length ? [`- limits as of ${report.limitsAsOf} (every limit names its source)`] : []),
    ...samplingMarkdown(report),
  ];
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
    ...(report.sampling ? ['## What drives the key outputs', '', ...driversMarkdown(report), ''] : []),
    ...(report.checks.length ? ['## Design checks', '', ...checksMarkdown(report), ''] : []),
    '## Prices',
    '',
    ...pricesTable(report),
    '',
    ...(report.limits.length ? ['## Limits', '', ...limitsMarkdown(report), ''] : []),
  ].join('\n');
}
