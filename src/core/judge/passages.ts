import type { Language, Token } from './nlp.js';
import { wordKey } from './words.js';

/**
 * A candidate's notes as passages: one per sentence, in step order, each
 * knowing whether it is a bare list of terms, whether it gives a reason, and
 * which of its words it rejects ("we do not need a cache", "instead of a
 * queue"). The judgement only ever credits what a passage affirms.
 */

export interface PassageToken extends Token {
  /** Negated by the library, or inside a stretch the candidate turns down. */
  readonly rejected: boolean;
}

export interface Passage {
  readonly stepId: string;
  /** Position among the step's passages, for quoting neighbours together. */
  readonly index: number;
  /** The sentence as written (bullet marks removed). */
  readonly text: string;
  readonly tokens: readonly PassageToken[];
  /** A bare list of terms: no clause that says anything about them. */
  readonly list: boolean;
  /** A line such as "Fan-out:" that titles what follows. */
  readonly heading: boolean;
  /** Gives a reason or a comparison (because, so that, instead of, vs, at the cost of, ...). */
  readonly reasoning: boolean;
}

const BULLET = /^\s*(?:[-*•+>]+|\d+[.)]|#+)\s+/;
const ENDS_THOUGHT = /[.!?:;]\s*$/;

/**
 * A step's notes cut into blocks a sentence splitter can read: a bullet, a
 * numbered line or a blank line starts a new block; a line that carries on an
 * unfinished sentence joins the one before it; fenced code is left out.
 */
export function noteBlocks(notes: string): string[] {
  const blocks: string[] = [];
  let current: string | undefined;
  let inCode = false;
  for (const raw of notes.split(/\r?\n/)) {
    // Code blocks are drawings and snippets, not statements to judge.
    if (/^\s*(?:```|~~~)/.test(raw)) {
      inCode = !inCode;
      if (current !== undefined) blocks.push(current);
      current = undefined;
      continue;
    }
    if (inCode) continue;
    if (raw.trim() === '') {
      if (current !== undefined) blocks.push(current);
      current = undefined;
      continue;
    }
    const bulleted = BULLET.test(raw);
    const line = raw.replace(BULLET, '').trim();
    if (line === '') continue;
    if (current === undefined || bulleted || ENDS_THOUGHT.test(current)) {
      if (current !== undefined) blocks.push(current);
      current = line;
    } else {
      current = `${current} ${line}`;
    }
  }
  if (current !== undefined) blocks.push(current);
  return blocks;
}

const key = (t: Token) => wordKey(t.lemma);
const isWord = (t: Token) => /[\p{L}\p{N}]/u.test(t.text);

/** Where a clause ends, for the stretch a rejection covers. */
function isBoundary(t: Token): boolean {
  if (t.pos === 'PUNCT' && /^[,;:.!?()]$/.test(t.text)) return true;
  if (t.pos === 'SCONJ' || t.norm === 'but' || t.norm === 'so' || t.norm === 'whereas' || t.norm === 'while') return true;
  return false;
}

/** Words after which the rest of the clause is turned down. */
const REJECT_AFTER: readonly (readonly string[])[] = [
  ['instead', 'of'],
  ['rather', 'than'],
  ['without'],
  ['skip'],
  ['forgo'],
  ['ditch'],
  ['no', 'need', 'for'],
];
/** Words that turn down the clause they sit in: "sharding is overkill here". */
const REJECTING_WORDS = new Set(['unnecessary', 'overkill', 'pointless', 'needless', 'unneeded'].map(wordKey));
const NOT = new Set(['not', "n't", 'never']);

function rejectedStretches(tokens: readonly Token[]): boolean[] {
  const rejected = tokens.map((t) => t.negated);
  const clauses: [number, number][] = [];
  let start = 0;
  tokens.forEach((t, i) => {
    if (isBoundary(t)) {
      if (i > start) clauses.push([start, i]);
      start = i + 1;
    }
  });
  if (start < tokens.length) clauses.push([start, tokens.length]);

  for (const [from, to] of clauses) {
    const keys = tokens.slice(from, to).map(key);
    for (let i = from; i < to; i++) {
      for (const cue of REJECT_AFTER) {
        if (cue.every((word, j) => tokens[i + j] !== undefined && key(tokens[i + j]!) === wordKey(word))) {
          for (let k = i + cue.length; k < to; k++) rejected[k] = true;
        }
      }
      const t = tokens[i]!;
      // "X is not needed", "X isn't necessary": the subject before the negated verb is what is turned down.
      if (NOT.has(t.norm) && i > from && tokens[i - 1]!.pos === 'AUX') {
        for (let k = from; k < i; k++) rejected[k] = true;
      }
    }
    if (keys.some((k) => REJECTING_WORDS.has(k)) || (keys.includes(wordKey('not')) && keys.includes(wordKey('need')))) {
      for (let k = from; k < to; k++) rejected[k] = true;
    }
  }
  return rejected;
}

const FUNCTION_POS = new Set(['DET', 'ADP', 'PRON', 'SCONJ', 'AUX', 'PART']);
const SUBJECTS = new Set(['we', 'i', 'it', 'they', 'you', 'that', 'which', 'who', 'each', 'this']);

/** A verb that makes a clause of its segment: not "on write" or "read-heavy", which only name things. */
function isClauseVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before && (before.text === '-' || before.text === '/') && !t.spaced) return false;
  if (after && (after.text === '-' || after.text === '/') && !after.spaced) return false;
  if (t.pos === 'AUX') return true;
  // The tagger reads some verbs after a subject as nouns ("we shard by tweet id").
  if ((t.pos === 'NOUN' || t.pos === 'PROPN') && before && SUBJECTS.has(before.norm)) return true;
  if (t.pos !== 'VERB') return false;
  return !(before && before.pos === 'ADP');
}

/**
 * A bare list of terms: two or more comma-separated items and not one
 * clause among them, a run of four or more where fewer than one in four is a
 * clause, or a single fragment of content words only ("Redis cache CDN").
 */
export function isBareList(tokens: readonly Token[]): boolean {
  const segments: Token[][] = [[]];
  tokens.forEach((t) => {
    // A spaced slash separates items too: "push model / pull model / replicas".
    if ((t.pos === 'PUNCT' || t.pos === 'SYM') && (/^[,;|•]$/.test(t.text) || (t.text === '/' && t.spaced))) segments.push([]);
    else segments[segments.length - 1]!.push(t);
  });
  const items = segments.filter((s) => s.some(isWord));
  // A clause has a verb or a subordinating word; a long stretch with several function words is one too (the tagger misses some verbs).
  const clauses = items.filter((s) => {
    const words = s.filter(isWord).length;
    if (words >= 3 && s.some((_, i) => isClauseVerb(s, i) || s[i]!.pos === 'SCONJ')) return true;
    return words >= 6 && s.filter((t) => FUNCTION_POS.has(t.pos)).length >= 2;
  });
  if (items.length >= 4 && clauses.length * 4 < items.length) return true;
  if (clauses.length > 0) return false;
  // Several items and not one clause among them: "acks, receipts, at-least-once".
  if (items.length >= 2) return true;
  return !tokens.some((t) => FUNCTION_POS.has(t.pos));
}

/** Words and phrases that give a reason or weigh one option against another. */
const REASONS: readonly (readonly string[])[] = [
  ['because'],
  ['since'],
  ['so'],
  ['therefore'],
  ['thus'],
  ['hence'],
  ['instead'],
  ['rather'],
  ['vs'],
  ['versus'],
  ['whereas'],
  ['otherwise'],
  ['than'],
  ['but'],
  ['if'],
  ['unless'],
  ['would'],
  ['trade', 'off'],
  ['tradeoff'],
  ['at', 'the', 'cost', 'of'],
  ['at', 'the', 'expense', 'of'],
  ['downside'],
  ['drawback'],
  ['avoid'],
  ['prevent'],
  ['in', 'order', 'to'],
  ['which', 'mean'],
];

export function givesReason(tokens: readonly Token[]): boolean {
  const words = tokens.filter(isWord);
  const keys = words.map(key);
  const norms = words.map((t) => t.norm);
  return REASONS.some((cue) => {
    const want = cue.map(wordKey);
    for (let i = 0; i + want.length <= keys.length; i++) {
      if (want.every((w, j) => keys[i + j] === w || wordKey(norms[i + j]!) === w)) return true;
    }
    return false;
  });
}

/** Every step's notes as passages, steps in the order given. */
export function toPassages(language: Language, notesByStep: readonly { stepId: string; notes: string }[]): Passage[] {
  const passages: Passage[] = [];
  for (const { stepId, notes } of notesByStep) {
    let index = 0;
    for (const block of noteBlocks(notes)) {
      for (const sentence of language.sentences(block)) {
        const rejected = rejectedStretches(sentence);
        const tokens = sentence.map((t, i) => ({ ...t, rejected: rejected[i]! }));
        const words = sentence.filter(isWord);
        const text = sentenceText(sentence);
        passages.push({
          stepId,
          index: index++,
          text,
          tokens,
          list: isBareList(sentence),
          heading: /:\s*$/.test(text) && words.length <= 5,
          reasoning: givesReason(sentence),
        });
      }
    }
  }
  return passages;
}

/** The sentence rebuilt from its tokens with the spacing it was written with. */
export function sentenceText(tokens: readonly Token[]): string {
  return tokens
    .map((t, i) => (i > 0 && t.spaced ? ' ' : '') + t.text)
    .join('')
    .trim();
}
