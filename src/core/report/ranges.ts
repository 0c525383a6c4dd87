import { ratioText } from '../estimate/ratio-text.js';
import { KEY_OUTPUTS } from '../problem/standard.js';
import type { CheckResult, ComputedValue, EstimateReport, ReportEntry } from '../estimate/types.js';
import { numberText } from '../units/number-text.js';

/**
 * What every format says about ranges, drivers and design checks, in the same
 * words: the text table, Markdown, JSON and the export all take them from here.
 */

export const SAMPLING_METHOD = 'quasi-random: Halton points shifted by the seed';

export const INTERVAL_NOTE = 'a range "low to high" is a 90% interval; P5 and P95 bound the middle 90% of the samples';

/** How the drivers are measured, printed above them. */
export const DRIVERS_NOTE =
  'each bar is how far one range moves the output on its own: the output with that input at its P5 and at its P95, every other input at its median';

export function samplingLine(report: EstimateReport): string | undefined {
  const s = report.sampling;
  if (!s) return undefined;
  return `ranges: ${numberText(s.samples)} samples (${SAMPLING_METHOD}), seed ${s.seed} (--seed ${s.seed} repeats them); ${INTERVAL_NOTE}`;
}

/** The key outputs that vary, for the drivers section. */
export function keyOutputs(report: EstimateReport): ComputedValue[] {
  return KEY_OUTPUTS.map((key) => report.get(key))
    .filter((entry): entry is ComputedValue => entry !== undefined && 'kind' in entry && entry.spread !== undefined);
}

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A horizontal bar of `width` cells for a share between 0 and 1, in eighths of a cell. */
export function bar(share: number, width: number): string {
  const eighths = Math.max(1, Math.round(Math.min(1, Math.max(0, share)) * width * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8]!;
}

/** `P5 29 K/s · P50 57.9 K/s · P95 116 K/s`. */
export function spreadText(entry: ReportEntry): string | undefined {
  const s = entry.spread;
  return s ? `P5 ${s.display.p5} · P50 ${s.display.p50} · P95 ${s.display.p95}` : undefined;
}

function percent(share: number): string {
  if (share === 0) return 'no sample';
  if (share === 1) return 'every sample';
  if (share < 0.01) return 'under 1% of samples';
  if (share > 0.99) return 'over 99% of samples';
  return `${Math.round(share * 100)}% of samples`;
}

/** `25.5 K/s vs ~5 K/s for one relational primary (5.09x)`. */
export function checkComparison(check: CheckResult): string {
  return `${check.display} vs ~${check.limitDisplay} for one ${check.one} (${ratioText(check.ratio)})`;
}

const ofLimit = (ratio: number): string => (ratio < 1 ? `${ratioText(ratio)} of the limit` : `${ratioText(ratio)} the limit`);

/**
 * How the verdict holds across the ranges: `holds across the ranges: over the
 * limit from P5 to P95 (...)`, or `flips within the ranges: over the limit in
 * 29% of samples (...)`.
 */
export function checkAcrossText(check: CheckResult): string | undefined {
  const a = check.across;
  if (!a) return undefined;
  const need = (n: number) => (n > 1 ? `, ${numberText(n)} needed` : '');
  const ends = `P5 ${ofLimit(a.ratioP5)}${need(a.neededP5)}; P95 ${ofLimit(a.ratioP95)}${need(a.neededP95)}`;
  if (a.flips) return `flips within the ranges: over the limit in ${percent(a.overShare)} (${ends})`;
  const verdict = a.ratioP5 > 1 ? 'over the limit' : 'within the limit';
  return `holds across the ranges: ${verdict} from P5 to P95 (${ends})`;
}

export const verdictWord = (check: CheckResult): string => (check.across?.flips ? 'FLIPS' : check.verdict === 'over' ? 'OVER' : 'within');
