import { conventionFlagsText } from '../conventions.js';
import type { GradedAnswer } from './answer.js';
import type { Drill, DrillQuestion } from './drill.js';
import { drillScore } from './score.js';

/**
 * The words of a drill, shared by the full-screen and the --plain versions,
 * so both say exactly the same things.
 */

export interface DrillResult {
  readonly key: string;
  readonly graded: GradedAnswer;
}

/** The command that replays a drill exactly: same problem, seed and conventions. */
export function replayCommand(drill: Pick<Drill, 'problemId' | 'seed' | 'conventions'>): string {
  return `hld drill ${drill.problemId} --seed ${drill.seed}${conventionFlagsText(drill.conventions)}`;
}

export function drillIntro(drill: Drill): string[] {
  const changed = Object.keys(drill.overrides).length;
  return [
    `Estimation drill: ${drill.title} (${drill.questions.length} question${drill.questions.length === 1 ? '' : 's'}, seed ${drill.seed})`,
    `Replay this exact drill with: ${replayCommand(drill)}`,
    `${changed} assumption${changed === 1 ? ' differs' : 's differ'} from the problem's defaults, so work from the givens shown.`,
    `Conventions: ${drill.conventionLines.join('; ')}`,
  ];
}

/** The givens of a question, one `label: value` line each (the plain drill prints them all; the screen lays them out with layoutGivens). */
export function givenLines(question: DrillQuestion): string[] {
  return question.givens.map((g) => `${g.label}: ${givenValue(g)}`);
}

/** Shares read better as percentages: "Index overhead: 25%" rather than 0.25. */
export function givenValue(given: DrillQuestion['givens'][number]): string {
  const isShare = given.unit.trim() === '1' && given.value > 0 && given.value < 1;
  return isShare ? `${Number((given.value * 100).toPrecision(3))}%` : given.display;
}

export function questionTitle(drill: Drill, index: number): string {
  const q = drill.questions[index]!;
  return `Question ${index + 1} of ${drill.questions.length}: ${q.label}?`;
}

export function feedbackLines(question: DrillQuestion, graded: GradedAnswer): string[] {
  const said = [graded.message, `You said ${graded.answerDisplay}; the answer is ${question.display}.`];
  if (question.working.length <= 1) return [...said, `Working: ${question.showWork}`];
  return [...said, 'Working, from the givens up:', ...question.working.map((line) => `  ${line}`)];
}

export function summaryLines(drill: Drill, results: readonly DrillResult[]): string[] {
  const count = (grade: string) => results.filter((r) => r.graded.grade === grade).length;
  const lines = [
    `Score: ${drillScore(results.map((r) => r.graded))}/100 (good ${count('good')}, close ${count('close')}, off ${count('off')}; good 1 point, close 1/2, off 0)`,
  ];
  for (const r of results) {
    const q = drill.questions.find((x) => x.key === r.key);
    lines.push(`  ${r.graded.grade.padEnd(5)}  ${q?.label ?? r.key}: you ${r.graded.answerDisplay}, answer ${q?.display ?? '?'}${r.graded.mistake ? ` (${r.graded.mistake})` : ''}`);
  }
  return lines;
}
