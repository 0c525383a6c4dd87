import { formatClock } from '../mock/clock.js';
import { markdownCell, markdownTable, textTable } from '../report/tables.js';
import { inertText } from './inert.js';
import type { NumberCheck } from './number-check.js';
import { NUMBER_TOLERANCE } from './tolerance.js';
import { PARTIAL_RULE, paddingRule, SESSION_TEXT_LIMIT, STEP_TEXT_LIMIT } from './rule-texts.js';
import type { KeyPointVerdict, SessionReport } from './report.js';
import { SCALE_RULE } from './score.js';
import { numberText } from '../units/number-text.js';

/**
 * The report as plain text (CLI, the mock's report screen) and as Markdown
 * (the design doc). Both carry the same facts in the same order: headline,
 * score by dimension, every key point with its evidence or what would have
 * counted, the numbers checked, the architecture beside the reference, hints
 * used and time per step. Every rendering passes through inertText, so
 * nothing pasted into the notes reaches the terminal as a control sequence.
 */

const KIND = { mock: 'Mock', practice: 'Practice' } as const;

export function headline(report: SessionReport): string {
  const used = `${formatClock(report.elapsedSeconds)} of ${formatClock(report.totalSeconds)}`;
  const early = report.endedEarly ? `, ended early after ${formatClock(report.elapsedSeconds)}` : '';
  const reviewed = report.reviewedScore === null ? 'not reviewed yet' : `reviewed ${report.reviewedScore}/100`;
  return `${KIND[report.mode]}: ${report.problemTitle} (${report.frameworkId}), ${used}${early}. Score ${report.score}/100 suggested, ${reviewed}`;
}

const earnedCount = (points: readonly KeyPointVerdict[], reviewed: boolean) => points.filter((p) => (reviewed ? p.reviewedEarned : p.earned)).length;
const partialSum = (points: readonly KeyPointVerdict[]) => Math.round(points.reduce((sum, p) => sum + (p.earned ? 0 : p.credit), 0) * 100) / 100;

function keyPointsLine(report: SessionReport): string {
  const partial = partialSum(report.keyPoints);
  const auto = `${earnedCount(report.keyPoints, false)} of ${report.keyPoints.length} earned${partial > 0 ? `, ${partial} more in partial credit` : ''}`;
  return report.reviewedScore === null ? auto : `${auto} (${earnedCount(report.keyPoints, true)} earned after your review)`;
}

/** Quoted notes as written; the Markdown rendering escapes what would start code or HTML, and inertText control characters. */
const quote = (sentences: readonly string[]) => `"${sentences.join(' ')}"`;

/** The lines under one key point: evidence when earned; why it matters, what happened and what would have counted when missed. */
function pointLines(p: KeyPointVerdict): { label: string; text: string }[] {
  const lines: { label: string; text: string }[] = [];
  if (p.review) lines.push({ label: 'your review', text: p.review === 'overrule' ? `overruled: counted as ${p.reviewedEarned ? 'earned' : 'missed'}` : 'accepted' });
  if (p.earned) {
    if (p.evidence) lines.push({ label: `evidence (${p.evidence.stepTitle})`, text: quote(p.evidence.sentences) });
    if (p.number) lines.push({ label: 'number', text: p.explanation });
    return lines;
  }
  lines.push({ label: 'why it matters', text: p.why });
  lines.push({ label: 'what we found', text: p.credit > 0 ? `${p.explanation} (partial credit ${p.credit})` : p.explanation });
  if (p.evidence) lines.push({ label: `${p.miss === 'contradicted' ? 'wrong claim' : p.evidence.partOnly ? 'where you named part of it' : 'closest'} (${p.evidence.stepTitle})`, text: quote(p.evidence.sentences) });
  lines.push({ label: 'would have counted', text: `${p.wouldCount}; e.g. "${p.example}"` });
  return lines;
}

/** + earned, ~ partly earned, - missed (after the candidate's review when there is one). */
const mark = (p: KeyPointVerdict) => (p.reviewedEarned ? '+' : p.reviewedCredit > 0 ? '~' : '-');

/** "within 3x", "12x too high", "100x too low". */
function apart(check: NumberCheck): string {
  if (check.close && check.bound && (check.bound === 'upper' ? check.ratio > NUMBER_TOLERANCE : check.ratio < 1 / NUMBER_TOLERANCE)) return `right: it is ${check.bound === 'upper' ? 'below' : 'above'} the bound you gave`;
  if (check.close) return `within ${NUMBER_TOLERANCE}x`;
  const factor = check.ratio >= 1 ? check.ratio : 1 / check.ratio;
  const shown = factor >= 10 ? numberText(Math.round(factor)) : factor.toFixed(1);
  return `${shown}x too ${check.ratio >= 1 ? 'high' : 'low'}`;
}

function estimateLines(report: SessionReport): string[] {
  if (report.estimateError) return [`Numbers could not be checked: ${report.estimateError}`];
  const stated = report.statedAssumptions.map((a) =>
    a.used
      ? `Your assumption: ${a.label.toLowerCase()} ${a.theirs} ("${a.wrote}"; the session's is ${a.session}); your numbers are checked at it`
      : `Your assumption: ${a.label.toLowerCase()} ${a.theirs} ("${a.wrote}") is more than 10x from the session's ${a.session}, so numbers are checked at the session's`,
  );
  const titleOf = (id: string) => report.steps.find((s) => s.stepId === id)?.title ?? id;
  const rows = report.estimates.map((e) =>
    e.check
      ? `${e.slot.label}: you wrote ${e.check.wrote}; at your assumptions ${e.check.label.toLowerCase()} is ${e.check.expected} (${apart(e.check)})${e.evidence ? `; from ${titleOf(e.evidence.stepId)}: ${quote([e.evidence.sentence])}` : ''}`
      : e.unchecked
        ? `${e.slot.label}: not checked: you wrote ${e.unchecked.wrote} for ${e.unchecked.parts.map((p) => p.toLowerCase()).join(' and ')} only, which is not estimated on its own${e.evidence ? `; from ${titleOf(e.evidence.stepId)}: ${quote([e.evidence.sentence])}` : ''}`
        : `${e.slot.label}: not stated (at your assumptions ${e.expectedLabel.toLowerCase()} is ${e.expected})`,
  );
  return [...stated, ...rows];
}

function architectureLines(report: SessionReport): string[] {
  const a = report.architecture;
  if (a.shared.length + a.added.length === 0) return [`You drew no components; the reference has ${a.referenceCount} (besides clients): ${a.missed.map((c) => c.label).join('; ')}`];
  return [
    `Shared (${a.shared.length}): ${a.shared.map((m) => `your "${m.candidate.label}" = "${m.reference.label}"`).join('; ') || 'none'}`,
    `Missed (${a.missed.length}): ${a.missed.map((c) => c.label).join('; ') || 'none'}`,
    `Added (${a.added.length}): ${a.added.map((c) => c.label).join('; ') || 'none'}`,
    `Connections: ${a.sharedConnections.length} shared, ${a.missedConnections.length} of the reference's missed, ${a.addedConnections.length} of yours not in it`,
  ];
}

function notFoundLines(report: SessionReport): string[] {
  const r = report.requirements;
  return [...r.functional.missing, ...r.nonFunctional.missing];
}

function hintLines(report: SessionReport): string[] {
  if (report.hints.length === 0) return ['None used.'];
  return [...report.hints.map((h) => `${h.stepTitle}: ${h.kinds.join(', ')} (-${h.cost})`), `Total -${report.hintCost}. ${report.hintRule}`];
}

const STEP_COLUMNS = [{ header: 'Step' }, { header: 'Spent', align: 'right' as const }, { header: 'Budget', align: 'right' as const }, { header: 'Counted' }];

function stepRows(report: SessionReport): string[][] {
  return report.steps.map((s) => [
    s.title,
    formatClock(s.spentSeconds),
    formatClock(s.budgetSeconds),
    stepVerdict(s),
  ]);
}

/** What a step's time counted for: a step with notes was reached, and time over its budget is said, content or not. */
function stepVerdict(s: SessionReport['steps'][number]): string {
  const over = s.over ? `over by ${formatClock(s.overBy)}` : undefined;
  if (s.spentSeconds === 0) return s.written ? 'notes, no time on the clock: not counted' : 'not reached';
  if (s.realContent) return over ?? 'ok';
  const why = s.spentSeconds === 0 ? 'notes, no time on the clock' : 'no real content';
  return [over, `${why}: not counted`].filter(Boolean).join('; ');
}

const DIMENSION_COLUMNS = [{ header: 'Dimension' }, { header: 'Score', align: 'right' as const }, { header: 'Reviewed', align: 'right' as const }, { header: 'Why' }];

function dimensionRows(report: SessionReport): string[][] {
  const rows = report.dimensions.map((d, i) => {
    const reviewed = report.reviewedDimensions?.[i];
    return [d.name, d.max === 0 ? '-' : `${d.earned}/${d.max}`, reviewed && reviewed.max > 0 ? `${reviewed.earned}/${reviewed.max}` : '-', d.reason];
  });
  rows.push(['Hints', report.hintCost > 0 ? `-${report.hintCost}` : '0', report.hintCost > 0 && report.reviewedScore !== null ? `-${report.hintCost}` : '-', report.hintRule]);
  rows.push(['Total', `${report.score}/100`, report.reviewedScore === null ? '-' : `${report.reviewedScore}/100`, SCALE_RULE]);
  return rows;
}

/** How the score was reached, in words: partial credit, padding, and what was cut from very long notes. */
function ruleLines(report: SessionReport): string[] {
  const lines = [PARTIAL_RULE];
  const padding = paddingRule(report.padding);
  if (padding) lines.push(`Padding: ${padding}.`);
  const n = (x: number) => numberText(x);
  if (report.cutSteps.length > 0) lines.push(`Very long notes are judged in part (up to ${n(STEP_TEXT_LIMIT)} characters a step and ${n(SESSION_TEXT_LIMIT)} a session, shared between the steps):`);
  for (const c of report.cutSteps) lines.push(`  ${c.stepTitle}: the first ${n(c.length - c.cut)} of ${n(c.length)} characters were judged.`);
  return lines;
}

export function renderReportText(report: SessionReport): string {
  const lines: string[] = [headline(report), '', 'Score by dimension', ...textTable(DIMENSION_COLUMNS, dimensionRows(report)), ...ruleLines(report).map((l) => `  ${l}`), ''];
  lines.push(`Key points: ${keyPointsLine(report)}`);
  for (const p of report.keyPoints) {
    lines.push(`  ${mark(p)} ${p.point}`);
    for (const l of pointLines(p)) lines.push(`      ${l.label}: ${l.text}`);
  }
  lines.push('', 'Numbers, checked against the estimate at your assumptions', ...estimateLines(report).map((l) => `  ${l}`));
  lines.push('', 'Your architecture beside the reference', ...architectureLines(report).map((l) => `  ${l}`));
  const notFound = notFoundLines(report);
  lines.push('', notFound.length ? 'Requirements not found in your notes' : 'Requirements: every one found in your notes', ...notFound.map((r) => `  - ${r}`));
  lines.push('', 'Hints used', ...hintLines(report).map((l) => `  ${l}`));
  lines.push('', 'Time per step (only steps with real content count for pacing)', ...textTable(STEP_COLUMNS, stepRows(report)));
  return inertText(lines.join('\n'));
}

/** Text from the notes or the problem, made inert in Markdown: no code spans, no HTML. */
const safe = (text: string) => text.replace(/`/g, "'").replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderReportMarkdown(report: SessionReport): string {
  const cell = (text: string) => markdownCell(safe(text));
  const lines: string[] = [`## ${KIND[report.mode]} report`, '', cell(headline(report)), '', '### Score by dimension', ''];
  lines.push(...markdownTable(DIMENSION_COLUMNS, dimensionRows(report).map((r) => r.map(cell))), '', ...ruleLines(report).map((l) => cell(l)), '');
  lines.push(`### Key points (${keyPointsLine(report)})`, '');
  for (const p of report.keyPoints) {
    lines.push(`- [${p.reviewedEarned ? 'x' : ' '}] ${cell(p.point)}${!p.reviewedEarned && p.reviewedCredit > 0 ? ` (partial credit ${p.reviewedCredit})` : ''}`);
    for (const l of pointLines(p)) lines.push(`  - ${l.label}: ${cell(l.text)}`);
  }
  lines.push('', '### Numbers checked at your assumptions', '', ...estimateLines(report).map((l) => `- ${cell(safe(l))}`));
  lines.push('', '### Your architecture beside the reference', '', ...architectureLines(report).map((l) => `- ${cell(l)}`));
  const notFound = notFoundLines(report);
  lines.push('', '### Requirements not found in your notes', '', ...(notFound.length ? notFound.map((r) => `- ${cell(r)}`) : ['- none']));
  lines.push('', '### Hints used', '', ...hintLines(report).map((l) => `- ${cell(l)}`));
  lines.push('', '### Time per step', '', ...markdownTable(STEP_COLUMNS, stepRows(report).map((r) => r.map(cell))));
  return `${inertText(lines.join('\n'))}\n`;
}
