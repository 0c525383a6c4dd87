import type { HistoryEntry } from './schema.js';
import { byCodeUnits } from '../order.js';

/** Eight heights of block, lowest for 0, highest for 100. */
const BARS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/** Scores 0-100 as a sparkline, oldest first: ▂▄▅█. */
export function sparkline(scores: readonly number[]): string {
  return scores.map((s) => BARS[Math.min(BARS.length - 1, Math.max(0, Math.floor((s / 100) * BARS.length)))]).join('');
}

export interface KindSummary {
  readonly count: number;
  readonly last: number;
  readonly best: number;
  readonly average: number;
  /** Oldest first. */
  readonly scores: readonly number[];
  readonly trend: string;
}

export interface ProblemHistory {
  readonly problem: string;
  readonly mock?: KindSummary;
  readonly drill?: KindSummary;
}

/** The most recent scores a trend line shows; older ones still count in best and average. */
export const TREND_LENGTH = 20;

function summarise(entries: readonly HistoryEntry[]): KindSummary | undefined {
  if (entries.length === 0) return undefined;
  const scores = entries.map((e) => e.score);
  return {
    count: scores.length,
    last: scores[scores.length - 1]!,
    best: Math.max(...scores),
    average: Math.round(scores.reduce((a, b) => a + b, 0) / scores.length),
    scores,
    trend: sparkline(scores.slice(-TREND_LENGTH)),
  };
}

/** Per problem (alphabetical), mocks and drills summarised separately, in time order. */
export function historyByProblem(entries: readonly HistoryEntry[]): ProblemHistory[] {
  const sorted = [...entries].sort((a, b) => byCodeUnits(a.at, b.at));
  const problems = [...new Set(sorted.map((e) => e.problem))].sort();
  return problems.map((problem) => {
    const mine = sorted.filter((e) => e.problem === problem);
    const mock = summarise(mine.filter((e) => e.kind === 'mock'));
    const drill = summarise(mine.filter((e) => e.kind === 'drill'));
    return { problem, ...(mock ? { mock } : {}), ...(drill ? { drill } : {}) };
  });
}
