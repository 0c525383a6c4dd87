import { asOfText } from '../../core/as-of.js';
import { conventionsSummary } from '../../core/conventions.js';
import { KEY_OUTPUTS } from '../../core/problem/standard.js';
import { bar, checkAcrossText, checkComparison, spreadText, verdictWord } from '../../core/report/ranges.js';
import type { EstimateReport } from '../../core/estimate/types.js';
import type { StepKind } from '../../core/template/schema.js';
import { truncate, wrapText } from '../editor/wrap.js';
import { checkRowKey, selectedRow, spreadRange, type EstimatorState } from './estimator.js';
import { relationsOf, type Relation } from './estimator-relations.js';

/** A row under the estimator's table; `error` ones are drawn as errors. */
export interface DetailLine {
  readonly text: string;
  readonly error?: boolean;
}

/** The marks the table draws beside related rows, named once so the detail lines can refer to them. */
export const RELATION_MARK: Readonly<Record<Relation, string>> = { drives: '▸', input: '◂', 'deeper-input': '·' };

const labelOf = (report: EstimateReport, key: string): string => report.get(key)?.label ?? key;

/** `a, b, c and 4 more`. */
function listed(names: readonly string[], most = 4): string {
  if (names.length <= most) return names.join(', ');
  return `${names.slice(0, most).join(', ')} and ${names.length - most} more`;
}

/** What drives a key output, as bars: `Daily active users ██████▌ 29 K/s–116 K/s`. */
/** Where the limit a check compares with comes from, and when, as the estimate's limits table says it: `... (2020)`, `... (undated)`. */
function limitSource(report: EstimateReport, limitKey: string): string[] {
  const limit = report.limits.find((l) => l.key === limitKey);
  return limit ? [`${limit.key}: ${limit.source} (${asOfText(limit.asOf)})`] : [];
}

function driverBars(report: EstimateReport, key: string, width: number): string[] {
  const entry = report.get(key);
  if (!entry || !entry.drivers?.length || !(KEY_OUTPUTS as readonly string[]).includes(key)) return [];
  const barWidth = Math.max(4, Math.min(12, Math.floor(width / 6)));
  const rangeWidth = Math.max(...entry.drivers.map((d) => spreadRange(d.display.atLow, d.display.atHigh).length));
  const longest = Math.max(...entry.drivers.map((d) => labelOf(report, d.key).length));
  const labelWidth = Math.max(8, Math.min(longest, 36, width - barWidth - rangeWidth - 5));
  return [
    'what drives it: each range alone from its P5 to its P95, the others at their medians',
    ...entry.drivers.map(
      (d) => `  ${truncate(labelOf(report, d.key), labelWidth).padEnd(labelWidth)} ${bar(d.relative, barWidth).padEnd(barWidth)} ${spreadRange(d.display.atLow, d.display.atHigh)}`,
    ),
  ];
}

/**
 * What is shown under the table: the draft's error or hint, or for the chosen
 * row its value and working, its spread, what it drives or is made of, what
 * drives it (key outputs), and for a design check its verdict and what follows.
 * Most important first: the screen keeps as many lines as it has room for.
 */
export function detailLines(estimator: EstimatorState, kind: StepKind, width: number): DetailLine[] {
  const wrap = (text: string): DetailLine[] => wrapText(text, width, '  ').map((line) => ({ text: line }));
  const draft = estimator.draft;
  const report = estimator.shown;
  if (draft) {
    if (draft.error) return wrapText(`✗ ${draft.error}`, width, '  ').map((text) => ({ text, error: true }));
    const now = report?.get(draft.key);
    const spread = now && spreadText(now);
    return [
      ...wrap(`= ${now?.display ?? ''}${spread ? ` (${spread})` : ''}. Enter keeps it, Esc puts the old value back.`),
      ...wrap('Same syntax as hld estimate --set; a range is "low to high" (a 90% interval).'),
    ];
  }
  const row = selectedRow(estimator, kind);
  if (!row || !report) return [];
  const relations = relationsOf(report, row, estimator.cold);
  const keysWith = (...wanted: Relation[]) => [...relations].filter(([, r]) => wanted.includes(r)).map(([key]) => key);
  const labels = (keys: readonly string[]) => keys.map((key) => (key.startsWith('check:') ? (report.checks.find((c) => checkRowKey(c) === key)?.label ?? key) : labelOf(report, key)));

  if (row.group === 'convention') {
    return [...wrap(`${conventionsSummary(report.conventions)}. Enter or c: the next choice; every value is recomputed under it.`), ...report.conventionLines.flatMap(wrap)];
  }
  if (row.group === 'check') {
    const check = (report.checks ?? []).find((c) => checkRowKey(c) === row.key);
    if (!check) return [];
    const across = checkAcrossText(check);
    return [
      ...wrap(`${verdictWord(check)}: ${checkComparison(check)}`),
      ...wrap(check.advice),
      ...(across ? wrap(across) : []),
      ...(check.across?.otherAdvice ? wrap(`otherwise: ${check.across.otherAdvice}`) : []),
      ...wrap(`${RELATION_MARK.input} compares ${listed(labels(keysWith('input')))}`),
      ...limitSource(report, check.limitKey).flatMap(wrap),
    ];
  }
  const entry = report.get(row.key);
  if (!entry) return [];
  const spread = spreadText(entry);
  if ('showWork' in entry) {
    const direct = keysWith('input');
    const deeper = keysWith('deeper-input');
    // A key output's spread and what drives it come first when there are ranges: that is what they are for.
    return [
      ...(spread ? wrap(spread) : []),
      // Not in a mock: what drives a key output is the reference's model, like the checks.
      ...(estimator.cold ? [] : driverBars(report, entry.key, width)).map((text) => ({ text: truncate(text, width) })),
      ...wrap(`formula: ${entry.formula}`),
      ...wrap(entry.showWork),
      // A limit in the formula (--servers dau's daily users per server) names its source and date next to the working.
      ...direct.flatMap((key) => limitSource(report, key)).flatMap(wrap),
      ...(direct.length ? wrap(`${RELATION_MARK.input} from ${listed(labels(direct))}${deeper.length ? `; ${RELATION_MARK['deeper-input']} theirs: ${listed(labels(deeper))}` : ''}`) : []),
    ];
  }
  const changed = 'changed' in entry && entry.changed;
  const original = 'defaultInput' in entry ? entry.defaultInput : undefined;
  // A price or a limit says where its figure comes from and when, as the tables do: `(2025)`, or `(undated)`.
  const help = 'help' in entry ? entry.help : `${entry.source} (${asOfText(entry.asOf)})`;
  const driven = keysWith('drives');
  return [
    ...wrap(`${row.key} = ${row.input}${changed && original ? ` (default ${original}; u resets)` : ''}. Enter to change; a range: low to high.`),
    ...wrap(driven.length ? `${RELATION_MARK.drives} drives ${driven.length}: ${listed(labels(driven))}` : 'drives no estimate here'),
    ...(spread ? wrap(spread) : []),
    ...wrap(help),
  ];
}
