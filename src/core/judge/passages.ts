import { noteBlocks, type StepText } from './blocks.js';
import { asksOrInstructs } from './asking.js';
import { isClauseBreak, readClauses } from './clauses.js';
import type { Language, Token } from './nlp.js';
import { isFragmentList } from './fragments.js';
import { givesReason } from './reasons.js';
import { verblessRuns } from './verbless.js';

/**
 * A candidate's notes as passages: one per line or sentence, in step order,
 * each knowing whether it is a bare list of terms, whether it gives a
 * concrete reason, whether it states a decision, and which of its words it
 * rejects ("we do not need a cache", "instead of a queue", "polling over
 * WebSockets") or only names in a list ("we use Kafka, Redis and a CDN").
 * The judgement only ever credits what a passage affirms; a question or an
 * instruction to oneself (a hint copied into the notes, see asking.ts) is no
 * passage at all.
 */

export interface PassageToken extends Token {
  /** Negated, turned down, retracted or attributed to others, within its clause (see clauses.ts). */
  readonly rejected: boolean;
  /** Named in a bare comparison or a list of terms under a generic verb: not used. */
  readonly listed: boolean;
  /** Turned down as a choice, not merely negated ("we won't support expiry" vs "messages must never be lost"). */
  readonly turnedDown: boolean;
  /** Index of the clause it belongs to (-1 for a clause break). */
  readonly clause: number;
}

export interface Passage {
  readonly stepId: string;
  /** Position among the step's passages, for quoting neighbours together. */
  readonly index: number;
  /** Which line or paragraph of the step it came from: sentences of one block belong to one thought. */
  readonly block: number;
  /** The sentence as written (bullet marks removed). */
  readonly text: string;
  readonly tokens: readonly PassageToken[];
  /** A bare list of terms: no clause that says anything about them. */
  readonly list: boolean;
  /** Holds terms typed one after another, however joined (see isTermRun, verbless.ts): a soup, not a list of names. */
  readonly run: boolean;
  /** A line such as "Fan-out:" that titles what follows. */
  readonly heading: boolean;
  /** Gives a concrete reason (because, so that, instead of, at the cost of, ->, ...; not "so it scales"). */
  readonly reasoning: boolean;
  /** Short chunks that each only name a move, with no reason, number or working ("publish tweets to Kafka, fan out on write"; see fragments.ts). */
  readonly fragments: boolean;
  /** States something: a clause with a verb, or a fragment that decides ("celebs -> pull at read", "home TL: Redis list"). */
  readonly decision: boolean;
}

const isWord = (t: Token) => /[\p{L}\p{N}]/u.test(t.text);

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
 * A fragment that decides without a finite verb, as notes do: two sides with
 * content joined by an arrow, a colon or "=" ("celebs -> pull at read",
 * "home TL: Redis list of 800 ids", "fan-out = 50M writes per tweet"), where
 * the right side is more than a single bare word; or a choice of one thing
 * over another ("AP over C").
 */
export function isDecisionFragment(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "AP over C", "Cassandra over SQL": a choice.
    if (t.norm === 'over' && tokens.slice(0, i).some(isWord) && tokens[i + 1] && /^\p{L}/u.test(tokens[i + 1]!.text) && !tokens.slice(0, i).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return true;
    const joins = t.text === ':' || t.text === '=' || t.text === '→' || t.text === '⇒' || (t.text === '>' && (tokens[i - 1]?.text === '-' || tokens[i - 1]?.text === '='));
    if (!joins) continue;
    const left = tokens.slice(0, t.text === '>' ? i - 1 : i).filter(isWord);
    const right = tokens.slice(i + 1).filter(isWord);
    if (left.length >= 1 && right.length >= 2) return true;
  }
  return false;
}

/** Words that only connect or point: what a sentence has between its terms and a run of terms lacks. */
const JOINING_POS = new Set([...FUNCTION_POS, 'CCONJ']);
/** A run of this many content words in a row is terms typed one after another, not a phrase ("push pull celebrity hybrid cache redis list"). */
const TERM_RUN = 7;

/**
 * A stretch of terms typed with spaces between them and nothing that joins
 * them: seven content words in a row with no determiner, preposition,
 * pronoun, conjunction or number between them, and no clause (no
 * auxiliary, subordinating word or inflected verb). Six in a row still
 * happen in a sentence ("the shortest driving time using live traffic"). "push fan-out for normal users" is a phrase and "tweet
 * service persists tweet then worker pushes ids" a clause; "fanout push pull
 * celebrity hybrid cache" is neither, whatever the tagger reads as a verb.
 */
function isTermRun(item: readonly Token[]): boolean {
  const words = item.filter(isWord);
  if (words.length < TERM_RUN) return false;
  // A real clause has an auxiliary, a subordinating word or an inflected verb ("the worker pushes ids"); a bare "push pull" is two terms.
  if (words.some((t) => t.pos === 'AUX' || t.pos === 'SCONJ' || (t.pos === 'VERB' && t.norm !== t.lemma && !/ing$/.test(t.norm)))) return false;
  let run = 0;
  let longest = 0;
  item.forEach((t, i) => {
    const joint = (x: Token | undefined) => !!x && (x.text === '-' || x.text === '/') && !x.spaced;
    // A hyphenated or slashed compound ("fan-out", "pub/sub") is one term: its joints and later parts neither break nor lengthen the run.
    if (joint(t) || (joint(item[i - 1]) && !t.spaced)) return;
    // A number breaks the run: "peak 6K QPS, 500M DAU" sizes things, it does not list them.
    if (isWord(t) && !JOINING_POS.has(t.pos) && t.pos !== 'NUM' && !/^\d/.test(t.text)) longest = Math.max(longest, ++run);
    else run = 0;
  });
  return longest >= TERM_RUN;
}

/**
 * A bare list of terms: two or more items separated by commas, pipes or
 * spaced slashes and not one clause among them, a run of four or
 * more where fewer than one in four is a clause, a single fragment of content
 * words only ("Redis cache CDN"), or terms typed one after another with
 * spaces between them (see isTermRun).
 */
export function isBareList(tokens: readonly Token[]): boolean {
  const segments: Token[][] = [[]];
  tokens.forEach((t) => {
    // A spaced slash separates items too: "push model / pull model / replicas". ("a + b + c" is read as a list in clauses.ts; "media: S3 + CDN" decides.)
    if ((t.pos === 'PUNCT' || t.pos === 'SYM') && (/^[,;|•]$/.test(t.text) || (t.text === '/' && t.spaced))) segments.push([]);
    else segments[segments.length - 1]!.push(t);
  });
  const items = segments.filter((s) => s.some(isWord));
  // A clause has a verb or a subordinating word; a long stretch with several function words is one too (the tagger misses some verbs).
  // A run of terms is none, whatever the tagger makes of its words.
  const clauses = items.filter((s) => {
    if (isTermRun(s) || verblessRuns(s).length > 0) return false;
    const words = s.filter(isWord).length;
    if (words >= 3 && s.some((_, i) => isClauseVerb(s, i) || s[i]!.pos === 'SCONJ')) return true;
    if (isDecisionFragment(s)) return true;
    return words >= 6 && s.filter((t) => FUNCTION_POS.has(t.pos)).length >= 2 && s.some((t) => FUNCTION_POS.has(t.pos) && t.pos !== 'ADP');
  });
  if (items.length >= 4 && clauses.length * 4 < items.length) return true;
  if (clauses.length > 0) return false;
  // Several items and not one clause among them: "acks, receipts, at-least-once".
  if (items.length >= 2 || items.some((s) => isTermRun(s) || verblessRuns(s).length > 0)) return true;
  return !tokens.some((t) => FUNCTION_POS.has(t.pos));
}

/** Every step's notes as passages, steps in the order given. */
export function toPassages(language: Language, notesByStep: readonly StepText[]): Passage[] {
  const passages: Passage[] = [];
  for (const { stepId, notes } of notesByStep) {
    let index = 0;
    let blockIndex = 0;
    for (const block of noteBlocks(notes)) {
      blockIndex++;
      let asked = false;
      for (const sentence of language.sentences(block)) {
        // "Should we cache? No." answers the question; it retracts nothing said before it.
        if (asksOrInstructs(sentence)) {
          asked = true;
          continue;
        }
        const reading = readClauses(sentence);
        // Terms strung together with no verb among them are named, not used, even beside a clause (see verbless.ts).
        const runs = verblessRuns(sentence);
        const inRun = (i: number) => runs.some(([from, to]) => i >= from && i < to);
        const tokens: PassageToken[] = sentence.map((t, i) => ({ ...t, rejected: reading.rejected[i]!, turnedDown: reading.turnedDown[i]!, listed: reading.listed[i]! || inRun(i), clause: reading.clauseOf[i]! }));
        const words = sentence.filter(isWord);
        const text = sentenceText(sentence);
        const list = isBareList(sentence);
        // "We won't." or "That is overkill." turns down the sentence before it in the step.
        const previous = passages.at(-1);
        if (reading.retracts && !asked && previous && previous.stepId === stepId) passages[passages.length - 1] = retracted(previous);
        passages.push({
          stepId,
          index: index++,
          block: blockIndex,
          text,
          tokens,
          list,
          run: runs.length > 0 || isTermRun(sentence),
          heading: /:\s*$/.test(text) && words.length <= 5,
          reasoning: givesReason(sentence),
          fragments: !list && isFragmentList(sentence),
          decision: !list && states(sentence, reading.rejected),
        });
        asked = false;
      }
    }
  }
  return passages;
}

const retracted = (passage: Passage): Passage => ({ ...passage, tokens: passage.tokens.map((t) => ({ ...t, rejected: true, turnedDown: true })), decision: false });

/** The sentence states something it does not turn down: a clause with a verb, or a deciding fragment. */
function states(sentence: readonly Token[], rejected: readonly boolean[]): boolean {
  const affirmed = sentence.filter((t, i) => !rejected[i] && isWord(t));
  if (affirmed.length < 2) return false;
  if (isDecisionFragment(sentence)) return true;
  return sentence.some((t, i) => !rejected[i] && (isClauseVerb(sentence, i) || (t.pos === 'VERB' && !isClauseBreak(sentence, i))));
}

/** The sentence rebuilt from its tokens with the spacing it was written with. */
export function sentenceText(tokens: readonly Token[]): string {
  return tokens
    .map((t, i) => (i > 0 && t.spaced ? ' ' : '') + t.text)
    .join('')
    .trim();
}
