import type { Problem } from '../problem/schema.js';
import { covers, distinctiveWords, wordsNeeded } from './overlap.js';
import type { Passage, PassageToken } from './passages.js';
import { loadAliases } from './concepts.js';
import { wordKey } from './words.js';

/**
 * Which of the reference's requirements, endpoints and entities the notes
 * state. A requirement counts when one sentence (or, in the requirements
 * steps, one line of a list) carries enough of its distinctive words; an endpoint when the
 * notes name the same method on a path with the same resource; an entity when
 * a sentence in the API or data steps names it.
 */

export interface Coverage {
  readonly found: readonly string[];
  readonly missing: readonly string[];
}

const passageKeys = new WeakMap<Passage, Set<string>>();
const namedKeys = new WeakMap<Passage, Set<string>>();

/**
 * The word keys a passage affirms, shorthand spelled out ("TL" gives
 * timeline too). With `withListed`, terms it only lists count as well: a list
 * of requirements is how requirements are stated, but a list of terms
 * elsewhere says nothing about them.
 */
export function keysOf(passage: Passage, withListed = false): Set<string> {
  const cache = withListed ? namedKeys : passageKeys;
  let keys = cache.get(passage);
  if (!keys) {
    const constraints = constraintClauses(passage);
    keys = tokenKeys(passage.tokens.filter((t) => !t.turnedDown && (!t.rejected || constraints.has(t.clause)) && (withListed || !t.listed)));
    cache.set(passage, keys);
  }
  return keys;
}

function tokenKeys(tokens: readonly PassageToken[]): Set<string> {
  const aliases = loadAliases();
  return new Set(
    tokens
      .filter((t) => /[\p{L}\p{N}]/u.test(t.text))
      .flatMap((t) => [wordKey(t.norm), wordKey(t.lemma), ...(aliases.get(t.norm) ?? (/[^s]s$/.test(t.text) ? aliases.get(t.norm.slice(0, -1)) : undefined) ?? [])]),
  );
}

const OBLIGATIONS = new Set(['must', 'mustn', 'should', 'shouldn', 'shall', 'can', 'cannot', 'may']);
const FIRST_PERSON = new Set(['we', 'i', 'us', 'our', 'my']);

/**
 * Clauses whose negation states a constraint, so their negated words still
 * name a requirement or an entity: an obligation ("messages must never be
 * lost", "users cannot edit a tweet"), or a state or passive with "be" and
 * no "we" ("tweets are never deleted", "no single point of failure"). A
 * negated action is a decision not to do it and names nothing: "we will not
 * keep home timelines as Redis lists", "we don't store a follow table",
 * "timelines will not be kept".
 */
function constraintClauses(passage: Passage): Set<number> {
  const verbs = new Map<number, PassageToken[]>();
  for (const t of passage.tokens) {
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    verbs.set(t.clause, [...(verbs.get(t.clause) ?? []), t]);
  }
  const firstPerson = new Set(passage.tokens.filter((t) => FIRST_PERSON.has(t.norm)).map((t) => t.clause));
  const found = new Set<number>();
  for (const t of passage.tokens) {
    const own = verbs.get(t.clause) ?? [];
    if (own.some((v) => OBLIGATIONS.has(v.norm))) found.add(t.clause);
    // "tweets are never lost", "codes are never reused": a state or a passive, not a plan ("timelines will not be kept", "we are not building").
    else if (own.every((v) => v.lemma === 'be' || v.pos === 'VERB') && (own.length === 0 || own.some((v) => v.lemma === 'be')) && !firstPerson.has(t.clause)) found.add(t.clause);
  }
  return found;
}

function split(lines: readonly string[], found: (line: string) => boolean): Coverage {
  const hit = lines.filter(found);
  return { found: hit, missing: lines.filter((l) => !hit.includes(l)) };
}

/**
 * Requirements are stated in lists as often as in sentences: in the
 * requirements steps a list counts, elsewhere only statements do. A list
 * under a "Functional:" or "Non-functional:" label is read item by item
 * (see labelledItems).
 */
export function requirementCoverage(problem: Problem, passages: readonly Passage[], inRequirements: (p: Passage) => boolean = () => false): { functional: Coverage; nonFunctional: Coverage } {
  const said = (line: string) => passages.some((p) => (inRequirements(p) ? covers(keysOf(p, true), line) : !p.list && covers(keysOf(p), line)));
  const { functional, non_functional: nonFunctional } = problem.requirements;
  const byItem = new Set<string>();
  for (const { kind, words } of labelledItems(passages.filter(inRequirements))) {
    const line = bestLine(words, kind === 'functional' ? functional : nonFunctional);
    if (line !== undefined) byItem.add(line);
  }
  const stated = (line: string) => byItem.has(line) || said(line);
  return { functional: split(functional, stated), nonFunctional: split(nonFunctional, stated) };
}

type RequirementKind = 'functional' | 'non_functional';
/**
 * "Functional:", "FRs:", "Non-functional requirements:", "NFR:" at the start
 * of a line; or with a dash or "=" instead of the colon ("Functional - shorten
 * ..."); or alone on its line, as a heading ("Functional requirements",
 * "**NFRs**"). Anything else after the label ("Functional programming ...")
 * is no label.
 */
const LABEL = /^\s*\**\s*(?:(non[-\s]?functional|nfrs?)|(functional|frs?))(?:\s+req(?:uirement)?s?)?\s*\**(\s*:|\s+[-–—=]+(?=\s)|\s*\.?\s*$)/i;
/** Where a label's items start: after its colon, or its spaced dash or "=" (not the hyphen of "non-functional"). */
const isLabelEnd = (t: PassageToken) => t.text === ':' || (/^[-–—=]+$/.test(t.text) && t.spaced);
const isItemBreak = (t: PassageToken) => /^[,;|•+]$/.test(t.text) || (t.text === '/' && t.spaced) || t.pos === 'CCONJ';

/**
 * The items of requirement lists under a label, each with the words it
 * affirms: "Functional: shorten a long URL, redirect on GET, optional custom
 * alias and expiry" is four requirements, each stated in a few words. A label
 * alone on its line ("Non-functional:") heads the lines after it in its step.
 */
function labelledItems(passages: readonly Passage[]): { kind: RequirementKind; words: Set<string> }[] {
  const items: { kind: RequirementKind; words: Set<string> }[] = [];
  let heading: { stepId: string; kind: RequirementKind } | undefined;
  for (const p of passages) {
    if (heading && heading.stepId !== p.stepId) heading = undefined;
    const label = LABEL.exec(p.text);
    const kind: RequirementKind | undefined = label ? (label[1] ? 'non_functional' : 'functional') : heading?.kind;
    if (!kind) continue;
    // A label alone on its line has no items of its own.
    const body = label && label[3]!.replace(/[\s.]/g, '') === '' ? [] : p.tokens.slice((label ? p.tokens.findIndex(isLabelEnd) : -1) + 1);
    if (label && !body.some((t) => /[\p{L}\p{N}]/u.test(t.text))) {
      heading = { stepId: p.stepId, kind };
      continue;
    }
    const constraints = constraintClauses(p);
    let item: PassageToken[] = [];
    for (const t of [...body, undefined]) {
      if (t && !isItemBreak(t)) {
        if (!t.turnedDown && (!t.rejected || constraints.has(t.clause))) item.push(t);
        continue;
      }
      const words = new Set(distinctiveWords(item.map((w) => w.text).join(' ')).map(looseKey));
      if (words.size > 0) items.push({ kind, words });
      item = [];
    }
  }
  return items;
}

/** Word keys compared loosely between a terse item and a reference line: "availability" ~ "available", "expiry" ~ "expired", "shorten" ~ "short". */
const looseKey = (key: string) => key.replace(/ability$/, 'abl').replace(/(?:en|y|e)$/, '');

/**
 * The reference line an item states: the one sharing most of its words, the
 * first on a tie, when it shares two of them, or every word of a one-word
 * item ("expiry"). One item states one line.
 */
function bestLine(words: ReadonlySet<string>, lines: readonly string[]): string | undefined {
  let best: { line: string; hits: number } | undefined;
  for (const line of lines) {
    for (const variant of [line, line.replace(/\([^)]*\)/g, ' ')]) {
      const want = new Set(distinctiveWords(variant).map(looseKey));
      const hits = [...words].filter((w) => want.has(w)).length;
      if (hits >= Math.min(2, words.size, wordsNeeded(want.size)) && hits > (best?.hits ?? 0)) best = { line, hits };
    }
  }
  return best?.line;
}

const ENDPOINT = /\b(GET|POST|PUT|PATCH|DELETE|WS|WSS)\s+(\/[^\s,;)]*)/gi;

/** The resource words of a path: `/api/v1/users/{id}/follow` -> user, follow. */
function resourceWords(path: string): string[] {
  return path
    .split(/[/?&=]/)
    .filter((s) => s.length > 0 && !/^(?:api|v\d+|\{.*\}|:.*|\d+)$/i.test(s))
    .flatMap((s) => s.split(/[-_.]/))
    .filter((s) => /^[a-z]{2,}$/i.test(s))
    .map(wordKey);
}

export function endpointCoverage(problem: Problem, notes: string): Coverage {
  const written = [...notes.matchAll(ENDPOINT)].map((m) => ({ method: m[1]!.toUpperCase().replace('WSS', 'WS'), words: new Set(resourceWords(m[2]!)) }));
  return split(
    problem.apis.map((a) => `${a.method} ${a.path}`),
    (line) => {
      const [method, path] = line.split(' ') as [string, string];
      const want = resourceWords(path);
      // A path of parameters only ("GET /{code}") matches another such path with the same method.
      if (want.length === 0) return written.some((w) => w.method === method && w.words.size === 0);
      return written.some((w) => w.method === method && want.some((r) => w.words.has(r)));
    },
  );
}

/** "HomeTimeline" -> "Home Timeline", so entity names compare word by word. */
const spaced = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]/g, ' ');

/**
 * A name followed by its fields, as schemas are written: a bracket or a colon
 * holding a snake_case field or a camelCase id or time ("Tweet(tweet_id,
 * ...)", "Follow { followerId, ... }", "Like: user_id, post_id").
 */
const WITH_FIELDS = /[\p{L}\d]\s*[({:][^)}]*?\b(?:[a-z]+_[a-z_]+|[a-z]+(?:Id|At))\b/u;

const isItemEnd = (t: PassageToken) => /^[,;|•+]$/.test(t.text) || (t.text === '/' && t.spaced) || t.pos === 'CCONJ';

/**
 * The entities a list names, item by item: an item names one when it holds
 * every word of the entity's name ("home timelines", "user_tweets", "Follow
 * table"; an aside in brackets is not needed), the longest such name only
 * ("user_tweets" is not Tweet as well). An item that shares one word with a
 * longer name ("Redis cache" with Feed Cache, "partition key" with Unused
 * Key, "event history" with Location History) names nothing. A one-word name
 * is still named by an item that holds it ("user service" names User).
 */
function listedEntities(passage: Passage, entities: readonly string[]): Set<string> {
  const items: PassageToken[][] = [[]];
  for (const t of passage.tokens) {
    if (isItemEnd(t)) items.push([]);
    else if (/[\p{L}\p{N}]/u.test(t.text) && t.pos !== 'DET' && !t.turnedDown && !t.rejected) items[items.length - 1]!.push(t);
  }
  const found = new Set<string>();
  for (const words of items) {
    if (words.length === 0) continue;
    const keys = tokenKeys(words);
    const matches = entities
      .map((entity) => ({ entity, name: (spaced(entity).replace(/\([^)]*\)/g, ' ').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(wordKey) }))
      .filter(({ name }) => name.length > 0 && (name.every((w) => keys.has(w)) || keys.has(wordKey(name.join('')))));
    // "user_tweets" names User Tweets, not Tweet as well.
    const longest = Math.max(0, ...matches.map((m) => m.name.length));
    for (const m of matches) if (m.name.length === longest) found.add(m.entity);
  }
  return found;
}

/**
 * Entities are named in sentences, and in lists where a data model is
 * written: a list of tables in the data-model step ("Tables: Tweet, User,
 * Follow", by their whole names, see listedEntities) or anywhere with its
 * fields ("Tweet(tweet_id, author_id, text)") names them. Elsewhere a list
 * of terms names nothing, and so does a run of terms typed one after another
 * in any step: a soup earns no entity.
 */
export function entityCoverage(problem: Problem, passages: readonly Passage[], inDataModel: (p: Passage) => boolean = () => false): Coverage {
  const entities = problem.data_model.map((e) => e.entity);
  const named = passages.map((p): ((entity: string) => boolean) => {
    if (p.run) return () => false;
    // A bare list, or a line whose words are all only listed (a line of fragments in an answer made of them, fragments.ts).
    const listLike = p.list || p.tokens.every((t) => t.listed || !/[\p{L}\p{N}]/u.test(t.text));
    if (listLike && inDataModel(p) && !WITH_FIELDS.test(p.text)) {
      const listed = listedEntities(p, entities);
      return (entity) => listed.has(entity);
    }
    const keys = inDataModel(p) || WITH_FIELDS.test(p.text) ? keysOf(p, true) : p.list ? undefined : keysOf(p);
    return (entity) => keys !== undefined && covers(keys, spaced(entity));
  });
  return split(
    problem.data_model.map((e) => e.entity),
    (entity) => named.some((names) => names(entity)),
  );
}
