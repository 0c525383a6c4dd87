// Figures, their targets and the table: as text for the terminal, or as
// Markdown to paste into the README.
import type { Alternated } from './alternate.js';
import { pairedRatios, summarise, type Summary } from './stats.js';

export type Unit = 'ms' | 'ms/s' | 'MiB';

/** A limit on the ratio to bare node, or on the figure itself; `strict` means below, not at most. */
export interface Target {
  readonly of: 'ratio' | 'value';
  readonly limit: number;
  readonly strict?: boolean;
}

export interface FigureDef {
  readonly group: string;
  readonly label: string;
  readonly unit: Unit;
  readonly target?: Target | undefined;
}

export interface Figure extends FigureDef {
  readonly value?: Summary | undefined;
  readonly baseline?: Summary | undefined;
  /** Of the paired ratios, sample by sample. */
  readonly ratio?: Summary | undefined;
  /** 'mean' when value.median holds the mean over the whole span instead (CPU per second). */
  readonly centre?: 'median' | 'mean';
  /** Why the figure could not be measured. */
  readonly missing?: string;
}

/** A figure from alternated samples: the measured one, its baseline, and the ratio of each sample to the baseline next to it. */
export function figureOf(def: FigureDef, samples: Alternated): Figure {
  return {
    ...def,
    value: summarise(samples.measured),
    baseline: summarise(samples.baseline),
    ratio: summarise(pairedRatios(samples.measured, samples.baseline)),
  };
}

/** A figure that could not be measured here, and why. */
export const missingFigure = (def: FigureDef, why: string): Figure => ({ ...def, missing: why });

export type Verdict = 'met' | 'not met';

/** Whether the figure meets its target; undefined when it has no target or was not measured. */
export function verdict(figure: Figure): Verdict | undefined {
  const { target } = figure;
  const measured = target?.of === 'ratio' ? figure.ratio : figure.value;
  if (!target || !measured || figure.missing) return undefined;
  const ok = target.strict ? measured.median < target.limit : measured.median <= target.limit;
  return ok ? 'met' : 'not met';
}

const number = (n: number): string => n.toFixed(Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2);
const withUnit = (n: number, unit: Unit | 'x'): string => (unit === 'x' ? `${number(n)}x` : `${number(n)} ${unit}`);
const spread = (s: Summary): string => `(${number(s.q1)}-${number(s.q3)})`;

function targetText(figure: FigureDef): string {
  const { target } = figure;
  if (!target) return '';
  const limit = target.of === 'ratio' ? `${target.limit}x` : `${target.limit} ${figure.unit}`;
  return `${target.strict ? '<' : '<='} ${limit}`;
}

const HEADERS = ['figure', 'hld: median (IQR)', 'bare node', 'ratio: median (IQR)', 'target', 'verdict'] as const;

/** One row: figure, measured, bare node, ratio, target, verdict. */
function cells(figure: Figure): string[] {
  if (figure.missing) return [figure.label, `n/a: ${figure.missing}`, '', '', targetText(figure), 'n/a'];
  const value = figure.value;
  return [
    figure.label,
    value ? `${withUnit(value.median, figure.unit)}${figure.centre === 'mean' ? ' mean' : ''} ${spread(value)}` : 'n/a',
    figure.baseline ? withUnit(figure.baseline.median, figure.unit) : '',
    figure.ratio ? `${withUnit(figure.ratio.median, 'x')} ${spread(figure.ratio)}` : '',
    targetText(figure),
    verdict(figure) ?? '',
  ];
}

function grouped(figures: readonly Figure[], groupRow: (group: string) => string[], row: (figure: Figure) => string[]): string[][] {
  const rows: string[][] = [];
  let group: string | undefined;
  for (const figure of figures) {
    if (figure.group !== group) {
      group = figure.group;
      rows.push(groupRow(group));
    }
    rows.push(row(figure));
  }
  return rows;
}

/** A plain-text table, grouped under headings, numbers right-aligned. An n/a row keeps its reason on one line. */
export function textTable(figures: readonly Figure[]): string {
  const rows = grouped(figures, (group) => ['', group], cells);
  const measured = rows.filter((r) => r.length === HEADERS.length && !r[1]!.startsWith('n/a'));
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...measured.map((r) => r[i]!.length), ...(i === 0 ? rows.map((r) => r[0]!.length) : [])));
  const line = (r: readonly string[]): string => {
    if (r.length < HEADERS.length) return r.join('\n');
    if (r[1]!.startsWith('n/a')) return `${r[0]!.padEnd(widths[0]!)}  ${r[1]}`;
    return r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  };
  return [line(HEADERS), ...rows.map(line)].join('\n');
}

/** A Markdown table for the README; each group starts with a bold row. */
export function markdownTable(figures: readonly Figure[]): string {
  const row = (r: readonly string[]): string => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  const rows = grouped(figures, (group) => [`**${group}**`, '', '', '', '', ''], cells);
  return [row(HEADERS), row(HEADERS.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(row)].join('\n');
}

/** "5 of 12 targets met", saying how many could not be measured. */
export function targetSummary(figures: readonly Figure[]): string {
  const withTarget = figures.filter((f) => f.target);
  const met = withTarget.filter((f) => verdict(f) === 'met').length;
  const missing = withTarget.filter((f) => verdict(f) === undefined).length;
  return `${met} of ${withTarget.length} targets met${missing ? ` (${missing} not measured)` : ''}`;
}
