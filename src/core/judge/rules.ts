import type { Conventions } from '../conventions.js';
import type { ComputedValue, EstimateReport } from '../estimate/types.js';
import type { KeyPoint } from '../problem/schema.js';
import type { StepPhase } from '../template/schema.js';
import type { CompiledGroup } from './concepts.js';
import { findExpression, readings, type Reading } from './match.js';
import { mentionAs, numberMentions } from './numbers.js';
import type { Passage } from './passages.js';

/**
 * One key point judged against the candidate's passages. A window is one
 * sentence or two neighbouring sentences of the same step; a window earns the
 * point when it affirms an expression of every concept group and, where the
 * point asks for it, gives a reason or a number within 3x of the engine's.
 * When nothing earns it, the verdict says what came closest and why it fell
 * short, so "missed" never contradicts what the candidate wrote.
 */

export interface NumberCheck {
  /** As the candidate wrote it: "3,500 writes/s". */
  readonly wrote: string;
  readonly estimateKey: string;
  readonly label: string;
  /** The engine's value at the session's assumptions, formatted: "3.47 K/s". */
  readonly expected: string;
  /** Written / expected. */
  readonly ratio: number;
  /** Within 3x either way. */
  readonly close: boolean;
}

export type MissReason = 'not_found' | 'partial' | 'list_only' | 'rejected' | 'no_reason' | 'no_number' | 'number_off' | 'wrong_step';

export interface Evidence {
  readonly stepId: string;
  /** The sentence or two that earned (or nearly earned) the point, as written. */
  readonly sentences: readonly string[];
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
}

export interface RuleContext {
  readonly passages: readonly Passage[];
  readonly phaseOf: (stepId: string) => StepPhase | undefined;
  /** The engine at the session's assumptions; without it no number can be checked. */
  readonly estimate?: EstimateReport;
  readonly conventions: Conventions;
}

/** Within this factor either way a number counts as right for a back-of-the-envelope estimate. */
export const NUMBER_TOLERANCE = 3;

type Window = readonly Passage[];

const affirmedReadings = new WeakMap<Passage, Reading[]>();
const anyReadings = new WeakMap<Passage, Reading[]>();

function readingsOf(passage: Passage, ignoreRejection: boolean): Reading[] {
  const cache = ignoreRejection ? anyReadings : affirmedReadings;
  let found = cache.get(passage);
  if (!found) {
    found = readings(ignoreRejection ? passage.tokens.map((t) => ({ ...t, rejected: false })) : passage.tokens);
    cache.set(passage, found);
  }
  return found;
}

/** Every window: each sentence alone first, then each sentence with the next one in the same step. */
export function windowsOf(passages: readonly Passage[], includeLists = false): Window[] {
  const usable = (p: Passage) => includeLists || !p.list;
  const singles: Window[] = passages.filter((p) => usable(p) && (includeLists || !p.heading)).map((p) => [p]);
  const pairs: Window[] = [];
  passages.forEach((p, i) => {
    const next = passages[i + 1];
    if (!next || next.stepId !== p.stepId || next.index !== p.index + 1) return;
    if ((usable(p) || p.heading) && usable(next)) pairs.push([p, next]);
  });
  return [...singles, ...pairs];
}

function groupsIn(window: Window, groups: readonly CompiledGroup[], ignoreRejection: boolean): boolean[] {
  return groups.map((g) => window.some((p) => findExpression(g.expressions, readingsOf(p, ignoreRejection || g.eitherWay)) !== undefined));
}

const evidenceOf = (window: Window): Evidence => ({ stepId: window[0]!.stepId, sentences: window.map((p) => p.text) });

/** The mention in `text` closest to one of `keys`' values, if any can be read in that estimate's unit. */
export function bestNumber(text: string, keys: readonly string[], context: RuleContext): NumberCheck | undefined {
  if (!context.estimate) return undefined;
  let best: NumberCheck | undefined;
  for (const mention of numberMentions(text)) {
    for (const key of keys) {
      const entry = context.estimate.get(key) as ComputedValue | undefined;
      if (!entry || !(entry.value > 0)) continue;
      const written = mentionAs(mention, entry.unit, context.conventions);
      if (written === undefined) continue;
      const ratio = written / entry.value;
      const check = {
        wrote: mention.text,
        estimateKey: key,
        label: entry.label,
        expected: entry.display,
        ratio,
        close: ratio >= 1 / NUMBER_TOLERANCE && ratio <= NUMBER_TOLERANCE,
      };
      if (!best || Math.abs(Math.log(ratio)) < Math.abs(Math.log(best.ratio))) best = check;
    }
  }
  return best;
}

export function judgeRule(point: KeyPoint, groups: readonly CompiledGroup[], context: RuleContext): RuleVerdict {
  const inPhase = (p: Passage) => !point.phases || point.phases.includes(context.phaseOf(p.stepId) as StepPhase);
  const passages = context.passages.filter(inPhase);
  const names = groups.map((g) => g.name);
  const split = (hits: readonly boolean[]) => ({ found: names.filter((_, i) => hits[i]), missing: names.filter((_, i) => !hits[i]) });

  let closest: { window: Window; hits: boolean[] } | undefined;
  let shortOf: RuleVerdict | undefined;
  for (const window of windowsOf(passages)) {
    const hits = groupsIn(window, groups, false);
    const count = hits.filter(Boolean).length;
    if (count < groups.length) {
      if (count > 0 && (!closest || count > closest.hits.filter(Boolean).length)) closest = { window, hits };
      continue;
    }
    const all = split(hits);
    if (point.needs === 'reasoning' && !window.some((p) => p.reasoning)) {
      shortOf ??= { earned: false, evidence: evidenceOf(window), ...all, miss: 'no_reason' };
      continue;
    }
    if (point.needs === 'number') {
      const number = bestNumber(window.map((p) => p.text).join(' '), point.estimates ?? [], context);
      if (!number) {
        shortOf ??= { earned: false, evidence: evidenceOf(window), ...all, miss: 'no_number' };
        continue;
      }
      if (!number.close) {
        if (!shortOf || shortOf.miss !== 'number_off') shortOf = { earned: false, evidence: evidenceOf(window), number, ...all, miss: 'number_off' };
        continue;
      }
      return { earned: true, evidence: evidenceOf(window), number, ...all };
    }
    return { earned: true, evidence: evidenceOf(window), ...all };
  }
  if (shortOf) return shortOf;

  const everything = (ws: Window[], ignoreRejection: boolean) => ws.find((w) => groupsIn(w, groups, ignoreRejection).every(Boolean));
  const listed = everything(windowsOf(passages, true).filter((w) => w.some((p) => p.list)), false);
  if (listed) return { earned: false, evidence: evidenceOf(listed), found: names, missing: [], miss: 'list_only' };
  const rejected = everything(windowsOf(passages, true), true);
  if (rejected) return { earned: false, evidence: evidenceOf(rejected), found: names, missing: [], miss: 'rejected' };
  if (point.phases) {
    const elsewhere = everything(windowsOf(context.passages), false);
    if (elsewhere) return { earned: false, evidence: evidenceOf(elsewhere), found: names, missing: [], miss: 'wrong_step' };
  }
  if (closest) return { earned: false, evidence: evidenceOf(closest.window), ...split(closest.hits), miss: 'partial' };
  return { earned: false, found: [], missing: names, miss: 'not_found' };
}
