import type { Drill } from '../drill/drill.js';
import type { GradedAnswer } from '../drill/answer.js';
import { drillScore } from '../drill/score.js';
import type { SessionReport } from '../judge/report.js';
import { HISTORY_VERSION, type DrillEntry, type MockEntry } from './schema.js';

/** The history line for a finished mock. */
export function mockEntry(report: SessionReport, at: Date = new Date()): MockEntry {
  return {
    version: HISTORY_VERSION,
    kind: 'mock',
    at: at.toISOString(),
    problem: report.problemId,
    score: report.score,
    session: report.sessionId,
    framework: report.frameworkId,
    minutes: Math.round((report.totalSeconds / 60) * 100) / 100,
    elapsed_seconds: report.elapsedSeconds,
    key_points_covered: report.keyPoints.filter((p) => p.earned).length,
    key_points_total: report.keyPoints.length,
    reviewed_score: report.reviewedScore,
    ended_early: report.endedEarly,
  };
}

/** The history line for a drill; `grades` in the order the questions were answered. */
export function drillEntry(drill: Drill, grades: readonly { key: string; graded: GradedAnswer }[], at: Date = new Date()): DrillEntry {
  return {
    version: HISTORY_VERSION,
    kind: 'drill',
    at: at.toISOString(),
    problem: drill.problemId,
    score: drillScore(grades.map((g) => g.graded)),
    seed: drill.seed,
    questions: grades.map((g) => ({ key: g.key, grade: g.graded.grade, ...(g.graded.ratio !== undefined ? { ratio: g.graded.ratio } : {}) })),
  };
}
