import type { Problem } from '../../core/problem/schema.js';
import type { Step } from '../../core/template/schema.js';
import { wrapText } from '../editor/wrap.js';
import { hintSection } from '../../core/hints.js';

/** One row of the guide panel; headings are drawn bold. */
export interface GuideLine {
  readonly text: string;
  readonly heading?: boolean;
}

/**
 * The guide for a step, wrapped to `width`: goal, guidance, questions, common
 * mistakes, then the hints revealed so far. `hintStart` is the row where the
 * last revealed hint begins, so revealing one can scroll to it.
 */
export function guideLines(step: Step, problem: Problem, revealed: number, width: number): { lines: GuideLine[]; hintStart: number } {
  const lines: GuideLine[] = [];
  const heading = (text: string) => lines.push({ text, heading: true });
  const items = (texts: readonly string[], bullet: string) => {
    for (const text of texts) for (const row of wrapText(`${bullet}${text}`, width, ' '.repeat(bullet.length))) lines.push({ text: row });
  };
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
  const shown = Math.min(revealed, step.hints.length);
  let hintStart = lines.length;
  if (step.hints.length === 0) {
    heading('No hints for this step');
  } else {
    heading(`Hints: ${shown} of ${step.hints.length} shown${shown < step.hints.length ? ' (h for the next)' : ''}`);
    step.hints.slice(0, shown).forEach((part) => {
      const section = hintSection(problem, part);
      hintStart = lines.length;
      heading(`Hint: ${section.title}`);
      for (const line of section.lines) {
        const indent = /^\s*/.exec(line)![0].length + (line.trimStart().startsWith('- ') ? 2 : 0);
        for (const row of wrapText(line, width, ' '.repeat(Math.min(indent, 8)))) lines.push({ text: row });
      }
    });
  }
  return { lines, hintStart };
}
