import type { Problem } from '../../core/problem/schema.js';
import type { Step } from '../../core/template/schema.js';
import { archRows } from '../../core/architecture.js';
import type { ArchitectureEdits } from '../../core/session/schema.js';

/** A step as plain text for a screen reader: title, goal, questions, guidance. */
export function stepIntro(step: Step, index: number, count: number): string {
  return [
    '',
    `Step ${index + 1} of ${count}: ${step.title} (about ${step.budget_minutes} min)`,
    `Goal: ${step.goal}`,
    'Questions to answer:',
    ...step.questions.map((q) => `  - ${q}`),
    'Guidance:',
    ...step.guidance.map((g) => `  - ${g}`),
    ...(step.common_mistakes?.length ? ['Common mistakes:', ...step.common_mistakes.map((m) => `  - ${m}`)] : []),
  ].join('\n');
}

/** The architecture as one line per component and connection. */
export function architectureText(problem: Problem, edits: ArchitectureEdits): string {
  return archRows(problem, edits)
    .map((row) => (row.type === 'heading' ? `${row.text}:` : `  ${row.text}`))
    .join('\n');
}
