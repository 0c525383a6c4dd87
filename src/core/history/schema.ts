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
});

export const drillEntrySchema = z.object({
  ...base,
  kind: z.literal('drill'),
  seed: z.number().int().min(0),
  questions: z.array(z.object({ key: z.string(), grade: z.enum(['good', 'close', 'off']), ratio: z.number().optional() })),
});

export const historyEntrySchema = z.discriminatedUnion('kind', [mockEntrySchema, drillEntrySchema]);

export type MockEntry = z.infer<typeof mockEntrySchema>;
export type DrillEntry = z.infer<typeof drillEntrySchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
