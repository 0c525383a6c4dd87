import type { Conventions } from '../conventions.js';
import { runEstimate } from '../estimate/engine.js';
import type { EstimateReport } from '../estimate/types.js';
import { HldError } from '../errors.js';
import type { PriceTable } from '../prices/schema.js';
import type { Problem } from '../problem/schema.js';
import { formatQuantity } from '../units/format.js';
import type { Passage } from './passages.js';
import { withoutOverheads } from './overheads.js';
import { bindNumbers, quantitiesOf, type BoundNumber } from './quantities.js';

/**
 * The notes' numbers and the estimate they are checked against. A number
 * bound to one of the problem's assumptions ("let's say 100 M new URLs a
 * month") is the candidate's own assumption: their arithmetic is checked at
 * it, as an interviewer would, when it is within 10x of the session's value.
 * Further off, the assumption itself is the problem, so the session's value
 * stays and the report says why. The first statement of an assumption in
 * the requirements or estimation steps counts.
 */

/** An assumption the candidate stated further than this factor from the session's is not used. */
export const ASSUMPTION_RANGE = 10;

export interface StatedAssumption {
  readonly key: string;
  readonly label: string;
  /** As written. */
  readonly wrote: string;
  /** Their value and the session's, formatted. */
  readonly theirs: string;
  readonly session: string;
  /** Whether numbers are checked at it. */
  readonly used: boolean;
}

export interface Figures {
  readonly numbers: readonly BoundNumber[];
  readonly stated: readonly StatedAssumption[];
  /** The engine at the session's assumptions with the used stated ones over them (the session's if none). */
  readonly estimate?: EstimateReport;
  /** The same without replicas and overheads, for numbers said to be raw (see overheads.ts). */
  readonly withoutOverheads?: EstimateReport;
}

export interface FigureOptions {
  /** Only statements in steps where assumptions are made (requirements, estimation) count as assumptions. */
  readonly assumesIn: (passage: Passage) => boolean;
  readonly overrides: Readonly<Record<string, string>>;
  readonly conventions: Conventions;
  readonly prices?: PriceTable;
}

export function readFigures(passages: readonly Passage[], problem: Problem, session: EstimateReport | undefined, options: FigureOptions): Figures {
  if (!session) return { numbers: [], stated: [] };
  const bare = (over: Readonly<Record<string, string>>) => withoutOverheads(problem, over, options.conventions, options.prices);
  const sessionBare = bare(options.overrides);
  const numbers = bindNumbers(passages, quantitiesOf(session, sessionBare), options.conventions);
  const stated: StatedAssumption[] = [];
  const overrides: Record<string, string> = {};
  for (const b of numbers) {
    // In "500M x 12 months x 5 years" only the last number of a quantity is the assumption; 12 months is a conversion.
    if (!b.quantity.assumption || !b.last || !b.named || !options.assumesIn(b.passage) || stated.some((s) => s.key === b.quantity.key)) continue;
    const ratio = b.value / b.quantity.value;
    const used = ratio >= 1 / ASSUMPTION_RANGE && ratio <= ASSUMPTION_RANGE;
    stated.push({
      key: b.quantity.key,
      label: b.quantity.label,
      wrote: b.mention.text,
      theirs: formatQuantity(b.value, b.quantity.unit, options.conventions),
      session: b.quantity.display,
      used,
    });
    if (used && Math.abs(ratio - 1) > 0.01) overrides[b.quantity.key] = String(b.value);
  }
  const asSession = { numbers, stated, estimate: session, ...(sessionBare ? { withoutOverheads: sessionBare } : {}) };
  if (Object.keys(overrides).length === 0) return asSession;
  try {
    const estimate = runEstimate(problem, { overrides: { ...options.overrides, ...overrides }, conventions: options.conventions, ...(options.prices ? { prices: options.prices } : {}) });
    const stripped = bare({ ...options.overrides, ...overrides });
    return { numbers, stated, estimate, ...(stripped ? { withoutOverheads: stripped } : {}) };
  } catch (error) {
    if (!(error instanceof HldError)) throw error;
    return { ...asSession, stated: stated.map((s) => ({ ...s, used: false })) };
  }
}
