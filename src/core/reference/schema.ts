import { z } from 'zod';
import { nonEmptyText as text } from '../schema-fields.js';

/**
 * The shape of data/reference.yaml: the cards a candidate looks things up on
 * (latency numbers, powers of two, time, availability). Every figure shown to
 * a user must say where it came from and when, so each card carries a source
 * and a date and every row inherits them unless it names its own.
 */

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a kebab-case id such as latency');
const positive = z.number().positive('a number greater than zero');

/** Optional on a row in the file; filled from the card or lineage when loaded. */
const rowSourcing = { source: text.optional(), date: text.optional() };
type Sourcing = { source: string; date: string };

function inherit<Row extends { source?: string | undefined; date?: string | undefined }>(
  rows: Row[],
  from: Sourcing,
): (Row & Sourcing)[] {
  return rows.map((row) => ({ ...row, source: row.source ?? from.source, date: row.date ?? from.date }));
}

// ---------------------------------------------------------------- latency

export const LATENCY_UNITS = ['ns', 'us', 'ms', 's'] as const;
export type LatencyUnit = (typeof LATENCY_UNITS)[number];
export const NANOSECONDS_PER: Record<LatencyUnit, number> = { ns: 1, us: 1e3, ms: 1e6, s: 1e9 };

export const RATE_UNITS = ['MB/s', 'GB/s', 'MiB/s', 'GiB/s', 'per s'] as const;
export type RateUnit = (typeof RATE_UNITS)[number];

/**
 * How a lineage's figures were obtained. The difference matters: a measured
 * 2026 figure and a 2007 estimate for "the same" operation can differ tenfold.
 */
export const LATENCY_BASES = ['estimated', 'measured', 'extrapolated'] as const;
export type LatencyBasis = (typeof LATENCY_BASES)[number];

const latencyRowSchema = z.strictObject({
  label: text,
  value: positive,
  unit: z.enum(LATENCY_UNITS),
  note: text.optional(),
  ...rowSourcing,
});

const rateRowSchema = z
  .strictObject({
    label: text,
    value: positive,
    /** For figures quoted as a range, such as "6-7 round trips per second". */
    value_max: positive.optional(),
    unit: z.enum(RATE_UNITS),
    note: text.optional(),
    ...rowSourcing,
  })
  .refine((row) => row.value_max === undefined || row.value_max > row.value, {
    path: ['value_max'],
    message: 'value_max must be greater than value',
  });

export const toNanoseconds = (value: number, unit: LatencyUnit): number => value * NANOSECONDS_PER[unit];

const lineageSchema = z
  .strictObject({
    id,
    /** The label every figure from this lineage is shown under. */
    label: text,
    source: text,
    date: text,
    basis: z.enum(LATENCY_BASES),
    note: text.optional(),
    rows: z.array(latencyRowSchema).min(1),
    rates: z.array(rateRowSchema).default([]),
  })
  .superRefine((lineage, ctx) => {
    // Listing rows fastest first makes a slipped unit (ms for us) stand out as
    // a row out of order, which the loader can catch.
    lineage.rows.forEach((row, i) => {
      const previous = lineage.rows[i - 1];
      if (previous && toNanoseconds(row.value, row.unit) < toNanoseconds(previous.value, previous.unit)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i, 'value'],
          message: `${row.value} ${row.unit} is faster than the row before it (${previous.value} ${previous.unit}); list rows fastest first`,
        });
      }
    });
  })
  .transform((lineage) => ({ ...lineage, rows: inherit(lineage.rows, lineage), rates: inherit(lineage.rates, lineage) }));
export type LatencyLineage = z.infer<typeof lineageSchema>;
export type LatencyRow = LatencyLineage['rows'][number];
export type RateRow = LatencyLineage['rates'][number];

const cardBase = {
  id,
  title: text,
  /** One line for pickers and lists. */
  summary: text,
  source: text,
  date: text,
  notes: z.array(text).default([]),
};

type RowProblem = [field: string, message: string];

/**
 * A card whose rows share one shape. `check` returns what is wrong with a row
 * (field and message), which is how the file's arithmetic gets verified; rows
 * then inherit the card's source and date.
 */
function rowCard<Kind extends string, Row extends z.ZodType<{ source?: string | undefined; date?: string | undefined }>>(
  kind: Kind,
  row: Row,
  check: (row: z.output<Row>) => RowProblem[],
) {
  return z
    .strictObject({ ...cardBase, kind: z.literal(kind), rows: z.array(row).min(1) })
    .superRefine((card, ctx) => {
      card.rows.forEach((r, i) => {
        for (const [field, message] of check(r)) ctx.addIssue({ code: 'custom', path: ['rows', i, field], message });
      });
    })
    .transform((card) => ({ ...card, rows: inherit(card.rows, card) }));
}

const latencyCardSchema = z.strictObject({
  ...cardBase,
  kind: z.literal('latency'),
  lineages: z.array(lineageSchema).min(1),
});

// ---------------------------------------------------------------- powers of two

/** Relative size of the binary unit over the decimal one, in percent: KiB is 2.4% larger than KB. */
export function binaryDriftPercent(power: number): number {
  const step = power / 10;
  return (Math.pow(1.024, step) - 1) * 100;
}

const powerRowSchema = z.strictObject({
  power: z.number().int().min(0).max(53, 'at most 53 (larger powers of two lose precision)'),
  exact: positive,
  approx: text,
  /** The decimal unit this power stands in for, e.g. KB for 2^10. */
  decimal_unit: text.optional(),
  binary_unit: text.optional(),
  /** How much larger the binary unit is than the decimal one, rounded to one decimal. */
  drift_percent: z.number().nonnegative().optional(),
  note: text.optional(),
  ...rowSourcing,
});

const powersCardSchema = rowCard('powers_of_two', powerRowSchema, (row) => {
  const problems: RowProblem[] = [];
  const exact = 2 ** row.power;
  if (row.exact !== exact) problems.push(['exact', `2^${row.power} is ${exact}, not ${row.exact}`]);
  if (row.drift_percent === undefined) return problems;
  if (row.power % 10 !== 0 || row.power === 0) return [...problems, ['drift_percent', 'drift applies only to 2^10, 2^20, ... rows']];
  const drift = Math.round(binaryDriftPercent(row.power) * 10) / 10;
  if (Math.abs(drift - row.drift_percent) > 1e-9) {
    problems.push(['drift_percent', `2^${row.power} over 10^${(row.power / 10) * 3} is ${drift}% larger, not ${row.drift_percent}%`]);
  }
  return problems;
});

// ---------------------------------------------------------------- time

const timeRowSchema = z.strictObject({
  label: text,
  hours: positive,
  seconds: positive,
  /** The round figure people use for quick math, e.g. "about 10^5". */
  approx: text.optional(),
  note: text.optional(),
  ...rowSourcing,
});

const timeCardSchema = rowCard('time', timeRowSchema, (row) => {
  const seconds = row.hours * 3600;
  return Math.abs(seconds - row.seconds) > 1e-6 ? [['seconds', `${row.hours} h is ${seconds} s, not ${row.seconds}`]] : [];
});

// ---------------------------------------------------------------- availability

/** The periods downtime is quoted for; a month is 30 days and a year 365 days. */
export const DOWNTIME_PERIODS = { per_year: 365 * 86_400, per_month: 30 * 86_400, per_week: 7 * 86_400, per_day: 86_400 } as const;
export type DowntimePeriod = keyof typeof DOWNTIME_PERIODS;

export const DURATION_UNITS = { ms: 0.001, s: 1, min: 60, h: 3_600, d: 86_400 } as const;
export type DurationUnit = keyof typeof DURATION_UNITS;
const DURATION = /^(\d+(?:\.\d+)?) (ms|s|min|h|d)$/;

/** A stated duration such as "52.56 min", split into its number, unit and decimals. */
export function parseDuration(stated: string): { value: number; unit: DurationUnit; decimals: number; seconds: number } | undefined {
  const match = DURATION.exec(stated);
  if (!match) return undefined;
  const digits = match[1]!;
  const unit = match[2] as DurationUnit;
  const value = Number(digits);
  return { value, unit, decimals: digits.split('.')[1]?.length ?? 0, seconds: value * DURATION_UNITS[unit] };
}

/** Seconds of downtime allowed in `period` at `percent` availability (99.99 for four nines). */
export function downtimeSeconds(percent: number, period: DowntimePeriod): number {
  return ((100 - percent) / 100) * DOWNTIME_PERIODS[period];
}

const duration = z.string().regex(DURATION, 'a duration such as "52.56 min" (units: ms, s, min, h, d)');

const availabilityRowSchema = z.strictObject({
  /** In percent: 99.99 for four nines. */
  percent: z.number().gt(0).lt(100, 'less than 100 (no system is never down)'),
  per_year: duration,
  per_month: duration,
  per_week: duration,
  per_day: duration,
  note: text.optional(),
  ...rowSourcing,
});

const availabilityCardSchema = rowCard('availability', availabilityRowSchema, (row) => {
  const problems: RowProblem[] = [];
  for (const period of Object.keys(DOWNTIME_PERIODS) as DowntimePeriod[]) {
    const stated = parseDuration(row[period]);
    if (!stated) continue; // the field's own check has reported it
    // The stated figure must be the exact downtime rounded to the decimals it shows.
    const exact = downtimeSeconds(row.percent, period) / DURATION_UNITS[stated.unit];
    const halfStep = 0.5 * 10 ** -stated.decimals;
    if (Math.abs(exact - stated.value) > halfStep + 1e-9) {
      problems.push([period, `${row.percent}% allows ${exact.toFixed(stated.decimals)} ${stated.unit} ${period.replace('_', ' ')}, not ${row[period]}`]);
    }
  }
  return problems;
});

// ---------------------------------------------------------------- the file

export const REFERENCE_CARD_KINDS = ['latency', 'powers_of_two', 'time', 'availability'] as const;
export type ReferenceCardKind = (typeof REFERENCE_CARD_KINDS)[number];

export const referenceCardSchema = z.discriminatedUnion('kind', [
  latencyCardSchema,
  powersCardSchema,
  timeCardSchema,
  availabilityCardSchema,
]);
export type ReferenceCard = z.infer<typeof referenceCardSchema>;
export type LatencyCard = Extract<ReferenceCard, { kind: 'latency' }>;
export type PowersOfTwoCard = Extract<ReferenceCard, { kind: 'powers_of_two' }>;
export type TimeCard = Extract<ReferenceCard, { kind: 'time' }>;
export type AvailabilityCard = Extract<ReferenceCard, { kind: 'availability' }>;

export const referenceFileSchema = z
  .strictObject({ cards: z.array(referenceCardSchema).min(1) })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.cards.forEach((card, i) => {
      if (seen.has(card.id)) ctx.addIssue({ code: 'custom', path: ['cards', i, 'id'], message: `the card id '${card.id}' is used twice` });
      seen.add(card.id);
      if (card.kind !== 'latency') return;
      const lineages = new Set<string>();
      card.lineages.forEach((lineage, j) => {
        if (lineages.has(lineage.id)) {
          ctx.addIssue({ code: 'custom', path: ['cards', i, 'lineages', j, 'id'], message: `the lineage id '${lineage.id}' is used twice` });
        }
        lineages.add(lineage.id);
      });
    });
  });
export type ReferenceFile = z.infer<typeof referenceFileSchema>;
