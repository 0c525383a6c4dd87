import { z } from 'zod';

/**
 * One finished mock or drill in $HLD_HOME/history/results.jsonl, one JSON
 * object a line. Lines are only ever appended, so a crash can at worst leave
 * one damaged last line, which readers skip.
 */
export const HISTORY_VERSION = 1;

const base = {
  version: z.literal(HISTORY_VERSION),
  at: z.iso.datetime({ offset: true }),
  problem: z.string().min(1),
  /** 0 to 100. */
  score: z.number().min(0).max(100),
};

export const mockEntrySchema = z.object({
  ...base,
  kind: z.literal('mock'),
  session: z.string().min(1),
  framework: z.string().min(1),
  minutes: z.number().positive(),
  elapsed_seconds: z.number().min(0),
  key_points_covered: z.number().int().min(0),
  key_points_total: z.number().int().min(0),
  /** The score after the candidate reviewed the verdicts; null or absent until they do. */
  reviewed_score: z.number().min(0).max(100).nullable().optional(),
  /** Ended before the clock ran out (absent in lines written before this was recorded). */
  ended_early: z.boolean().optional(),
});

/**
 * A review given after the mock was recorded: lines are only appended, so the
 * reviewed score arrives as its own line and readers fold it into the mock's.
 */
export const reviewEntrySchema = z.object({
  version: z.literal(HISTORY_VERSION),
  at: z.iso.datetime({ offset: true }),
  problem: z.string().min(1),
  kind: z.literal('review'),
  session: z.string().min(1),
  reviewed_score: z.number().min(0).max(100),
});

export const drillEntrySchema = z.object({
  ...base,
  kind: z.literal('drill'),
  seed: z.number().int().min(0),
  questions: z.array(z.object({ key: z.string(), grade: z.enum(['good', 'close', 'off']), ratio: z.number().optional() })),
});

export const historyEntrySchema = z.discriminatedUnion('kind', [mockEntrySchema, drillEntrySchema]);
export const historyLineSchema = z.discriminatedUnion('kind', [mockEntrySchema, drillEntrySchema, reviewEntrySchema]);

export type MockEntry = z.infer<typeof mockEntrySchema>;
export type DrillEntry = z.infer<typeof drillEntrySchema>;
export type ReviewEntry = z.infer<typeof reviewEntrySchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type HistoryLine = z.infer<typeof historyLineSchema>;
