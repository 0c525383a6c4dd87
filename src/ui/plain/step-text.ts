import type { Problem } from '../../core/problem/schema.js';
import type { Step } from '../../core/template/schema.js';
import { archComponents, archConnections, type ArchComponent, type ArchConnection } from '../../core/architecture.js';
import type { ArchitectureEdits } from '../../core/session/schema.js';

/**
 * The plain walk's text, written to be read aloud: words instead of the
 * marks the screen draws (no bullets, brackets, arrows or dots between
 * phrases), one item per line.
 */

/** A step as plain text for a screen reader: title, goal, questions, guidance. */
export function stepIntro(step: Step, index: number, count: number): string {
  return [
    '',
    `Step ${index + 1} of ${count}: ${step.title}, about ${step.budget_minutes} minutes.`,
    `Goal: ${step.goal}`,
    'Questions to answer:',
    ...step.questions.map((q) => `  ${q}`),
    'Guidance:',
    ...step.guidance.map((g) => `  ${g}`),
    ...(step.common_mistakes?.length ? ['Common mistakes:', ...step.common_mistakes.map((m) => `  ${m}`)] : []),
  ].join('\n');
}

const marks = (item: { origin: string; removed: boolean }): string => `${item.origin === 'user' ? ', yours' : ''}${item.removed ? ', removed' : ''}`;

/** "Cache, a cache, yours". */
export const componentText = (c: ArchComponent): string => `${c.label}, a ${c.kind.replace(/_/g, ' ')}${marks(c)}`;

/** "API to Cache, read". */
export const connectionText = (c: ArchConnection, labels: ReadonlyMap<string, string>): string =>
  `${labels.get(c.from) ?? c.from} to ${labels.get(c.to) ?? c.to}${c.label ? `, ${c.label}` : ''}${marks(c)}`;

/** The components and connections as one item per line, each a component or connection the remove list can name. */
export function architectureItems(problem: Problem, edits: ArchitectureEdits): { components: string[]; connections: string[] } {
  const components = archComponents(problem, edits);
  const labels = new Map(components.map((c) => [c.id, c.label]));
  return { components: components.map(componentText), connections: archConnections(problem, edits).map((c) => connectionText(c, labels)) };
}

/** The architecture as plain lines: the components, then the connections. */
export function architectureText(problem: Problem, edits: ArchitectureEdits): string {
  const { components, connections } = architectureItems(problem, edits);
  return ['Components:', ...components.map((c) => `  ${c}`), 'Connections:', ...connections.map((c) => `  ${c}`)].join('\n');
}

/**
 * A hint's text (written for the screen) for reading aloud: list bullets
 * dropped, bracketed names unbracketed; an arrow between two components is
 * said as "to", and one after a failure (a bullet's "failure -> mitigation")
 * as a colon.
 */
export function spokenHint(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const bullet = /^\s*[-*] /.test(line);
      return line
        .replace(/^(\s*)[-*] /, '$1')
        .replace(/\[([^\]\n]+)\]/g, '$1')
        .replace(/\s*-+>\s*/g, bullet ? ': ' : ' to ');
    })
    .join('\n');
}
