import type { Problem } from '../problem/schema.js';
import { covers } from './overlap.js';
import type { Passage } from './passages.js';
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
  // Requirements are often negative ("messages must never be lost"): a negated word still states one; a turned-down one does not.
  const cache = withListed ? namedKeys : passageKeys;
  let keys = cache.get(passage);
  if (!keys) {
    const aliases = loadAliases();
    keys = new Set(
      passage.tokens
        .filter((t) => !t.turnedDown && (withListed || !t.listed) && /[\p{L}\p{N}]/u.test(t.text))
        .flatMap((t) => [wordKey(t.norm), wordKey(t.lemma), ...(aliases.get(t.norm) ?? (/[^s]s$/.test(t.text) ? aliases.get(t.norm.slice(0, -1)) : undefined) ?? [])]),
    );
    cache.set(passage, keys);
  }
  return keys;
}

function split(lines: readonly string[], found: (line: string) => boolean): Coverage {
  const hit = lines.filter(found);
  return { found: hit, missing: lines.filter((l) => !hit.includes(l)) };
}

/** Requirements are stated in lists as often as in sentences: in the requirements steps a list counts, elsewhere only statements do. */
export function requirementCoverage(problem: Problem, passages: readonly Passage[], inRequirements: (p: Passage) => boolean = () => false): { functional: Coverage; nonFunctional: Coverage } {
  const said = (line: string) => passages.some((p) => (inRequirements(p) ? covers(keysOf(p, true), line) : !p.list && covers(keysOf(p), line)));
  return {
    functional: split(problem.requirements.functional, said),
    nonFunctional: split(problem.requirements.non_functional, said),
  };
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

export function entityCoverage(problem: Problem, passages: readonly Passage[]): Coverage {
  return split(
    problem.data_model.map((e) => e.entity),
    (entity) => passages.some((p) => covers(keysOf(p), spaced(entity))),
  );
}
