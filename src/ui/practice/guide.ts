import { HINT_KIND_WORDS, hintBlocks, hintCostText, hintProgress } from '../../core/hints.js';
import type { Problem } from '../../core/problem/schema.js';
import type { Session } from '../../core/session/schema.js';
import type { Step } from '../../core/template/schema.js';
import { wrapText } from '../editor/wrap.js';

/** One row of the guide panel; headings are drawn bold. */
export interface GuideLine {
  readonly text: string;
  readonly heading?: boolean;
}

/** What the guide needs of the session: the mode (a mock has no reference level) and the hints revealed. */
export type GuideSession = Pick<Session, 'mode' | 'hints_shown'>;

/**
 * The guide for a step, wrapped to `width`: the interviewer's question, goal,
 * guidance, questions, common mistakes, then the hints revealed so far (see
 * src/core/hints.ts: questions to ask yourself, a nudge, and in practice the
 * reference design). `hintStart` is the row where the last revealed hint
 * begins, so revealing one can scroll to it.
 */
export function guideLines(step: Step, problem: Problem, session: GuideSession, width: number): { lines: GuideLine[]; hintStart: number } {
  const lines: GuideLine[] = [];
  const heading = (text: string) => {
    for (const row of wrapText(text, width, '  ')) lines.push({ text: row, heading: true });
  };
  const items = (texts: readonly string[], bullet: string) => {
    for (const text of texts) for (const row of wrapText(`${bullet}${text}`, width, ' '.repeat(bullet.length))) lines.push({ text: row });
  };
  heading('The question');
  items([problem.prompt], '  ');
  heading('Goal');
  items([step.goal], '  ');
  heading('Guidance');
  items(step.guidance, '- ');
  heading('Questions to answer');
  items(step.questions, '? ');
  if (step.common_mistakes?.length) {
    heading('Common mistakes');
    items(step.common_mistakes, '! ');
  }
  const { levels, shown } = hintProgress(problem, step, session);
  const next = levels[shown];
  const hasReference = levels.at(-1)?.kind === 'reference';
  const later = session.mode === 'mock' ? '; the reference design waits for the report' : hasReference && next && next.kind !== 'reference' ? ' · v: the reference design' : '';
  heading(`Hints: ${shown} of ${levels.length} shown${next ? ` · h: ${HINT_KIND_WORDS[next.kind]} (${hintCostText(next.kind)})` : ''}${later}`);
  let hintStart = lines.length - 1;
  for (const level of levels.slice(0, shown)) {
    hintStart = lines.length;
    for (const block of hintBlocks(problem, level)) {
      heading(`${level.level}. ${block.title}`);
      if (level.kind !== 'reference') {
        items(block.lines, '- ');
        continue;
      }
      for (const line of block.lines) {
        const indent = /^\s*/.exec(line)![0].length + (line.trimStart().startsWith('- ') ? 2 : 0);
        for (const row of wrapText(line, width, ' '.repeat(Math.min(indent, 8)))) lines.push({ text: row });
      }
    }
  }
  return { lines, hintStart };
}
