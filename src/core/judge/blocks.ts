import { SESSION_TEXT_LIMIT, STEP_TEXT_LIMIT } from './rule-texts.js';

/**
 * A step's notes cut into blocks a sentence splitter can read. Candidates
 * type notes a line at a time ("celebs -> pull at read", "NFR: p99 < 200ms"),
 * so a line break ends a statement: each line is its own block unless it is
 * visibly unfinished (it ends in a comma, a joining word such as "and", "of"
 * or "the", or an open bracket), in which case the next line carries it on.
 * Bullets and numbered lines always start a block; fenced code is left out.
 *
 * Judging is bounded: a step's notes are judged up to STEP_TEXT_LIMIT
 * characters and the whole session up to SESSION_TEXT_LIMIT, shared fairly
 * between the steps; what is cut is said in the report. The longest strong
 * answer in the graded corpora is about 10,000 characters and its longest step
 * about 1,200: the limits leave room for twice that and keep a report on a
 * pasted wall of text as quick as one on an ordinary answer.
 */

export { SESSION_TEXT_LIMIT, STEP_TEXT_LIMIT };

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

/**
 * The notes cut to the limits, and which steps were cut by how much. The
 * session's limit is shared fairly: a step shorter than its share keeps all of
 * it and leaves the rest to the others, so one pasted wall of text in an early
 * step never costs the later steps their judgement.
 */
export function boundNotes(steps: readonly StepText[], stepLimit = STEP_TEXT_LIMIT, sessionLimit = SESSION_TEXT_LIMIT): { steps: StepText[]; cut: CutStep[] } {
  const limits = fairShares(
    steps.map((s) => Math.min(s.notes.length, stepLimit)),
    sessionLimit,
  );
  const kept: StepText[] = [];
  const cut: CutStep[] = [];
  steps.forEach(({ stepId, notes }, i) => {
    const limit = limits[i]!;
    const text = notes.length > limit ? cutAtLine(notes, limit) : notes;
    if (text.length < notes.length) cut.push({ stepId, cut: notes.length - text.length, length: notes.length });
    if (text.trim() !== '') kept.push({ stepId, notes: text });
  });
  return { steps: kept, cut };
}

/** Each want met in full when the total allows; otherwise the smaller wants in full and the total's rest split evenly among the larger. */
function fairShares(wants: readonly number[], total: number): number[] {
  const shares = wants.map(() => 0);
  let left = total;
  const order = wants.map((want, i) => ({ want, i })).sort((a, b) => a.want - b.want);
  order.forEach(({ want, i }, rank) => {
    const share = Math.min(want, Math.floor(left / (order.length - rank)));
    shares[i] = share;
    left -= share;
  });
  return shares;
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
