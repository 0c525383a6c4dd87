import { localTime } from '../local-time.js';
import { formatClock } from '../mock/clock.js';
import { textTable } from '../report/tables.js';
import type { HistoryEntry } from './schema.js';
import { historyByProblem, type KindSummary } from './summary.js';
import { byCodeUnits } from '../order.js';

/** How many past results `hld history` lists under the per-problem table. */
export const RECENT_ROWS = 10;

function describeEntry(e: HistoryEntry): string {
  if (e.kind === 'mock') {
    const early = e.ended_early ? `, ended early after ${formatClock(e.elapsed_seconds)}` : '';
    return `mock ${e.framework} ${e.minutes} min${early}, key points earned ${e.key_points_covered}/${e.key_points_total}`;
  }
  const good = e.questions.filter((q) => q.grade === 'good').length;
  return `drill seed ${e.seed}, ${good}/${e.questions.length} good`;
}

/** The reviewed score of a mock, '-' until reviewed (drills have none). */
const reviewedCell = (e: HistoryEntry) => (e.kind === 'mock' && typeof e.reviewed_score === 'number' ? String(Math.round(e.reviewed_score)) : '-');

const cell = (k: KindSummary | undefined) => (k ? `${k.count} · last ${k.last} · best ${k.best}` : '-');

export function renderHistoryText(entries: readonly HistoryEntry[]): string {
  if (entries.length === 0) return 'No mocks or drills yet. Start one with: hld mock <problem>  or  hld drill <problem>';
  const rows = historyByProblem(entries).map((p) => [p.problem, cell(p.mock), p.mock?.trend ?? '', cell(p.drill), p.drill?.trend ?? '']);
  const lines = [
    'Suggested scores out of 100, per problem (trend: oldest to newest)',
    ...textTable([{ header: 'Problem' }, { header: 'Mocks' }, { header: 'Trend' }, { header: 'Drills' }, { header: 'Trend' }], rows),
    '',
    'Recent',
  ];
  const recent = [...entries].sort((a, b) => byCodeUnits(b.at, a.at)).slice(0, RECENT_ROWS);
  lines.push(
    ...textTable(
      [{ header: 'When' }, { header: 'Problem' }, { header: 'Score', align: 'right' }, { header: 'Reviewed', align: 'right' }, { header: 'What' }],
      recent.map((e) => [localTime(e.at), e.problem, String(Math.round(e.score)), reviewedCell(e), describeEntry(e)]),
    ),
  );
  return lines.join('\n');
}

export function historyToJson(entries: readonly HistoryEntry[]): unknown {
  return { entries, problems: historyByProblem(entries) };
}
