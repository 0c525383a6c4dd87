/**
 * A step's notes cut into blocks a sentence splitter can read. Candidates
 * type notes a line at a time ("celebs -> pull at read", "NFR: p99 < 200ms"),
 * so a line break ends a statement: each line is its own block unless it is
 * visibly unfinished (it ends in a comma, a joining word such as "and", "of"
 * or "the", or an open bracket), in which case the next line carries it on.
 * Bullets and numbered lines always start a block; fenced code is left out.
 *
 * Judging is bounded: a step's notes are judged up to STEP_TEXT_LIMIT
 * characters and the whole session up to SESSION_TEXT_LIMIT; what is cut is
 * said in the report (a 45-minute answer is a few thousand characters).
 */

export const STEP_TEXT_LIMIT = 8_000;
export const SESSION_TEXT_LIMIT = 40_000;

const BULLET = /^\s*(?:[-*•+>]+|\d+[.)]|#+)\s+/;
/** Words after which a sentence cannot have ended. */
const UNFINISHED_END =
  /(?:,|\(|\b(?:and|or|but|of|to|the|a|an|with|for|in|on|at|by|from|into|via|because|since|so|that|which|who|when|while|than|as|is|are|was|were|be|if|whereas|then|per|its|their|our|my|your))\s*$/i;

export interface StepText {
  readonly stepId: string;
  readonly notes: string;
}

export interface CutStep {
  readonly stepId: string;
  /** Characters of the step's notes left unjudged. */
  readonly cut: number;
  readonly length: number;
}

/** The notes cut to the limits, and which steps were cut by how much. */
export function boundNotes(steps: readonly StepText[], stepLimit = STEP_TEXT_LIMIT, sessionLimit = SESSION_TEXT_LIMIT): { steps: StepText[]; cut: CutStep[] } {
  let left = sessionLimit;
  const kept: StepText[] = [];
  const cut: CutStep[] = [];
  for (const { stepId, notes } of steps) {
    const limit = Math.max(0, Math.min(stepLimit, left));
    const text = notes.length > limit ? cutAtLine(notes, limit) : notes;
    left -= text.length;
    if (text.length < notes.length) cut.push({ stepId, cut: notes.length - text.length, length: notes.length });
    if (text.trim() !== '') kept.push({ stepId, notes: text });
  }
  return { steps: kept, cut };
}

/** Up to `limit` characters, ending at the last line break inside them when there is one. */
function cutAtLine(text: string, limit: number): string {
  const head = text.slice(0, limit);
  const lastBreak = head.lastIndexOf('\n');
  return lastBreak > limit / 2 ? head.slice(0, lastBreak) : head;
}

export function noteBlocks(notes: string): string[] {
  const blocks: string[] = [];
  let current: string | undefined;
  let inCode = false;
  const flush = () => {
    if (current !== undefined) blocks.push(current);
    current = undefined;
  };
  for (const raw of notes.split(/\r?\n|\r/)) {
    // Code blocks are drawings and snippets, not statements to judge.
    if (/^\s*(?:```|~~~)/.test(raw)) {
      inCode = !inCode;
      flush();
      continue;
    }
    if (inCode) continue;
    if (raw.trim() === '') {
      flush();
      continue;
    }
    const bulleted = BULLET.test(raw);
    const line = raw.replace(BULLET, '').trim();
    if (line === '') continue;
    if (current !== undefined && !bulleted && UNFINISHED_END.test(current) && !/^[A-Z][A-Za-z]*:/.test(line)) {
      current = `${current} ${line}`;
    } else {
      flush();
      current = line;
    }
  }
  flush();
  return blocks;
}
