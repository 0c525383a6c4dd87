import { join } from 'node:path';
import { HldError, UsageError } from '../errors.js';
import { templatesDir } from '../paths.js';
import { readCappedText } from '../read-capped.js';
import { shownValue } from '../shown-value.js';

/**
 * Design-doc templates are Markdown with `{{name}}` placeholders. A template
 * may open with an HTML comment explaining itself; that comment is left out
 * of the export. An unknown placeholder is an error (a typo would otherwise
 * silently drop a section), and `{{name}}` text inside the user's notes is
 * never touched because substitution happens in one pass over the template.
 */

export const DEFAULT_DOC_TEMPLATE = 'design-doc.md';
const PLACEHOLDER = /\{\{\s*([a-z][a-z0-9_]*)\s*\}\}/g;

/** Far above any design doc (the default template is 2 KB); /dev/zero or a log file is refused, not read until memory runs out. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

export function defaultDocTemplateFile(): string {
  return join(templatesDir(), DEFAULT_DOC_TEMPLATE);
}

export function readDocTemplate(file: string = defaultDocTemplateFile()): string {
  const read = readCappedText(file, MAX_TEMPLATE_BYTES);
  if (!read.ok) throw new UsageError(`--template ${shownValue(file, 200)}: ${read.reason}`);
  return read.text;
}

/** The template without its leading explanatory comment. */
export function stripLeadingComment(template: string): string {
  const match = /^\uFEFF?\s*<!--[\s\S]*?-->[ \t]*\r?\n?/.exec(template);
  return match ? template.slice(match[0].length) : template;
}

function namesIn(body: string): string[] {
  return [...new Set(Array.from(body.matchAll(PLACEHOLDER), (match) => match[1]!))];
}

/** Names used by a template, in order of first use. */
export function placeholdersIn(template: string): string[] {
  return namesIn(stripLeadingComment(template));
}

export function renderTemplate(template: string, values: Readonly<Record<string, string>>, source = 'the template'): string {
  const body = stripLeadingComment(template).replace(/\r\n/g, '\n');
  // Checked on exactly the text that is filled: stripping again would hide a second leading comment's placeholders.
  // Own names only: `{{constructor}}` must not find Object.prototype's function.
  const unknown = namesIn(body).filter((name) => !Object.hasOwn(values, name));
  if (unknown.length > 0) {
    throw new HldError(`${source}: unknown placeholder {{${unknown[0]}}} (known: ${Object.keys(values).join(', ')})`);
  }
  const filled = body.replace(PLACEHOLDER, (_, name: string) => values[name]!.replace(/\n+$/, ''));
  // Empty sections leave blank runs behind; Markdown wants single blank lines.
  return `${filled.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
