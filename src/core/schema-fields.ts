import { z } from 'zod';

/** Field types every data file (problems, templates, prices, reference cards) shares, so they read and fail alike. */

export const nonEmptyText = z.string().trim().min(1, 'a non-empty text');

/** The names formulas and `--set` use: `peak_factor`, `price_server`. */
export const snakeCaseKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'a snake_case key (lower-case letters, digits, underscores; starting with a letter)');
