import { z } from 'zod';
import { UNDATED } from './as-of.js';

/** Field types every data file (problems, templates, prices, reference cards) shares, so they read and fail alike. */

export const nonEmptyText = z.string().trim().min(1, 'a non-empty text');

/** The names formulas and `--set` use: `peak_factor`, `price_server`. */
export const snakeCaseKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'a snake_case key (lower-case letters, digits, underscores; starting with a letter)');

/** When a source said what a row says: 2025, 2025-06 or 2025-06-30 (price and limit rows). */
export const asOfDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date written YYYY, YYYY-MM or YYYY-MM-DD');

/** A row's date, or `undated` when its source gives none (limit rows), so that such a row does not take its table's date. */
export const asOfOrUndated = z
  .string()
  .regex(new RegExp(`^(?:\\d{4}(-\\d{2}(-\\d{2})?)?|${UNDATED})$`), `a date written YYYY, YYYY-MM or YYYY-MM-DD, or ${UNDATED} when the source gives none`);
