import type { PassageToken } from './passages.js';
import { wordKey } from './words.js';

/**
 * Finding an expression ("fan-out on write", "pre-signed URL") in a passage.
 * An expression is compiled to word keys twice: with hyphens as spaces
 * ("fan out") and with hyphenated parts joined ("fanout"); a passage is read
 * the same two ways, so "fan-out", "fan out" and "fanout" all meet. "..." in
 * an expression lets up to four words sit in between ("fan ... out" finds
 * "fan the tweet out"). Articles are ignored on both sides.
 */

export interface CompiledExpression {
  readonly source: string;
  /** Alternative key sequences; `null` marks a gap of up to MAX_GAP words. */
  readonly forms: readonly (readonly (string | null)[])[];
}

const ARTICLES = new Set(['a', 'an', 'the']);
const MAX_GAP = 4;

export function compileExpression(source: string): CompiledExpression {
  const parts = source
    .toLowerCase()
    .split(/\s+/)
    .filter((p) => p.length > 0);
  const spaced: (string | null)[] = [];
  const joined: (string | null)[] = [];
  for (const part of parts) {
    if (part === '...' || part === '…') {
      spaced.push(null);
      joined.push(null);
      continue;
    }
    const pieces = part.split(/[-_/]+/).filter((p) => /[\p{L}\p{N}]/u.test(p));
    const words = pieces.map((p) => p.replace(/[^\p{L}\p{N}:.$%]+/gu, '')).filter((p) => p.length > 0 && !ARTICLES.has(p));
    spaced.push(...words.map(wordKey));
    if (words.length > 0) joined.push(wordKey(words.join('')));
  }
  const forms = [spaced];
  if (joined.join(' ') !== spaced.join(' ')) forms.push(joined);
  return { source, forms: forms.filter((f) => f.some((k) => k !== null)) };
}

/** One reading of a passage: word entries with the keys they answer to. */
interface Entry {
  readonly keys: ReadonlySet<string>;
  readonly rejected: boolean;
  /** Named in a list or bare comparison, not used. */
  readonly listed: boolean;
  /** Index of the first and last token it covers. */
  readonly from: number;
  readonly to: number;
}

/** Shorthand read as the words it stands for: word key -> the words, each as a key ("lb" -> load, balanc). */
export type Aliases = ReadonlyMap<string, readonly string[]>;

const isWord = (t: PassageToken) => /[\p{L}\p{N}]/u.test(t.text);
const keysOf = (...texts: string[]) => new Set(texts.map((t) => wordKey(t.replace(/[^\p{L}\p{N}:.$%]+/gu, ''))));

/**
 * The shorthand a token is, if any: its own letters ("celeb", "TL"), or
 * them without a plural s typed in lower case ("celebs", "TLs", "LBs"), never
 * a word in capitals that only ends in S ("TLS" is not timelines).
 */
function aliasOf(t: PassageToken, aliases: Aliases): readonly string[] | undefined {
  if (aliases.size === 0) return undefined;
  const exact = aliases.get(t.norm.replace(/[^\p{L}\p{N}]/gu, ''));
  if (exact) return exact;
  if (/[^s]s$/.test(t.text) && t.text.length > 2) return aliases.get(t.norm.slice(0, -1));
  return undefined;
}

/** The two readings of a passage: hyphens as spaces, and hyphenated words joined; shorthand reads as what it stands for. */
export function readings(tokens: readonly PassageToken[], aliases: Aliases = new Map()): Entry[][] {
  const spaced: Entry[] = [];
  const joined: Entry[] = [];
  tokens.forEach((t, i) => {
    if (!isWord(t) || ARTICLES.has(t.norm)) return;
    const keys = keysOf(t.norm, t.lemma);
    const expansion = aliasOf(t, aliases);
    if (expansion && expansion.length > 1) {
      // "LB" reads as two words, "load balancer", in the spaced reading.
      expansion.forEach((k, n) => spaced.push({ keys: n === 0 ? new Set([...keys, k]) : new Set([k]), rejected: t.rejected, listed: t.listed, from: i, to: i }));
      return;
    }
    if (expansion) keys.add(expansion[0]!);
    spaced.push({ keys, rejected: t.rejected, listed: t.listed, from: i, to: i });
  });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isWord(t) || ARTICLES.has(t.norm)) continue;
    // A run of words tied by hyphens or slashes with no space around them: "pre-signed", "fan-out", "read-heavy", "pub/sub", "k/v".
    let j = i;
    let norms = t.norm;
    let lemmaTail = t.lemma;
    while ((tokens[j + 1]?.text === '-' || tokens[j + 1]?.text === '/') && !tokens[j + 1]!.spaced && tokens[j + 2] && isWord(tokens[j + 2]!) && !tokens[j + 2]!.spaced) {
      norms += tokens[j + 2]!.norm;
      lemmaTail = norms.slice(0, norms.length - tokens[j + 2]!.norm.length) + tokens[j + 2]!.lemma;
      j += 2;
    }
    const covered = tokens.slice(i, j + 1);
    const keys = keysOf(norms, lemmaTail, t.lemma);
    const expansion = j > i ? aliases.get(norms.replace(/[^\p{L}\p{N}]/gu, '')) : aliasOf(t, aliases);
    if (expansion) keys.add(wordKey(expansion.join('')));
    joined.push({ keys, rejected: covered.some((c) => c.rejected), listed: covered.some((c) => c.listed), from: i, to: j });
    i = j;
  }
  return [spaced, joined];
}

export interface Found {
  readonly from: number;
  readonly to: number;
}

/** Where a compiled form occurs in a reading, affirmed (no word of it rejected); undefined if nowhere. */
function findForm(form: readonly (string | null)[], entries: readonly Entry[]): Found | undefined {
  const step = (fi: number, ei: number, start: number): Found | undefined => {
    if (fi === form.length) return { from: entries[start]!.from, to: entries[ei - 1]!.to };
    const want = form[fi];
    if (want === null) {
      for (let gap = 0; gap <= MAX_GAP && ei + gap <= entries.length; gap++) {
        const found = step(fi + 1, ei + gap, start);
        if (found) return found;
      }
      return undefined;
    }
    const entry = entries[ei];
    if (!entry || entry.rejected || entry.listed || !entry.keys.has(want!)) return undefined;
    return step(fi + 1, ei + 1, start);
  };
  for (let start = 0; start < entries.length; start++) {
    if (form[0] === null) continue;
    const found = step(0, start, start);
    if (found) return found;
  }
  return undefined;
}

/** The first affirmed occurrence of any of the expressions in the passage's readings. */
export function findExpression(expressions: readonly CompiledExpression[], passageReadings: readonly Entry[][]): { expression: string; at: Found } | undefined {
  for (const expression of expressions) {
    for (const form of expression.forms) {
      for (const reading of passageReadings) {
        const at = findForm(form, reading);
        if (at) return { expression: expression.source, at };
      }
    }
  }
  return undefined;
}

export type Reading = Entry[];
