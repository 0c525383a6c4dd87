import type { Step } from '../../core/template/schema.js';
import { archComponents, archConnections, EMPTY_DIAGRAM, type ArchComponent, type ArchConnection } from '../../core/architecture.js';
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

// The architecture starts empty (cold by default), so every item is the user's own: only "removed" is worth saying.
const marks = (item: { removed: boolean }): string => (item.removed ? ', removed' : '');

/** "Cache, a cache". */
export const componentText = (c: ArchComponent): string => `${c.label}, a ${c.kind.replace(/_/g, ' ')}${marks(c)}`;

/** "API to Cache, read". */
export const connectionText = (c: ArchConnection, labels: ReadonlyMap<string, string>): string =>
  `${labels.get(c.from) ?? c.from} to ${labels.get(c.to) ?? c.to}${c.label ? `, ${c.label}` : ''}${marks(c)}`;

/** The user's own components and connections (the architecture starts empty) as one item per line, each one the remove list can name. */
export function architectureItems(edits: ArchitectureEdits): { components: string[]; connections: string[] } {
  const components = archComponents(EMPTY_DIAGRAM, edits);
  const labels = new Map(components.map((c) => [c.id, c.label]));
  return { components: components.map(componentText), connections: archConnections(EMPTY_DIAGRAM, edits).map((c) => connectionText(c, labels)) };
}

/** The user's architecture as plain lines: the components, then the connections. */
export function architectureText(edits: ArchitectureEdits): string {
  const { components, connections } = architectureItems(edits);
  if (components.length === 0 && connections.length === 0) return 'Your architecture is empty so far: add a component, then connect components.';
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
