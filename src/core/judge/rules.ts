import type { Conventions } from '../conventions.js';
import type { EstimateReport } from '../estimate/types.js';
import type { KeyPoint } from '../problem/schema.js';
import type { StepPhase } from '../template/schema.js';
import type { CompiledGroup } from './concepts.js';
import { compileExpression, findExpression, readings, type Aliases, type CompiledExpression, type Reading } from './match.js';
import { numberCheck, type NumberCheck } from './number-check.js';
import { sentenceText, type Passage, type PassageToken } from './passages.js';
import type { BoundNumber } from './quantities.js';
import { wordKey } from './words.js';

export type { NumberCheck } from './number-check.js';
export { NUMBER_TOLERANCE } from './number-check.js';

/**
 * One key point judged against the candidate's passages. A window is one
 * sentence, or two in a row of the same step where the second carries on the
 * first (same line or paragraph, or it refers back or shares a word). A window earns the
 * point when it affirms an expression of every concept group (not negated,
 * not turned down, not only named in a list) and, where the point asks for
 * it, gives a concrete reason or a number of the right quantity within 3x of
 * the engine's value at the candidate's assumptions.
 *
 * A window never earns from a sentence that restates the problem's own
 * requirements (only requirement points can be earned that way), and a
 * statement that contradicts the point (`contradicts`, "MD5 never
 * collides") anywhere in the notes voids it: the report shows it as a wrong
 * claim. Every earning window is kept with the words it used, so the report
 * can hold one statement to one point unless it says something distinct for
 * each (allocate.ts). When nothing earns it, the verdict says what came
 * closest and why it fell short, so "missed" never contradicts the notes.
 */

export type MissReason =
  | 'not_found'
  | 'partial'
  | 'list_only'
  | 'rejected'
  | 'no_reason'
  | 'no_number'
  | 'number_off'
  | 'wrong_step'
  | 'restated'
  | 'contradicted'
  | 'shared';

export interface Evidence {
  readonly stepId: string;
  /** The sentence or two that earned (or nearly earned) the point, as written. */
  readonly sentences: readonly string[];
  /** It names less than half of the point: quoted to show where, not as a near miss. */
  readonly partOnly?: boolean;
}

/** Words of a passage a match used: one stretch of tokens. */
export interface Span {
  readonly passage: Passage;
  readonly from: number;
  readonly to: number;
  /** The expression found there, as the rule writes it. */
  readonly expression: string;
}

/** One window that earns the point, with the words it used. */
export interface Match {
  readonly evidence: Evidence;
  readonly spans: readonly Span[];
  readonly number?: NumberCheck;
}

export interface RuleVerdict {
  readonly earned: boolean;
  /** The passage that earned the point, or the closest one for a miss (absent when nothing came close). */
  readonly evidence?: Evidence;
  readonly number?: NumberCheck;
  /** Names of the concept groups found together in the closest window, and those missing from it. */
  readonly found: readonly string[];
  readonly missing: readonly string[];
  readonly miss?: MissReason;
  /** Every window that earns the point, best first. */
  readonly matches?: readonly Match[];
  /** For `shared`: the key point that took the only statement that earned this one. */
  readonly sharedWith?: string;
  /** For `list_only`: the words were only listed because they stood in lines of fragments (fragments.ts), not in a list of terms. */
  readonly fragments?: boolean;
}

export interface RuleContext {
  readonly passages: readonly Passage[];
  readonly phaseOf: (stepId: string) => StepPhase | undefined;
  /** The engine at the candidate's assumptions (their stated ones over the session's); without it no number can be checked. */
  readonly estimate?: EstimateReport;
  /** The same without replicas and overheads, for numbers said to be raw (see overheads.ts). */
  readonly withoutOverheads?: EstimateReport;
  readonly conventions: Conventions;
  /** The notes' numbers, each bound to the quantity it names. */
  readonly numbers?: readonly BoundNumber[];
  readonly aliases?: Aliases;
  /** Passages that restate the problem's requirements or prompt: only requirement points can be earned from them. */
  readonly restated?: ReadonlySet<Passage>;
}

type Window = readonly Passage[];
/** How a passage is read: affirmed words only; negated ones too (for a problem the design avoids); listed ones too (to say a point was only listed); all. */
type Mode = 'affirmed' | 'eitherWay' | 'named' | 'any';

const readingCache = new WeakMap<Passage, Map<Mode, Reading[]>>();

function readingsOf(passage: Passage, mode: Mode, aliases: Aliases | undefined): Reading[] {
  let byMode = readingCache.get(passage);
  if (!byMode) readingCache.set(passage, (byMode = new Map()));
  let found = byMode.get(mode);
  if (!found) {
    const tokens =
      mode === 'affirmed'
        ? passage.tokens
        : passage.tokens.map((t) => ({ ...t, rejected: mode === 'named' ? t.rejected : false, listed: mode === 'eitherWay' ? t.listed : false }));
    found = readings(tokens, aliases);
    byMode.set(mode, found);
  }
  return found;
}

const isWord = (text: string) => /[\p{L}\p{N}]/u.test(text);
/** Words that only connect, so sharing them shows nothing. */
const CONNECTIVE = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'is', 'are', 'be', 'it', 'we', 'i', 'this', 'that', 'with', 'by', 'at', 'as'].map(wordKey));
const REFERS_BACK = new Set(['this', 'that', 'it', 'they', 'these', 'those', 'so', 'then', 'which', 'because', 'otherwise', 'hence', 'therefore', 'thus', 'instead']);

const carries = new WeakMap<Passage, WeakMap<Passage, boolean>>();
/** The second sentence carries on the first: same line or paragraph, or it refers back, or they share a word that is not a connective. */
export function carriesOn(first: Passage, second: Passage): boolean {
  let known = carries.get(first);
  if (!known) carries.set(first, (known = new WeakMap()));
  let answer = known.get(second);
  if (answer === undefined) known.set(second, (answer = readsOn(first, second)));
  return answer;
}

function readsOn(first: Passage, second: Passage): boolean {
  if (first.heading || first.block === second.block) return true;
  const opener = second.tokens.find((t) => isWord(t.text));
  if (opener && REFERS_BACK.has(opener.norm)) return true;
  const firstWords = new Set(first.tokens.filter((t) => isWord(t.text)).map((t) => wordKey(t.lemma)));
  return second.tokens.some((t) => isWord(t.text) && !CONNECTIVE.has(wordKey(t.lemma)) && firstWords.has(wordKey(t.lemma)));
}

/** Every window: each sentence alone first, then each sentence with the next one in the same step that carries it on. */
export function windowsOf(passages: readonly Passage[], includeLists = false): Window[] {
  const usable = (p: Passage) => includeLists || !p.list;
  const singles: Window[] = passages.filter((p) => usable(p) && (includeLists || !p.heading)).map((p) => [p]);
  const pairs: Window[] = [];
  passages.forEach((p, i) => {
    const next = passages[i + 1];
    if (!next || next.stepId !== p.stepId || next.index !== p.index + 1) return;
    if ((usable(p) || p.heading) && usable(next) && carriesOn(p, next)) pairs.push([p, next]);
  });
  return [...singles, ...pairs];
}

/** For each group, where the window states it (undefined where it does not). */
function groupsIn(window: Window, groups: readonly CompiledGroup[], mode: Mode, aliases: Aliases | undefined): (Span | undefined)[] {
  return groups.map((g) => {
    const groupMode: Mode = g.eitherWay ? (mode === 'affirmed' ? 'eitherWay' : mode === 'named' ? 'any' : mode) : mode;
    for (const passage of window) {
      const found = foundIn(passage, g, groupMode, aliases);
      if (found) return { passage, from: found.at.from, to: found.at.to, expression: found.expression };
    }
    return undefined;
  });
}

type Found = ReturnType<typeof findExpression>;
/** Where a group is found in a passage, remembered: every window and every fallback of every rule asks again. */
const foundCache = new WeakMap<Passage, Map<CompiledGroup, Map<Mode, Found>>>();
function foundIn(passage: Passage, group: CompiledGroup, mode: Mode, aliases: Aliases | undefined): Found {
  let byGroup = foundCache.get(passage);
  if (!byGroup) foundCache.set(passage, (byGroup = new Map()));
  let byMode = byGroup.get(group);
  if (!byMode) byGroup.set(group, (byMode = new Map()));
  if (byMode.has(mode)) return byMode.get(mode);
  const found = findExpression(group.expressions, readingsOf(passage, mode, aliases));
  byMode.set(mode, found);
  return found;
}

const evidenceOf = (window: Window): Evidence => ({ stepId: window[0]!.stepId, sentences: window.map((p) => p.text) });

const compiledContradictions = new WeakMap<KeyPoint, CompiledExpression[]>();
function contradictionsOf(point: KeyPoint): CompiledExpression[] {
  let found = compiledContradictions.get(point);
  if (!found) compiledContradictions.set(point, (found = (point.contradicts ?? []).map(compileExpression)));
  return found;
}

/** A passage that states the opposite of the point ("MD5 never collides", "301 keeps analytics accurate"), if any. */
export function contradiction(point: KeyPoint, passages: readonly Passage[], aliases?: Aliases, groups: readonly CompiledGroup[] = []): Passage | undefined {
  const expressions = contradictionsOf(point);
  if (expressions.length === 0) return undefined;
  // Negation is part of such a claim ("never collides"), so it is read with negated words; but the claim itself must be
  // made, not turned down ("rather than the phone clock"), and words only listed never claim anything.
  return passages.find((p) => {
    if (p.list) return false;
    const found = findExpression(expressions, readingsOf(p, 'eitherWay', aliases));
    return found !== undefined && !p.tokens[found.at.from]!.rejected && !statedApart(p, found.at, groups, aliases);
  });
}

/**
 * The point is stated whole in a statement of its own (a part of the sentence
 * set off by a semicolon), apart from the words that look like its opposite: a
 * design with two parts ("tweets partitioned by tweet_id; a second table by
 * author_id for profiles"), not a wrong claim. A clause joined by "but" or
 * "so" is not apart: it qualifies the point ("kept in a cache, but with a TTL
 * of zero").
 */
function statedApart(passage: Passage, at: { from: number; to: number }, groups: readonly CompiledGroup[], aliases: Aliases | undefined): boolean {
  if (groups.length === 0) return false;
  const parts: PassageToken[][] = [[]];
  for (const token of passage.tokens) {
    if (token.text === ';') parts.push([]);
    else parts[parts.length - 1]!.push(token);
  }
  const wrong = passage.tokens.slice(at.from, at.to + 1);
  return parts.some((tokens) => !tokens.some((t) => wrong.includes(t)) && groupsIn([{ ...passage, tokens }], groups, 'affirmed', aliases).every(Boolean));
}

/** The phases where a point of each dimension is made; any other design step is next best, the requirements and the wrap-up last. */
const HOME_PHASES: Readonly<Record<KeyPoint['dimension'], readonly StepPhase[]>> = {
  requirements: ['requirements'],
  estimation: ['estimation'],
  api_data: ['api', 'data'],
  architecture: ['architecture', 'data'],
  deep_dives: ['deep_dive', 'architecture'],
  failures: ['failures', 'deep_dive'],
};
const RESTATING: ReadonlySet<StepPhase> = new Set(['requirements', 'wrap_up']);
function placeRank(dimension: KeyPoint['dimension'], phase: StepPhase | undefined): number {
  if (phase && HOME_PHASES[dimension].includes(phase)) return 0;
  return phase && RESTATING.has(phase) ? 2 : 1;
}

/** Dimensions whose points are numbers: only they can be earned in the estimation steps. */
const SIZING: ReadonlySet<KeyPoint['dimension']> = new Set(['estimation', 'requirements']);

export function judgeRule(point: KeyPoint, groups: readonly CompiledGroup[], context: RuleContext): RuleVerdict {
  // A design decision is made where the design is made: "the timeline cache is about 2 GB" sizes a cache, it does not decide to precompute timelines.
  const inPhase = (p: Passage) =>
    point.phases ? point.phases.includes(context.phaseOf(p.stepId) as StepPhase) : SIZING.has(point.dimension) || context.phaseOf(p.stepId) !== 'estimation';
  const scoped = context.passages.filter(inPhase);
  const ownRequirement = point.dimension === 'requirements';
  const passages = scoped.filter((p) => ownRequirement || !context.restated?.has(p));
  const names = groups.map((g) => g.name);
  // What was found is named by the words the candidate wrote; what is missing by the rule's first words for it.
  const split = (hits: readonly (Span | undefined)[]) => ({ found: hits.flatMap((h) => (h ? [sentenceText(h.passage.tokens.slice(h.from, h.to + 1))] : [])), missing: names.filter((_, i) => !hits[i]) });
  const aliases = context.aliases;

  const wrong = contradiction(point, scoped, aliases, groups);
  if (wrong) return { earned: false, evidence: evidenceOf([wrong]), found: [], missing: [], miss: 'contradicted' };

  let closest: { window: Window; hits: (Span | undefined)[] } | undefined;
  let shortOf: RuleVerdict | undefined;
  const matches: Match[] = [];
  for (const window of windowsOf(passages)) {
    const hits = groupsIn(window, groups, 'affirmed', aliases);
    const count = hits.filter(Boolean).length;
    if (count < groups.length) {
      if (count > 0 && (!closest || count > closest.hits.filter(Boolean).length)) closest = { window, hits };
      continue;
    }
    const spans = hits as Span[];
    const all = split(hits);
    if (point.needs === 'reasoning' && !window.some((p) => p.reasoning)) {
      shortOf ??= { earned: false, evidence: evidenceOf(window), ...all, miss: 'no_reason' };
      continue;
    }
    if (point.needs === 'number') {
      const number = numberCheck(point, window, context);
      if (!number) {
        if (!shortOf || shortOf.miss === 'no_reason') shortOf = { earned: false, evidence: evidenceOf(window), ...all, miss: 'no_number' };
        continue;
      }
      if (!number.close) {
        if (!shortOf || shortOf.miss !== 'number_off') shortOf = { earned: false, evidence: evidenceOf(window), number, ...all, miss: 'number_off' };
        continue;
      }
      matches.push({ evidence: evidenceOf(window), spans, number });
      continue;
    }
    matches.push({ evidence: evidenceOf(window), spans });
  }
  if (matches.length > 0) {
    // The quote a candidate sees is the statement where the point is made: in its own step before a restated requirement or the summary.
    const fit = (m: Match) => placeRank(point.dimension, context.phaseOf(m.evidence.stepId));
    matches.sort((a, b) => fit(a) - fit(b));
    const first = matches[0]!;
    return { earned: true, evidence: first.evidence, ...(first.number ? { number: first.number } : {}), found: names, missing: [], matches };
  }
  if (shortOf) return shortOf;

  const everything = (ws: Window[], mode: Mode) => ws.find((w) => groupsIn(w, groups, mode, aliases).every(Boolean));
  const listed = everything(windowsOf(scoped, true).filter((w) => w.some((p) => p.list || p.tokens.some((t) => t.listed))), 'named');
  if (listed) return { earned: false, evidence: evidenceOf(listed), found: names, missing: [], miss: 'list_only', ...(listed.every((p) => p.fragments) ? { fragments: true } : {}) };
  const restated = !ownRequirement && context.restated?.size ? everything(windowsOf(scoped.filter((p) => context.restated!.has(p))), 'affirmed') : undefined;
  if (restated) return { earned: false, evidence: evidenceOf(restated), found: names, missing: [], miss: 'restated' };
  const rejected = everything(windowsOf(scoped, true), 'any');
  if (rejected) return { earned: false, evidence: evidenceOf(rejected), found: names, missing: [], miss: 'rejected' };
  const elsewhere = everything(windowsOf(context.passages.filter((p) => !inPhase(p))), 'affirmed');
  if (elsewhere) return { earned: false, evidence: evidenceOf(elsewhere), found: names, missing: [], miss: 'wrong_step' };
  // The closest window is a near miss when it holds at least half of what the point needs; with less it is only where a part was named, and says so.
  if (closest && closest.hits.filter(Boolean).length * 2 >= groups.length) return { earned: false, evidence: evidenceOf(closest.window), ...split(closest.hits), miss: 'partial' };
  if (closest) return { earned: false, evidence: { ...evidenceOf(closest.window), partOnly: true }, ...split(closest.hits), miss: 'partial' };
  return { earned: false, found: [], missing: names, miss: 'not_found' };
}
