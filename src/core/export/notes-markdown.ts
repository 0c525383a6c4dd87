/**
 * The user's notes as they go into the doc. Notes are what the user typed,
 * shown as typed when GitHub renders them, and unable to break the document
 * around them:
 * - a line break stays a line break (a hard break, `\` at the end of the line),
 *   where Markdown would join the lines into one paragraph;
 * - nothing becomes a heading of the doc: `# title` lines and the `---` / `===`
 *   lines that would turn the line above into a heading are shown as text;
 * - no raw HTML: `<b>`, `<script>` and comments are shown as text;
 * - lists, code and quotes still render: code fences and lists get the blank
 *   lines around them that renderers and linters expect, a fence left open is
 *   closed, tabs become spaces, trailing spaces and blank-line runs go. Inside
 *   fenced code only tabs change.
 */

const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
/** ATX heading: up to three spaces, 1-6 #, then a space or the end of the line. */
const ATX_HEADING = /^(\s{0,3})(#{1,6})(?=\s|$)/;
/** A setext underline (or, after a blank line, a thematic break): only = or - on the line. */
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/;
/** `<` that would open an HTML tag, comment, declaration or processing instruction. */
const HTML_OPEN = /<(?=[A-Za-z/!?])/g;
const TABLE_ROW = /^\s{0,3}\|/;

/** HTML openers outside inline code spans, escaped so they show as typed. */
function escapeHtml(line: string): string {
  // Split into code spans (a run of backticks up to the same run) and the text between them.
  const parts = line.split(/(`+[^`]*?`+)/);
  return parts.map((part) => (part.startsWith('`') ? part : part.replace(HTML_OPEN, '&lt;'))).join('');
}

/** A line that continues the paragraph (or list item) above it, where a line break would otherwise be lost. */
function continuesParagraph(line: string): boolean {
  return line.trim() !== '' && !FENCE.test(line) && !LIST_ITEM.test(line) && !TABLE_ROW.test(line) && !ATX_HEADING.test(line);
}

export function notesToMarkdown(text: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  let inList = false;
  /** The last line was paragraph text, so a setext underline or a break could attach to it. */
  let inParagraph = false;
  let inIndentedCode = false;
  const previous = (): string => out[out.length - 1] ?? '';
  const blank = (): void => {
    if (out.length > 0 && previous() !== '') out.push('');
  };
  /** End the previous line with a hard break, so the user's line break shows. */
  const breakLine = (): void => {
    out[out.length - 1] = `${previous()}\\`;
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const fenceMatch = FENCE.exec(raw);
    if (fence !== undefined) {
      out.push(raw.replace(/\t/g, '    ').trimEnd());
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length && raw.trim() === fenceMatch[1]) {
        fence = undefined;
        out.push('');
      }
      continue;
    }
    if (fenceMatch) {
      blank();
      fence = fenceMatch[1]!;
      out.push(raw.trimEnd());
      inList = false;
      inParagraph = false;
      continue;
    }
    const spaced = raw.replace(/\t/g, '    ').trimEnd();
    // An indented code block (four spaces, not inside a paragraph or list) is code: shown as typed.
    if (/^ {4}/.test(spaced) && (inIndentedCode || (!inParagraph && !inList))) {
      if (!inIndentedCode) blank();
      inIndentedCode = true;
      out.push(spaced);
      continue;
    }
    if (inIndentedCode && spaced !== '') out.push('');
    inIndentedCode = false;
    let line = escapeHtml(spaced);
    // `# title` is shown as typed, not as a heading: `\#` is a literal #.
    line = line.replace(ATX_HEADING, '$1\\$2');
    if (SETEXT_UNDERLINE.test(line) && inParagraph) {
      // Under a line of text, --- or === would make that line a heading.
      line = line.replace(/^(\s*)/, '$1\\');
    }
    if (line === '') {
      inList = false;
      inParagraph = false;
      out.push(line);
      continue;
    }
    if (LIST_ITEM.test(line)) {
      if (!inList) blank();
      inList = true;
    } else if (inParagraph && continuesParagraph(line) && !TABLE_ROW.test(previous())) {
      breakLine();
    }
    inParagraph = !TABLE_ROW.test(line);
    out.push(line);
  }
  if (fence !== undefined) out.push(fence); // an open fence would swallow the rest of the doc
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
