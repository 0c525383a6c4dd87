import type { Step } from '../../core/template/schema.js';
import { archRows, EMPTY_DIAGRAM } from '../../core/architecture.js';
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

/** The user's own architecture (it starts empty) as one line per component and connection. */
export function architectureText(edits: ArchitectureEdits): string {
  const rows = archRows(EMPTY_DIAGRAM, edits);
  if (rows.every((row) => row.type === 'heading')) return 'Your architecture is empty so far: add a component, then connect components.';
  return rows.map((row) => (row.type === 'heading' ? `${row.text}:` : `  ${row.text}`)).join('\n');
}
