import { markdownCell, markdownTable, textTable } from '../report/tables.js';
import { formatClock } from './clock.js';
import type { MockReport } from './report.js';

/**
 * The mock report as plain text (CLI, TUI report view) and as Markdown (the
 * session export). Both carry the same facts in the same order.
 */

function stepRows(report: MockReport): string[][] {
  return report.steps.map((s) => [
    s.title,
    formatClock(s.spentSeconds),
    formatClock(s.budgetSeconds),
    s.over ? `over by ${formatClock(s.overBy)}` : s.spentSeconds === 0 ? 'not reached' : 'ok',
  ]);
}

const STEP_COLUMNS = [{ header: 'Step' }, { header: 'Spent', align: 'right' as const }, { header: 'Budget', align: 'right' as const }, { header: '' }];

function headline(report: MockReport): string {
  const used = `${formatClock(report.elapsedSeconds)} of ${formatClock(report.totalSeconds)}`;
  return `Mock: ${report.problemTitle} (${report.frameworkId}), ${used}${report.endedEarly ? ', ended early' : ''}. Score ${report.score}/100`;
}

export function renderMockReportText(report: MockReport): string {
  const lines: string[] = [headline(report), '', 'Time per step', ...textTable(STEP_COLUMNS, stepRows(report)), ''];
  lines.push(`Key points: ${report.keyPoints.covered} of ${report.keyPoints.total} covered`);
  for (const p of report.keyPoints.points) {
    lines.push(p.covered ? `  + ${p.point}` : `  - ${p.point}`);
    if (!p.covered) lines.push(`      why it matters: ${p.why}`);
  }
  const { requirements, estimates, components } = report.unmentioned;
  lines.push('', 'Never mentioned in your notes');
  lines.push(requirements.length ? '  Requirements:' : '  Requirements: all mentioned');
  for (const r of requirements) lines.push(`    - ${r}`);
  lines.push(estimates.length ? `  Estimates: ${estimates.map((e) => e.label).join('; ')}` : '  Estimates: all mentioned');
  lines.push(components.length ? `  Components: ${components.map((c) => c.label).join('; ')}` : '  Components: all mentioned');
  lines.push('', 'How the score was computed', ...report.explanation.map((l) => `  ${l}`));
  return lines.join('\n');
}

export function renderMockReportMarkdown(report: MockReport): string {
  const lines: string[] = [`## Mock report`, '', `${markdownCell(headline(report))}`, '', '### Time per step', ''];
  lines.push(...markdownTable(STEP_COLUMNS, stepRows(report).map((row) => row.map(markdownCell))), '');
  lines.push(`### Key points (${report.keyPoints.covered} of ${report.keyPoints.total} covered)`, '');
  for (const p of report.keyPoints.points) {
    lines.push(p.covered ? `- [x] ${p.point}` : `- [ ] ${p.point} (missed: ${p.why})`);
  }
  const { requirements, estimates, components } = report.unmentioned;
  lines.push('', '### Never mentioned in the notes', '');
  lines.push(`- Requirements: ${requirements.length ? requirements.join('; ') : 'all mentioned'}`);
  lines.push(`- Estimates: ${estimates.length ? estimates.map((e) => e.label).join('; ') : 'all mentioned'}`);
  lines.push(`- Components: ${components.length ? components.map((c) => c.label).join('; ') : 'all mentioned'}`);
  lines.push('', '### How the score was computed', '', ...report.explanation.map((l) => `- ${l}`));
  return `${lines.join('\n')}\n`;
}
