/**
 * The user's notes as they go into the doc. Notes are Markdown the user typed,
 * kept as written, with small repairs so they cannot break the document
 * around them: their headings become level-4 headings (under the step's own
 * heading), code fences and lists get the blank lines around them that
 * renderers and linters expect (which does not change how they render), a
 * fence left open is closed, tabs become spaces, and trailing spaces and
 * blank-line runs go. Inside fenced code only tabs change.
 */

const NOTE_HEADING_LEVEL = '####';
const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s/;

export function notesToMarkdown(text: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  let inList = false;
  const previous = (): string => out[out.length - 1] ?? '';
  const blank = (): void => {
    if (out.length > 0 && previous() !== '') out.push('');
  };
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(raw);
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
      continue;
    }
    const line = raw.replace(/\t/g, '    ').trimEnd();
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading && heading[1]) {
      blank();
      out.push(`${NOTE_HEADING_LEVEL} ${heading[1]}`, '');
      inList = false;
      continue;
    }
    if (line === '') {
      inList = false;
    } else if (LIST_ITEM.test(line)) {
      if (!inList) blank();
      inList = true;
    }
    out.push(line);
  }
  if (fence !== undefined) out.push(fence); // an open fence would swallow the rest of the doc
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
