import { asOfText } from '../as-of.js';
import type { EstimateReport } from '../estimate/types.js';
import { bar, checkAcrossText, checkComparison, DRIVERS_NOTE, keyOutputs, samplingLine, spreadText, verdictWord } from './ranges.js';
import { markdownCell, markdownCode, markdownTable } from './tables.js';

/**
 * Markdown of what ranges and limits add to an estimate: what drives the key
 * outputs, the design checks and the limits they use. Shared by `hld estimate
 * --format markdown` and the design-doc export.
 */

/** Bars in a table cell, in characters (GitHub renders the block characters in the body font). */
const BAR_WIDTH = 16;

/** The sampling line, or nothing without ranges. */
export function samplingMarkdown(report: EstimateReport): string[] {
  const line = samplingLine(report);
  return line ? [`- ${markdownCell(line)}`] : [];
}

/** One table per key output: each ranged input, a bar for its swing, and the output at its P5 and P95. */
export function driversMarkdown(report: EstimateReport): string[] {
  const outputs = keyOutputs(report);
  if (outputs.length === 0) return ['No input is a range, so every number is a single value. Type a range (`dau=100M to 400M`) to see what drives each output.'];
  const lines = [`${markdownCell(DRIVERS_NOTE[0]!.toUpperCase() + DRIVERS_NOTE.slice(1))}.`];
  for (const output of outputs) {
    lines.push('', `**${markdownCell(output.label)}** ${markdownCode(output.key)}: ${markdownCell(spreadText(output) ?? output.display)}`, '');
    lines.push(
      ...markdownTable(
        [{ header: 'Input' }, { header: 'Swing' }, { header: 'Input at P5', align: 'right' }, { header: 'Input at P95', align: 'right' }],
        (output.drivers ?? []).map((d) => [markdownCode(d.key), bar(d.relative, BAR_WIDTH), markdownCell(d.display.atLow), markdownCell(d.display.atHigh)]),
      ),
    );
  }
  return lines;
}

/** The design checks: verdict, the comparison, what follows, and how it holds across the ranges. */
export function checksMarkdown(report: EstimateReport): string[] {
  if (report.checks.length === 0) return ['This problem declares no design checks.'];
  const rows = report.checks.map((check) => {
    const across = checkAcrossText(check);
    const other = check.across?.otherAdvice ? ` ${check.verdict === 'over' ? 'At P5' : 'At P95'}: ${check.across.otherAdvice}` : '';
    return [
      `**${verdictWord(check)}**`,
      `${markdownCell(check.label)}: ${markdownCell(checkComparison(check))}`,
      // The verdict across the ranges as its own sentence: it carries parentheses of its own.
      markdownCell(`${check.advice}${across ? ` ${across[0]!.toUpperCase()}${across.slice(1)}.` : ''}${other}`),
    ];
  });
  return markdownTable([{ header: 'Verdict' }, { header: 'Check' }, { header: 'What follows' }], rows);
}

/** The limits the checks use: value, what one unit is, the caveat, the public source and its date. */
export function limitsMarkdown(report: EstimateReport): string[] {
  return markdownTable(
    [{ header: 'Limit' }, { header: 'Value', align: 'right' }, { header: 'Caveat' }, { header: 'Source' }, { header: 'As of' }],
    report.limits.map((l) => [
      `${markdownCell(l.label)} ${markdownCode(l.key)}`,
      markdownCell(l.changed ? `${l.display} (yours)` : l.display),
      markdownCell(l.caveat),
      markdownCell(l.source),
      markdownCell(asOfText(l.asOf)),
    ]),
  );
}
