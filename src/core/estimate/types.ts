import type { Conventions } from '../conventions.js';
import type { Distribution } from './range.js';

/** A value typed as `low to high`: a 90% interval, in the value's unit. */
export interface InputRange {
  readonly low: number;
  readonly high: number;
  /** Log-normal when both ends are above zero, otherwise normal (see range.ts). */
  readonly distribution: Distribution;
}

/**
 * Where a value lands over the samples when some input is a range: its 5th,
 * 50th and 95th percentiles, in its unit, with their displays.
 */
export interface Spread {
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
  readonly display: { readonly p5: string; readonly p50: string; readonly p95: string };
}

/**
 * How much one ranged input moves a value on its own: the value with that
 * input at its P5 and at its P95, every other input at its median.
 */
export interface Driver {
  /** The ranged input: an assumption, `price_*` or `limit_*` key. */
  readonly key: string;
  readonly atLow: number;
  readonly atHigh: number;
  readonly display: { readonly atLow: string; readonly atHigh: string };
  /** |atHigh - atLow|, in the value's unit. */
  readonly swing: number;
  /** This swing over the largest swing any input gives this value (1 for the biggest driver). */
  readonly relative: number;
}

/** What ranges add to a value: its spread, and what drives it (largest first). */
export interface Uncertain {
  readonly spread?: Spread;
  readonly drivers?: readonly Driver[];
}

/** An assumption as used in one run: the default or the user's value. */
export interface AssumptionValue extends Uncertain {
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly group: string;
  readonly help: string;
  readonly source: string;
  /** What was typed (or the default), in the value syntax. */
  readonly input: string;
  readonly defaultInput: string;
  /** True when the user set a value other than the default. */
  readonly changed: boolean;
  /** The value in `unit`; for a range, its median. */
  readonly value: number;
  /** As typed back: `200 M`, or `100 M to 400 M` for a range. */
  readonly display: string;
  /** Set when the value was typed as a range. */
  readonly range?: InputRange;
  /** Other assumptions an expression value is computed from (`dau` from `mau` and `daily_active_fraction`); empty for a number. */
  readonly inputs: readonly string[];
}

/** A price from the price table, as used in one run. */
export interface PriceValue extends Uncertain {
  /** `price_<row key>`, the name formulas use. */
  readonly key: string;
  readonly label: string;
  readonly unit: string;
  readonly source: string;
  /** When the price was listed at its source (the row's date, else its table's). */
  readonly asOf: string;
  /** How an hourly price became this monthly one: `0.096 USD/hour x 720 h a month`. */
  readonly basis?: string;
  readonly input: string;
  readonly changed: boolean;
  readonly value: number;
  readonly display: string;
  readonly range?: InputRange;
}

/** A row of the limits table, as used in one run: what one unit of a component sustains. */
export interface LimitValue extends Uncertain {
  /** `limit_<row key>`, the name formulas and --set use. */
  readonly key: string;
  readonly label: string;
  /** What one unit is: `relational primary`. */
  readonly one: string;
  readonly unit: string;
  readonly source: string;
  /** When the source said it (the row's date, else its table's); null when the source gives no date (shown as `undated`). */
  readonly asOf: string | null;
  readonly caveat: string;
  readonly input: string;
  readonly changed: boolean;
  readonly value: number;
  readonly display: string;
  readonly range?: InputRange;
}

/**
 * A design check of the problem: an estimate against what one unit of a
 * component sustains, and what follows. `over` when the estimate exceeds the
 * limit, at the point estimate (the medians of any ranges).
 */
export interface CheckResult {
  readonly key: string;
  readonly label: string;
  /** The formula compared, as written (`peak_write_qps`). */
  readonly formula: string;
  readonly value: number;
  readonly unit: string;
  readonly display: string;
  /** The limit's key (`limit_rdbms_primary_writes`), its value in `unit` and display. */
  readonly limitKey: string;
  readonly limit: number;
  readonly limitDisplay: string;
  /** `relational primary`. */
  readonly one: string;
  /** value / limit. */
  readonly ratio: number;
  /** Units of the component the value needs: ceil(ratio), at least 1. */
  readonly needed: number;
  readonly verdict: 'over' | 'within';
  /** What follows, from the problem file, with its placeholders filled. */
  readonly advice: string;
  /** With ranges: how the verdict holds across them. */
  readonly across?: CheckAcross;
}

export interface CheckAcross {
  /** Share of the samples in which the value exceeds the limit. */
  readonly overShare: number;
  /** The ratio at P5 and P95 over the samples. */
  readonly ratioP5: number;
  readonly ratioP95: number;
  /** Units needed at P5 and P95. */
  readonly neededP5: number;
  readonly neededP95: number;
  /** The verdict changes between P5 and P95: the ranges decide it. */
  readonly flips: boolean;
  /** When it flips: the other verdict's advice, filled in at the end of the range where it applies. */
  readonly otherAdvice?: string;
}

export type ComputedKind = 'estimate' | 'cost' | 'total';

/** An estimate, a cost line or the cost total, with its working. */
export interface ComputedValue extends Uncertain {
  readonly key: string;
  readonly label: string;
  readonly kind: ComputedKind;
  /** One of the standard outputs every problem has. */
  readonly standard: boolean;
  readonly unit: string;
  /** The formula as written in the problem file. */
  readonly formula: string;
  /** The value in `unit`; with ranges, at the medians of the ranged inputs. */
  readonly value: number;
  readonly display: string;
  /** The formula with every name replaced by its value: `Write QPS = 500 M / (30 x 86,400 s) = 193/s`. */
  readonly showWork: string;
  /** The names this value was computed from directly. */
  readonly inputs: readonly string[];
  readonly help?: string;
}

export type ReportEntry = AssumptionValue | PriceValue | LimitValue | ComputedValue;

/** How the spreads were sampled, printed with them so a run can be repeated. */
export interface Sampling {
  readonly samples: number;
  readonly seed: number;
}

export interface EstimateReport {
  readonly problemId: string;
  readonly title: string;
  readonly conventions: Conventions;
  /** Printed with every output so no number's basis is hidden. */
  readonly conventionLines: readonly string[];
  readonly pricesAsOf: string;
  readonly assumptions: readonly AssumptionValue[];
  /** Only the prices the problem's formulas use. */
  readonly prices: readonly PriceValue[];
  /** Only the limits the problem's checks and formulas use. */
  readonly limits: readonly LimitValue[];
  readonly limitsAsOf: string;
  readonly estimates: readonly ComputedValue[];
  /** The cost lines, without the total. */
  readonly costs: readonly ComputedValue[];
  readonly total: ComputedValue;
  /** The problem's design checks, in file order. */
  readonly checks: readonly CheckResult[];
  /** Set when some input is a range (and every value then has a spread). */
  readonly sampling?: Sampling;
  get(key: string): ReportEntry | undefined;
}

export interface EstimateOptions {
  /** Assumption, price (`price_server`) or limit (`limit_redis_node_ops`) keys to values in the value syntax, ranges included. */
  readonly overrides?: Readonly<Record<string, string>>;
  readonly conventions?: Partial<Conventions>;
  /** Seed of the sampling of ranges (default DEFAULT_SEED): the same seed gives the same spreads. */
  readonly seed?: number;
  /** Samples drawn when some input is a range (default DEFAULT_SAMPLES). */
  readonly samples?: number;
}
