import { z } from 'zod';
import { asOfOrUndated, nonEmptyText as text, snakeCaseKey } from '../schema-fields.js';

/**
 * What one unit of a common component sustains (data/limits.yaml): planning
 * figures of the right order of magnitude, each with its public source, its
 * date and the caveat that bounds it. Problems compare their estimates with
 * these in their `checks`; formulas name a row as limit_<key>.
 */
export const limitRowSchema = z.strictObject({
  key: snakeCaseKey,
  label: text,
  /** What one unit is, for sentences: `relational primary`, `Redis node`. */
  one: text,
  /** In the value syntax, with its unit: `5K`, `100 GB`, `10 MB/s`. */
  value: text,
  unit: text,
  /** A public source a reader can look up (vendor documentation, a known benchmark, a book), never a file of ours. */
  source: text,
  /**
   * When the source said it: 2025, 2025-06 or 2025-06-30; `undated` when the source gives no date
   * (shown as undated, not as the table's date). Rows without one take the table's date.
   */
  as_of: asOfOrUndated.optional(),
  /** What moves the figure, so nobody mistakes it for a hard limit. */
  caveat: text,
});
export type LimitRow = z.infer<typeof limitRowSchema>;

export const limitTableSchema = z.strictObject({
  as_of: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'),
  limits: z.array(limitRowSchema).min(1),
});
export type LimitTable = z.infer<typeof limitTableSchema>;

/** A user's own limits file: only the rows they want to change or add. */
export const userLimitTableSchema = limitTableSchema.partial({ as_of: true });
