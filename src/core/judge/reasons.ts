import { clausesOf, isClauseBreak } from './clauses.js';
import type { Token } from './nlp.js';
import { wordKey } from './words.js';

/**
 * Whether a sentence gives a reason: a cue ("because", "so that", "whereas",
 * "instead of", "at the cost of", "->", ...) followed, in its clause, by
 * something concrete: a word that names a thing, an action or a number of
 * the design ("so every click reaches us", "because hashing needs collision
 * retries", "-> 50M writes per tweet"). A reason made only of qualities any
 * system wants is filler and does not count: "so it scales", "so the system
 * recovers", "so that it is sized correctly", "for high availability".
 * "X vs Y" on its own names a comparison without weighing it, so it is no cue.
 */

const keys = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map(wordKey));

/** Cues whose reason is the rest of their clause. */
const CUES: readonly (readonly string[])[] = [
  ['because'],
  ['since'],
  ['so'],
  ['therefore'],
  ['thus'],
  ['hence'],
  ['otherwise'],
  ['whereas'],
  ['but'],
  ['though'],
  ['although'],
  ['unless'],
  ['if'],
  ['would'],
  ['instead', 'of'],
  ['rather', 'than'],
  ['at', 'the', 'cost', 'of'],
  ['at', 'the', 'expense', 'of'],
  ['which', 'mean'],
  ['mean'],
  ['meaning'],
  ['in', 'order', 'to'],
  ['avoid'],
  ['prevent'],
  ['trade', 'off'],
  ['tradeoff'],
  ['downside'],
  ['drawback'],
  ['cost'],
  ['cause'],
  ['due', 'to'],
].map((cue) => cue.map(wordKey));

/** Qualities every design claims; a reason made only of these (and function words) says nothing. */
const FILLER = keys(`
  system systems design architecture service services data layer platform app application it everything anything things thing stuff
  scale scalable scalability scaling scales fast faster fastest quick quickly speed robust robustness clean reliable reliability
  available availability highly high low latency throughput performance performant efficient efficiency good better best great
  correct correctly properly proper right handle load loads traffic work works well size sized sizing recover recovers recovery
  resilient resilience simple simpler easy easier option options choice thing requirement requirements need needs cap theorem
  stay stays keep keeps make makes be is are was were become becomes get gets secure security maintainable flexible flexibility
  optimal optimize optimise modern standard industry practice practices approach solution world class world-class user users
  experience smooth seamless strong independent independently consistent consistency durable durability fault tolerant tolerance
  future proof future-proof growth grow grows demand demands job purpose purposes reason reasons sense way ways sort kind lot lots
  issue issues problem problems concern concerns case cases benefit benefits advantage advantages sure ensure guarantee guarantees
  world global globally massive huge big large small any every all api apis rest endpoint endpoints interface
`);
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
const isWord = (t: Token) => /[\p{L}\p{N}]/u.test(t.text);

/** A stretch names something concrete: a number, or a content word that is not filler. */
export function isConcrete(tokens: readonly Token[]): boolean {
  return tokens.some((t) => isWord(t) && (/\d/.test(t.text) || (CONTENT_POS.has(t.pos) && !FILLER.has(wordKey(t.lemma)) && !FILLER.has(wordKey(t.norm)))));
}

const isArrow = (tokens: readonly Token[], i: number) => tokens[i]!.text === '>' && (tokens[i - 1]?.text === '-' || tokens[i - 1]?.text === '=');

/** Where each reason cue starts and the stretch it gives, up to the end of its clause. */
/**
 * An arrow gives a consequence ("stalls the queue -> hybrid fan-out") when
 * what stands before it says something (a verb or a number), the line is not
 * a request flow (three arrows or more: "browser -> CDN -> service -> cache")
 * and does not start with an HTTP method ("GET /{code} -> 301").
 */
function arrowsReason(tokens: readonly Token[]): boolean {
  const arrows = tokens.filter((t, i) => isArrow(tokens, i) || t.text === '→' || t.text === '⇒').length;
  const opener = tokens.find(isWord);
  return arrows > 0 && arrows < 3 && !(opener && /^(?:GET|POST|PUT|PATCH|DELETE|WS)$/.test(opener.text));
}

/** What stands before the arrow, back to the previous arrow, says something: a verb, a number, or three words or more (the tagger misses verbs in notes). */
function saysSomething(tokens: readonly Token[], before: number): boolean {
  let from = before - 2;
  while (from >= 0 && !isArrow(tokens, from)) from--;
  const stretch = tokens.slice(from + 1, before - 1);
  return stretch.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || /\d/.test(t.text)) || stretch.filter(isWord).length >= 3;
}

export function reasonSpans(tokens: readonly Token[]): { cue: number; from: number; to: number }[] {
  const spans: { cue: number; from: number; to: number }[] = [];
  const clauses = clausesOf(tokens);
  const clauseEnd = (i: number) => clauses.find(([f, t]) => i >= f && i < t)?.[1] ?? tokens.length;
  const arrows = arrowsReason(tokens);
  for (let i = 0; i < tokens.length; i++) {
    if (isArrow(tokens, i) || tokens[i]!.text === '→' || tokens[i]!.text === '⇒') {
      if (!arrows || !saysSomething(tokens, i)) continue;
      // "a -> b": what follows the arrow, up to the next break.
      let to = i + 1;
      while (to < tokens.length && !isClauseBreak(tokens, to)) to++;
      spans.push({ cue: i, from: i + 1, to });
      continue;
    }
    for (const cue of CUES) {
      if (!cue.every((w, j) => tokens[i + j] !== undefined && (wordKey(tokens[i + j]!.lemma) === w || wordKey(tokens[i + j]!.norm) === w))) continue;
      const from = i + cue.length;
      spans.push({ cue: i, from, to: Math.max(from, clauseEnd(i)) });
      break;
    }
    // A choice weighed: "AP over C - stale timelines are fine" gives, after the two sides, what the choice costs or buys.
    if (tokens[i]!.norm === 'over' && tokens.slice(0, i).some(isWord) && !tokens.slice(0, i).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) {
      let after = i + 2;
      while (after < tokens.length && !isClauseBreak(tokens, after)) after++;
      if (after < tokens.length) spans.push({ cue: i, from: after + 1, to: tokens.length });
    }
    // A comparison: "cheaper than", "more often than", "fewer round trips than".
    if (tokens[i]!.norm === 'than' && i > 0 && /(?:er|more|less|fewer)$/.test(tokens[i - 1]!.norm)) spans.push({ cue: i - 1, from: i - 1, to: clauseEnd(i) });
  }
  return spans;
}

/** The sentence gives at least one concrete reason. */
export function givesReason(tokens: readonly Token[]): boolean {
  return reasonSpans(tokens).some((s) => isConcrete(tokens.slice(s.from, s.to)));
}
