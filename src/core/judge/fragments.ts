import type { Token } from './nlp.js';
import type { Passage } from './passages.js';
import { givesReason } from './reasons.js';

/**
 * A line of fragments: short chunks between commas or semicolons, each a
 * verb and a term or two and nothing more ("publish tweets to Kafka, fan out
 * on write, push ids to timelines", "replicate Redis, autoscale workers").
 * The tagger reads "publish", "replicate" and "push" as verbs, so such a
 * line passes for clauses, and it names the moves of a design without
 * saying who makes them, how much, or why. A sentence relates its terms
 * ("the fan-out workers push tweet ids into each follower's Redis list");
 * terse notes carry their working with a number, a mark (an arrow, a colon,
 * "="), a detail in brackets or a reason. One number tacked on ("3 replicas")
 * does not make the moves beside it statements.
 *
 * A line or two of fragments is how notes get written ("push fan-out for
 * normal users, pull for celebrities"), and such a line still counts: in
 * the strong, terse, non-native and mediocre answers of both graded corpora
 * they are at most 8% of the statements outside the requirements. An answer
 * made mostly of them is a list of moves cut into chunks (80-100% in our
 * probes): above FRAGMENT_SHARE of its statements, its fragment lines are
 * named, not used, as a list under "we use" is (namedFragments).
 */

/** A chunk of more words than this (articles left out) says more than "do X to Y". */
export const FRAGMENT_WORDS = 6;

const isWord = (t: Token) => /[\p{L}\p{N}]/u.test(t.text);

const isMark = (tokens: readonly Token[], i: number) => {
  const t = tokens[i]!;
  return t.text === ':' || t.text === '=' || t.text === '→' || t.text === '⇒' || (t.text === '>' && (tokens[i - 1]?.text === '-' || tokens[i - 1]?.text === '='));
};
/** A dash with spaces around it between two stretches of words: "partitioned by code - single lookup" explains, as "because" does. */
const isSpacedDash = (tokens: readonly Token[], i: number) => /^[-–—]+$/.test(tokens[i]!.text) && tokens[i]!.spaced && tokens[i + 1]?.spaced !== false && i > 0 && i < tokens.length - 1;

/**
 * The chunks of a line as token ranges [from, to): split at commas and
 * semicolons outside brackets, and at "and" / "or" before a verb that opens
 * a chunk of its own ("cache timelines in Redis and keep the latest ids").
 */
function chunksOf(tokens: readonly Token[]): [number, number][] {
  const chunks: [number, number][] = [];
  let depth = 0;
  let from = 0;
  tokens.forEach((t, i) => {
    if (/^[([{]$/.test(t.text)) depth++;
    else if (/^[)\]}]$/.test(t.text)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (t.text === ',' || t.text === ';' || ((t.norm === 'and' || t.norm === 'or') && i > from && isVerbAt(tokens, i + 1, i + 1)))) {
      chunks.push([from, i]);
      from = i + 1;
    }
  });
  chunks.push([from, tokens.length]);
  return chunks.filter(([a, b]) => tokens.slice(a, b).some(isWord));
}

/** A verb the tagger means: not part of a hyphenated, slashed or snake_case compound ("read-heavy", "fan-out", "watch_progress") and not after a preposition or article ("on write", "a follow"). */
function isVerbAt(tokens: readonly Token[], from: number, i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'VERB') return false;
  const before = i > from ? tokens[i - 1] : undefined;
  const after = tokens[i + 1];
  if (before && /^[-/_]$/.test(before.text) && !t.spaced) return false;
  if (after && /^[-/_]$/.test(after.text) && !after.spaced) return false;
  return !(before && (before.pos === 'ADP' || before.pos === 'DET'));
}

/** "pushes", "sharded", "wrote": a finite verb or a participle, which has a subject or is passive; "push", "shard" alone are moves named. */
function isInflected(verb: Token): boolean {
  // The model lemmatises known verbs only: "sharded" keeps its -ed, so the ending counts too.
  return !/ing$/.test(verb.norm) && (verb.norm !== verb.lemma || /(?:ed|[^s]s)$/.test(verb.norm));
}

/**
 * The chunk says who does what: an inflected verb ("registry sharded",
 * "publishes to the queue" after its subject in the chunk before), a plain
 * verb after a plural noun ("clients reconnect"), or a verb the tagger read
 * as a plural noun between a noun and its object ("the worker charges the
 * card"). A plain verb after a singular noun is a compound the tagger
 * misread ("shard chat servers", "show last seen").
 */
function saysWho(tokens: readonly Token[], from: number, i: number): boolean {
  const t = tokens[i]!;
  const before = i > from ? tokens[i - 1] : undefined;
  const isNoun = (x: Token | undefined) => !!x && (x.pos === 'NOUN' || x.pos === 'PROPN');
  if (t.pos === 'NOUN' && /[^s]s$/.test(t.norm) && isNoun(before) && ['DET', 'NUM'].includes(tokens[i + 1]?.pos ?? '')) return true;
  if (!isVerbAt(tokens, from, i)) return false;
  return isInflected(t) || (isNoun(before) && before!.norm !== before!.lemma && /s$/.test(before!.norm));
}

/**
 * The chunk has a subject and its verb: a pronoun ("we shard"), a noun and
 * an adverb before the verb ("workers asynchronously resize"), or a noun the
 * verb agrees with (saysWho: "registry sharded", "clients reconnect").
 */
function hasSubjectAndVerb(tokens: readonly Token[], [from, to]: readonly [number, number]): boolean {
  for (let i = from + 1; i < to; i++) {
    if (saysWho(tokens, from, i)) return true;
    if (!isVerbAt(tokens, from, i) && tokens[i]!.pos !== 'AUX') continue;
    let j = i - 1;
    while (j > from && tokens[j]!.pos === 'ADV') j--;
    if (tokens[j]!.pos === 'PRON' || (j < i - 1 && ['NOUN', 'PROPN'].includes(tokens[j]!.pos))) return true;
  }
  return false;
}

const opensWithVerb = (tokens: readonly Token[], [from, to]: readonly [number, number]) => {
  const first = tokens.slice(from, to).findIndex(isWord);
  return first >= 0 && isVerbAt(tokens, from, from + first);
};

/** The chunk states something of its own rather than naming a move. */
function states(tokens: readonly Token[], [from, to]: readonly [number, number]): boolean {
  const chunk = tokens.slice(from, to);
  const words = chunk.filter((t) => isWord(t) && t.pos !== 'DET' && !/^(?:and|or)$/.test(t.norm));
  if (words.length > FRAGMENT_WORDS) return true;
  if (chunk.some((t) => t.pos === 'NUM' || /^\d/.test(t.text) || t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ')) return true;
  // An endpoint ("POST /shorten returns a code") and a detail in brackets ("per-chat order strict (seq nos)") are specifics.
  if (chunk.some((t, j) => (/^(?:GET|POST|PUT|PATCH|DELETE|WS)$/.test(t.text) && chunk[j + 1]?.text === '/') || (t.text === '(' && chunk.slice(j + 1).some(isWord)))) return true;
  // A predicate without its "is": "presence eventual", "stale feed ok".
  const last = chunk.filter(isWord).at(-1);
  const beforeLast = last && chunk[chunk.indexOf(last) - 1];
  if (last && last.pos === 'ADJ' && beforeLast && (beforeLast.pos === 'NOUN' || beforeLast.pos === 'PROPN')) return true;
  return hasSubjectAndVerb(tokens, [from, to]) || saysWho(tokens, from, from);
}

/**
 * The line is a list of fragments (see above): two bare chunks or more, a
 * verb in one of them, at most one chunk that states something beside them,
 * and no reason given in the line, after a spaced dash, or with a mark.
 */
export function isFragmentList(tokens: readonly Token[]): boolean {
  // Notes that relate with marks ("comments: partitioned by post_id, clustered by time") decide; see isDecisionFragment.
  if (tokens.some((_, i) => isMark(tokens, i))) return false;
  const chunks = chunksOf(tokens);
  if (chunks.length < 2) return false;
  if (givesReason(tokens) || tokens.some((_, i) => isSpacedDash(tokens, i))) return false;
  // One chunk that states something ("3 replicas", "99% hit rate") does not make the moves around it statements.
  // Verbs after a clause with its subject share that subject: "workers resize each photo into a few sizes, strip EXIF and run moderation".
  const subjectAt = chunks.findIndex((c) => hasSubjectAndVerb(tokens, c));
  const bare = chunks.filter((c, n) => !states(tokens, c) && !(subjectAt >= 0 && n > subjectAt && opensWithVerb(tokens, c)));
  return bare.length >= 2 && chunks.length - bare.length <= 1 && bare.some(([from, to]) => tokens.slice(from, to).some((_, j) => isVerbAt(tokens, from, from + j)));
}

/** Above this share of an answer's statements outside the requirements, its fragment lines only name what they say. */
export const FRAGMENT_SHARE = 1 / 3;

/**
 * The passages of an answer, its fragment lines read as lists of terms when
 * they make up more than FRAGMENT_SHARE of its statements outside the
 * requirements (bare lists and headings are no statements).
 */
export function namedFragments(passages: readonly Passage[], inRequirements: (p: Passage) => boolean): Passage[] {
  if (fragmentShare(passages, inRequirements) <= FRAGMENT_SHARE) return [...passages];
  return passages.map((p) => (p.fragments ? { ...p, tokens: p.tokens.map((t) => ({ ...t, listed: true })) } : p));
}

/** 0 to 1: the share of an answer's statements outside the requirements that are lines of fragments. */
export function fragmentShare(passages: readonly Passage[], inRequirements: (p: Passage) => boolean): number {
  const statements = passages.filter((p) => !inRequirements(p) && !p.list && !p.heading);
  return statements.length === 0 ? 0 : statements.filter((p) => p.fragments).length / statements.length;
}
