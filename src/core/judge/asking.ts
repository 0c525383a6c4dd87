import type { Token } from './nlp.js';

/**
 * A sentence that asks or instructs instead of stating: a question ("Where
 * does the cache sit, and what happens on a miss?") or an instruction to
 * oneself ("Think about what an id could carry", "Say how a backlog is
 * noticed", "Compare feed loads with posts, and say which path to favour").
 * These are what a mock's hints look like; copied into the notes they state
 * no design decision, so they earn nothing and are no content for pacing.
 *
 * An imperative that decides ("Use Redis for timelines", "Shard by tweet id",
 * "Say 100M DAU") is a statement and stays: only verbs of thinking, saying and
 * working out count as instructions to oneself, or any verb whose object is an
 * open question ("Separate where the files are kept ...").
 */

/** Verbs a hint uses to set the candidate a task rather than to state a design. */
const SELF_VERBS = new Set(['think', 'say', 'name', 'weigh', 'compare', 'count', 'multiply', 'ask', 'imagine', 'picture', 'wonder', 'explain', 'describe', 'mention', 'remember', 'recall']);
const QUESTION_WORDS = new Set(['what', 'which', 'where', 'when', 'how', 'why', 'who', 'whom', 'whose', 'whether']);
/** Marks a line may open with before its first word. */
const isMark = (t: Token) => !/[\p{L}\p{N}]/u.test(t.text);
const CLOSERS = new Set([')', ']', '"', "'", '”', '’', '.', '!']);

function isQuestion(tokens: readonly Token[]): boolean {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!.text;
    if (t === '?') return true;
    if (!CLOSERS.has(t)) return false;
  }
  return false;
}

/** "Say how", "Think about": a self-directed verb opening the sentence, followed by words rather than a label's colon or a number ("Say 100M DAU"). */
function opensWithInstruction(tokens: readonly Token[]): boolean {
  const start = tokens.findIndex((t) => !isMark(t));
  if (start < 0) return false;
  const first = tokens[start]!;
  const next = tokens[start + 1];
  if (!next || !/^\p{L}/u.test(next.text)) return false;
  // The tagger often reads a sentence's first imperative as a name: go by the word, in its base form.
  if (SELF_VERBS.has(first.norm)) return true;
  if (first.norm !== first.lemma || first.pos === 'PRON' || first.pos === 'DET' || first.pos === 'AUX') return false;
  // "Separate where ...", "Decide which ...": any verb whose object is an open question.
  if (QUESTION_WORDS.has(next.norm)) return true;
  // "Put a number on it and say what ...", "Pick the store, thinking about ...": a later task in the same sentence.
  return tokens.some((t, i) => i > start + 1 && t.pos === 'VERB' && SELF_VERBS.has(t.lemma) && /^(?:and|then|,|;)$/.test(tokens[i - 1]!.norm));
}

export function asksOrInstructs(tokens: readonly Token[]): boolean {
  return isQuestion(tokens) || opensWithInstruction(tokens);
}
