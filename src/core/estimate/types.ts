import type { Conventions } from '../conventions.js';

/** An assumption as used in one run: the default or the user's value. */
export interface AssumptionValue {
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
  /** The value in `unit`. */
  readonly value: number;
  readonly display: string;
}

/** A price from the price table, as used in one run. */
export interface PriceValue {
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
}

export type ComputedKind = 'estimate' | 'cost' | 'total';

/** An estimate, a cost line or the cost total, with its working. */
export interface ComputedValue {
  readonly key: string;
  readonly label: string;
  readonly kind: ComputedKind;
  /** One of the standard outputs every problem has. */
  readonly standard: boolean;
  readonly unit: string;
  /** The formula as written in the problem file. */
  readonly formula: string;
  /** The value in `unit`. */
  readonly value: number;
  readonly display: string;
  /** The formula with every name replaced by its value: `Write QPS = 500 M / (30 x 86,400 s) = 193/s`. */
  readonly showWork: string;
  /** The names this value was computed from directly. */
  readonly inputs: readonly string[];
  readonly help?: string;
}

export type ReportEntry = AssumptionValue | PriceValue | ComputedValue;

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
  readonly estimates: readonly ComputedValue[];
  /** The cost lines, without the total. */
  readonly costs: readonly ComputedValue[];
  readonly total: ComputedValue;
  get(key: string): ReportEntry | undefined;
}

export interface EstimateOptions {
  /** Assumption keys or price keys (`price_server`) to values in the value syntax. */
  readonly overrides?: Readonly<Record<string, string>>;
  readonly conventions?: Partial<Conventions>;
}
