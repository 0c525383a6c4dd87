import { z } from 'zod';
import { isMonthLength } from './conventions.js';

/**
 * The conventions behind every number. Published worked examples disagree on
 * these silently; we make them explicit settings and print them with every output.
 * One schema: the session file stores them in this shape, and the Conventions type (conventions.ts) is read from it.
 */
export const conventionsSchema = z.strictObject({
  /** 86,400 (exact) or 100,000 ("quick math"). */
  secondsPerDay: z.union([z.literal(86_400), z.literal(100_000)]),
  /**
   * A month as a number of days, `30d` or Educative's 365/12 = `30.42d` (28 to
   * 31), or the "quick math" 2.5 M seconds. Hourly prices become monthly by the
   * same month: hours per month = this month in hours, in every price row.
   */
  month: z.union([
    z.literal('2.5Ms'),
    z.templateLiteral([z.number(), 'd']).refine((text) => isMonthLength(Number.parseFloat(text)), 'a month of 28 to 31 days, such as 30d or 30.42d'),
  ]),
  /** 365 days, or 12 months (what "x 12 x 5 years" examples use). */
  year: z.enum(['365d', '12mo']),
  /** KB/MB/GB as powers of 1000 (decimal) or 1024 (binary, shown as KiB/MiB/GiB). */
  storage: z.enum(['decimal', 'binary']),
  /** Bandwidth shown in bytes per second or bits per second. */
  bandwidth: z.enum(['bytes', 'bits']),
  /**
   * How servers are counted: by each problem's own rule from peak load
   * (`load`), or as some courses do, daily active users over the daily users
   * one server serves (`dau`; the figure and its source are a row of
   * data/limits.yaml). Sessions saved before this choice existed read as `load`.
   */
  servers: z.enum(['load', 'dau']).default('load'),
});
