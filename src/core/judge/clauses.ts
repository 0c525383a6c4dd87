import type { Token } from './nlp.js';
import { wordKey } from './words.js';

/**
 * What a sentence commits to, clause by clause. A clause ends at a comma,
 * semicolon, colon, bracket, an arrow ("->", "=>"), "=", a spaced dash, or
 * before a joining word that starts a new clause ("because", "but", "so",
 * "whereas", "and we ..."). Each clause is read for:
 *
 * - negation: after "not", "never", "no", "without", ... the rest of its
 *   clause (only), so "hot links in Redis -> most redirects never hit the DB"
 *   keeps Redis affirmed. A negated list carries on over the comma items that
 *   follow it ("we don't need a cache, a CDN or a queue");
 * - rejection: "instead of", "rather than", "skip", "avoid", ... turn down the
 *   rest of the clause; "X over Y" (a choice: no verb before it, or a verb of
 *   choosing) turns down Y and keeps X; "X is not needed / not a concern /
 *   overkill" turns down the whole clause; attributions ("some people ...",
 *   "others ...") are not the candidate's design;
 * - retraction: a clause that rejects with nothing of its own ("but we won't
 *   do that", "that is overkill and we'll skip it") turns down everything
 *   before it in the sentence; a sentence made only of one turns down the
 *   sentence before it (the caller does that, see `retracts`);
 * - bare comparisons ("push vs pull") and lists of terms under a generic verb
 *   ("we use Kafka, Redis, sharding and a CDN") are `listed`: their terms are
 *   named, not used, and earn nothing (an item with its own role, "Kafka for
 *   click events", still counts).
 */

export interface ClauseReading {
  /** Negated, turned down, retracted or attributed to others. */
  readonly rejected: readonly boolean[];
  /**
   * Turned down as a choice ("instead of", "we won't support", "overkill",
   * "X over Y", attributed to others), not merely negated: "messages must
   * never be lost" negates "lost" but still states a requirement.
   */
  readonly turnedDown: readonly boolean[];
  /** A term in a bare comparison or in a list of terms under a generic verb. */
  readonly listed: readonly boolean[];
  /** The sentence only turns down what came before it ("We won't.", "That is overkill."). */
  readonly retracts: boolean;
  /** Index of each token's clause. */
  readonly clauseOf: readonly number[];
  readonly clauses: readonly (readonly [number, number])[];
}

const key = (t: Token) => wordKey(t.lemma);
const isWord = (t: Token) => /[\p{L}\p{N}]/u.test(t.text);
const keys = (words: string) => new Set(words.split(' ').map(wordKey));

/** Joining words that start a new clause. */
export const CLAUSE_STARTERS = new Set(['because', 'but', 'so', 'whereas', 'while', 'although', 'though', 'unless', 'since', 'otherwise', 'except', 'then', 'which', 'when', 'if']);
const SUBJECTS = new Set(['we', 'i', 'it', 'they', 'you', 'that', 'this', 'he', 'she', 'one']);

/** A token that ends a clause (it belongs to no clause itself). */
export function isClauseBreak(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (/^[,;:.!?()[\]{}|=—–→⇒]$/.test(t.text)) return true;
  // "->", "=>", "-->" and a dash with spaces around it.
  if (t.text === '>' && (tokens[i - 1]?.text === '-' || tokens[i - 1]?.text === '=') && !t.spaced) return true;
  if (/^-+$/.test(t.text) && (tokens[i + 1]?.text === '>' || (t.spaced && tokens[i + 1]?.spaced !== false))) return true;
  return false;
}

/** A word that starts a new clause where it stands. */
function startsClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (i === 0) return false;
  if (CLAUSE_STARTERS.has(t.norm)) {
    // "so that", "so" and "but" start clauses; "more than" / "even though" style uses do too.
    return true;
  }
  // "... and we won't", "... or it fails": a new subject after a conjunction.
  if ((t.norm === 'and' || t.norm === 'or') && tokens[i + 1] && SUBJECTS.has(tokens[i + 1]!.norm)) return true;
  return false;
}

export function clausesOf(tokens: readonly Token[]): [number, number][] {
  const clauses: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (isClauseBreak(tokens, i)) {
      if (i > start) clauses.push([start, i]);
      start = i + 1;
    } else if (startsClause(tokens, i)) {
      if (i > start) clauses.push([start, i]);
      start = i;
    }
  }
  if (start < tokens.length) clauses.push([start, tokens.length]);
  return clauses;
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'none', 'nothing', 'neither', 'nor', 'without', 'cannot', 'nobody', 'nowhere']);
/** "not only", "no more than 5", "no later than": not a negation of what follows. */
const NOT_A_NEGATION_AFTER = new Set(['only', 'just', 'more', 'less', 'fewer', 'later', 'longer']);

/** Cues after which the rest of the clause is turned down. */
const REJECT_AFTER: readonly (readonly string[])[] = [
  ['instead', 'of'],
  ['rather', 'than'],
  ['skip'],
  ['forgo'],
  ['ditch'],
  ['avoid'],
  ['no', 'need', 'for'],
  ['don', 't', 'need'],
].map((cue) => cue.map(wordKey));

/** Words that turn down the clause they sit in. */
const REJECTING_WORDS = keys('overkill unnecessary pointless needless unneeded premature overengineering');
const REJECTING_PHRASES: readonly (readonly string[])[] = [['out', 'of', 'scope'], ['not', 'in', 'scope'], ['over', 'engineering']].map((cue) => cue.map(wordKey));
/**
 * With a negation, these turn down the clause's subject too: "X is not needed",
 * "X doesn't matter". ("X is not a problem" accepts X, so it is not here.)
 */
const NEED_PREDICATES = keys('need necessary require useful worth important matter relevant helpful help bother');
/** Negated, these decline a feature or a plan: "we won't support expiry", "we don't plan for cache failure". */
const DECLINING_VERBS = keys('support allow offer provide plan build implement add include');
/** Verbs of choosing: "we chose X over Y", "prefer X over Y". */
const CHOICE_VERBS = keys('choose chose chosen prefer pick favor favour select opt go take');
/** Words that refer back instead of naming anything: a clause of only these (and generic verbs) retracts. */
const ANAPHORS = keys('that it this those these them one here now there v1 mvp us either any all thing way approach idea option');
const GENERIC_VERBS = keys('do be have use go bother need implement build add think want plan make consider include support get handle cover worry');
/** Words of the rejecting phrases themselves, which name nothing. */
const PHRASE_WORDS = keys('scope engineering');
/** Openings that attribute what follows to others. */
const ATTRIBUTIONS: readonly (readonly string[])[] = [
  ['some', 'people'],
  ['some', 'teams'],
  ['some', 'designs'],
  ['some', 'systems'],
  ['some', 'candidates'],
  ['others'],
  ['other', 'designs'],
  ['other', 'people'],
  ['many', 'designs'],
  ['many', 'people'],
  ['people', 'often'],
  ['one', 'could'],
  ['you', 'could'],
  ['a', 'common', 'approach'],
  ['the', 'textbook', 'answer'],
].map((cue) => cue.map(wordKey));

const startsWith = (tokens: readonly Token[], from: number, cue: readonly string[]) =>
  cue.every((w, j) => tokens[from + j] !== undefined && (key(tokens[from + j]!) === w || wordKey(tokens[from + j]!.norm) === w));

function isNegationCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!NEGATIONS.has(t.norm)) return false;
  const next = tokens[i + 1];
  // "no matter what" is not a negation; "does not matter" is.
  return !(next && (NOT_A_NEGATION_AFTER.has(next.norm) || (t.norm === 'no' && next.norm === 'matter')));
}

const isNumberLike = (t: Token | undefined) => !!t && (t.pos === 'NUM' || /^[\d~≈<>]/.test(t.text));

/** "X over Y" is a choice when nothing before "over" in the clause is a verb, or the verb is one of choosing. */
function isPreferenceOver(tokens: readonly Token[], from: number, at: number): boolean {
  const next = tokens[at + 1];
  if (!next || ['a', 'an', 'the', 'time', 'http', 'https', 'tcp', 'udp'].includes(next.norm)) return false;
  // "over 1M followers" is a quantity; "302 over 301" is a choice between two codes.
  if (isNumberLike(next) && !(isNumberLike(tokens[at - 1]) && (!tokens[at + 2] || isClauseBreak(tokens, at + 2)))) return false;
  if (next.norm === 'a' || next.norm === 'about' || next.norm === 'around') return false;
  const before = tokens.slice(from, at).filter(isWord);
  if (before.length === 0) return false;
  const verbs = before.filter((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.norm));
  return verbs.length === 0 || verbs.every((v) => CHOICE_VERBS.has(key(v)));
}

/** Content words of a clause: what it names, besides references back and generic verbs. */
function contentWords(tokens: readonly Token[], from: number, to: number): Token[] {
  return tokens
    .slice(from, to)
    .filter((t) => isWord(t) && ['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM'].includes(t.pos))
    .filter((t) => !ANAPHORS.has(key(t)) && !GENERIC_VERBS.has(key(t)) && !REJECTING_WORDS.has(key(t)) && !NEED_PREDICATES.has(key(t)) && !PHRASE_WORDS.has(key(t)) && !REJECT_AFTER.some((c) => c.length === 1 && c[0] === key(t)));
}

export function readClauses(tokens: readonly Token[]): ClauseReading {
  const clauses = clausesOf(tokens);
  const clauseOf = new Array<number>(tokens.length).fill(-1);
  clauses.forEach(([from, to], c) => {
    for (let i = from; i < to; i++) clauseOf[i] = c;
  });
  const rejected = new Array<boolean>(tokens.length).fill(false);
  const turnedDown = new Array<boolean>(tokens.length).fill(false);
  const negate = (from: number, to: number) => {
    for (let k = from; k < to; k++) rejected[k] = true;
  };
  const reject = (from: number, to: number) => {
    for (let k = from; k < to; k++) rejected[k] = turnedDown[k] = true;
  };
  let retractsAll = false;
  let attributed = false;
  let negatedList = false;

  clauses.forEach(([from, to], c) => {
    const words = tokens.slice(from, to);
    const wordKeys = words.map(key);
    const firstWord = from + words.findIndex(isWord);
    // Attributions: "some people put Redis in front", and the clauses that carry them on, until "we" or "I" speaks.
    if (ATTRIBUTIONS.some((cue) => startsWith(tokens, firstWord, cue))) attributed = true;
    else if (words.some((t) => t.norm === 'we' || t.norm === 'i' || t.norm === 'our')) attributed = false;
    if (attributed) reject(from, to);

    let negatedAt = -1;
    for (let i = from; i < to; i++) {
      if (isNegationCue(tokens, i)) {
        negatedAt = i;
        break;
      }
    }
    if (negatedAt >= 0) negate(negatedAt + 1, to);
    // A negated list carries on over the bare comma items after it: "we don't need a cache, a CDN or a queue".
    // A "verb" straight after an article is a noun the tagger misread ("a Follow table").
    const verbless = !words.some((t, j) => (t.pos === 'VERB' && words[j - 1]?.pos !== 'DET') || t.pos === 'AUX' || t.pos === 'PRON');
    const afterComma = tokens[from - 1]?.text === ',';
    if (negatedList && afterComma && verbless) negate(from, to);
    else negatedList = negatedAt >= 0;

    for (let i = from; i < to; i++) {
      for (const cue of REJECT_AFTER) if (startsWith(tokens, i, cue)) reject(i, to);
      if (tokens[i]!.norm === 'over' && isPreferenceOver(tokens, from, i)) reject(i + 1, to);
    }

    // "must not", "should never": a constraint, not a turn-down.
    const required = words.some((t) => ['must', 'should', 'shall', 'mustn', 'shouldn'].includes(t.norm));
    const rejecting =
      wordKeys.some((k) => REJECTING_WORDS.has(k)) ||
      REJECTING_PHRASES.some((cue) => words.some((_, j) => startsWith(words, j, cue))) ||
      (negatedAt >= 0 && !required && wordKeys.some((k) => NEED_PREDICATES.has(k) || DECLINING_VERBS.has(k)));
    const skipping = REJECT_AFTER.some((cue) => wordKeys.some((_, j) => startsWith(words, j, cue))) || negatedAt >= 0;
    const ownContent = contentWords(tokens, from, to);
    if (rejecting && ownContent.length > 0) reject(from, to);
    // A clause that turns down with nothing of its own refers back: "but we won't do that here", "we'll skip it".
    if ((rejecting || skipping) && ownContent.length === 0) {
      reject(0, to);
      if (c === clauses.findIndex(([f, t]) => t > f && tokens.slice(f, t).some(isWord))) retractsAll = true;
    }
  });

  return { rejected, turnedDown, listed: listedTerms(tokens, clauses), retracts: retractsAll && clauses.every(([f, t]) => contentWords(tokens, f, t).length === 0), clauseOf, clauses };
}

/** Verbs that introduce a list of terms without saying anything about them ("we use", "we considered", "we estimate"). */
const LIST_VERBS = keys('use have add put need include consider support apply implement leverage employ deploy adopt introduce utilize utilise want get plan compare weigh evaluate discuss cover address estimate calculate compute measure monitor mention handle run');
/** Words that attach a list of terms to whatever came before ("with failover, retries and circuit breakers"). */
const LIST_PREPOSITIONS = keys('with using via like through including such');
const LIST_HEADS = new Set([...LIST_VERBS, ...LIST_PREPOSITIONS]);
/** Prepositions that give an item its own role: "Kafka for click events", "Redis in front of the store". */
const ROLE_WORDS = new Set('for as to in into behind front keyed by per on at across between from inside within'.split(' '));

/** Segments for list reading: split where a clause breaks, but not at commas or "and" (they join the items). */
function segmentsOf(tokens: readonly Token[], clauses: readonly (readonly [number, number])[]): [number, number][] {
  const out: [number, number][] = [];
  let start = clauses[0]?.[0] ?? 0;
  let end = start;
  for (const [from, to] of clauses) {
    const opener = tokens[from]!;
    const joined =
      (tokens[from - 1]?.text === ',' || opener.norm === 'and' || opener.norm === 'or') && !CLAUSE_STARTERS.has(opener.norm) && !SUBJECTS.has(opener.norm) && !SUBJECTS.has(tokens[from + 1]?.norm ?? '');
    if (!joined && end > start) {
      out.push([start, end]);
      start = from;
    }
    end = to;
  }
  if (end > start) out.push([start, end]);
  return out;
}

const isItemSeparator = (t: Token) => /^[,&+]$/.test(t.text) || ['and', 'or', 'plus', 'vs', 'vs.', 'versus'].includes(t.norm);

/**
 * Terms named without being used. In a segment:
 * - "A vs B" with no verb is a bare comparison;
 * - three or more items joined by commas or "and", most of them bare terms
 *   (no verb, no role of their own, four words at most), under a generic
 *   verb or an instrument word ("use", "need", "with", "via") or none, is a
 *   list of terms. Items with a role ("Kafka for click events") are kept.
 */
function listedTerms(tokens: readonly Token[], clauses: readonly (readonly [number, number])[]): boolean[] {
  const listed = new Array<boolean>(tokens.length).fill(false);
  for (const [from, to] of segmentsOf(tokens, clauses)) {
    const segment = tokens.slice(from, to);
    const finiteVerb = (t: Token, j: number) =>
      (t.pos === 'VERB' || t.pos === 'AUX') && !/(?:ing)$/.test(t.norm) && !(segment[j - 1]?.text === '-' || segment[j + 1]?.text === '-');
    // A bare comparison: "push vs pull", "SQL vs NoSQL", with no verb at all.
    if (segment.some((t) => ['vs', 'vs.', 'versus'].includes(t.norm)) && !segment.some(finiteVerb)) {
      for (let k = from; k < to; k++) listed[k] = true;
      continue;
    }
    // Where the items start: after the last list head before the first separator.
    const firstSeparator = segment.findIndex(isItemSeparator);
    if (firstSeparator < 0) continue;
    let itemsFrom = 0;
    for (let j = 0; j < firstSeparator; j++) if (LIST_HEADS.has(key(segment[j]!)) || LIST_HEADS.has(wordKey(segment[j]!.norm))) itemsFrom = j + 1;
    const head = segment.slice(0, itemsFrom);
    const attached = itemsFrom > 0 && LIST_PREPOSITIONS.has(wordKey(segment[itemsFrom - 1]!.norm));
    // A list attached by "with" or "via", or straight after a verb such as "use", only names things, whatever came before.
    // With no list head at all, a specific verb ("we shard by user, region and time") governs the items.
    if (itemsFrom === 0 && head.some((t, j) => finiteVerb(t, j) && t.pos !== 'AUX' && !GENERIC_VERBS.has(key(t)))) continue;
    if (!attached && itemsFrom > 0 && !LIST_VERBS.has(key(segment[itemsFrom - 1]!)) && head.some((t, j) => finiteVerb(t, j) && t.pos !== 'AUX' && !LIST_HEADS.has(key(t)) && !GENERIC_VERBS.has(key(t)))) continue;
    const items: [number, number][] = [];
    let itemStart = itemsFrom;
    for (let j = itemsFrom; j <= segment.length; j++) {
      if (j === segment.length || isItemSeparator(segment[j]!)) {
        if (segment.slice(itemStart, j).some(isWord)) items.push([itemStart, j]);
        itemStart = j + 1;
      }
    }
    if (items.length < 3) continue;
    const kinds = items.map(([a, b]) => {
      const whole = segment.slice(a, b);
      // "low latency with a 200 ms p99": the item is what comes before the words it is decorated with.
      const cut = whole.findIndex((t, j) => j > 0 && LIST_PREPOSITIONS.has(wordKey(t.norm)));
      const item = cut > 0 ? whole.slice(0, cut) : whole;
      const words = item.filter(isWord);
      // A clause has a subject before its verb ("the worker retries"); a verb with none is a noun the tagger misread ("retries", "direct upload").
      // Two words are a compound ("cache rebuild"), not a clause.
      const subjectThenVerb =
        words.length >= 3 && item.some((t, j) => finiteVerb(t, a + j) && t.pos !== 'AUX' && !LIST_HEADS.has(key(t)) && item.slice(0, j).some((s) => s.pos === 'NOUN' || s.pos === 'PROPN'));
      if (subjectThenVerb || item.some((t) => t.pos === 'PRON')) return 'clause';
      if (item.some((t, j) => ROLE_WORDS.has(t.norm) && item.slice(j + 1).some(isWord))) return 'role';
      return words.length <= 4 ? 'term' : 'clause';
    });
    const terms = kinds.filter((k) => k === 'term').length;
    if (terms < 3 || terms * 2 <= items.length) continue;
    items.forEach(([a, b], n) => {
      if (kinds[n] !== 'term') return;
      for (let k = from + a; k < from + b; k++) listed[k] = true;
    });
  }
  return listed;
}
