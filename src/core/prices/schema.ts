import { z } from 'zod';
import { asOfDate, nonEmptyText as text, snakeCaseKey } from '../schema-fields.js';

export const priceRowSchema = z.strictObject({
  key: snakeCaseKey,
  label: text,
  /** In the value syntax, with its unit: `0.023 USD/(GB month)`. */
  value: text,
  /** The unit the price is shown in and must convert to. */
  unit: text,
  /** A public source a reader can look up (a price page, blog or book), never a file of ours. */
  source: text,
  /** When the price was listed at its source: 2025, 2025-06 or 2025-06-30. Rows without one take the table's date. */
  as_of: asOfDate.optional(),
  allow_zero: z.boolean().default(false),
});
export type PriceRow = z.infer<typeof priceRowSchema>;

export const priceTableSchema = z.strictObject({
  as_of: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD'),
  currency: z.literal('USD'),
  region: text.optional(),
  prices: z.array(priceRowSchema).min(1),
});
export type PriceTable = z.infer<typeof priceTableSchema>;

/** A user's own price file: only the rows they want to change. */
export const userPriceTableSchema = priceTableSchema.partial({ as_of: true, currency: true });
