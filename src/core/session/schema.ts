import { z } from 'zod';
import { conventionsSchema } from '../conventions-schema.js';
import { COMPONENT_KINDS } from '../problem/schema.js';
import { SESSION_ID_PATTERN } from './ids.js';

/**
 * A practice or mock session as stored on disk ($HLD_HOME/sessions/<id>.yaml).
 * Everything the user typed or chose lives here, so nothing is lost between
 * sittings. `version` lets later releases migrate old files (see migrate.ts).
 */

export const SESSION_VERSION = 1;

const isoTime = z.iso.datetime({ offset: true });

/** The user's own changes to the problem's architecture; the export draws them. */
export const architectureEditsSchema = z.strictObject({
  added_components: z
    .array(z.strictObject({ id: z.string().regex(/^[a-z][a-z0-9_]*$/), label: z.string().min(1), kind: z.enum(COMPONENT_KINDS) }))
    .default([]),
  /** Ids of the problem's own components the user removed. */
  removed_components: z.array(z.string()).default([]),
  added_connections: z.array(z.strictObject({ from: z.string(), to: z.string(), label: z.string().optional() })).default([]),
  /** Problem connections the user removed, as `from->to`. */
  removed_connections: z.array(z.string()).default([]),
});
export type ArchitectureEdits = z.infer<typeof architectureEditsSchema>;

/** The mock-interview clock. Elapsed time is counted, not derived from wall time, so a resumed mock continues where it stopped. */
export const mockClockSchema = z.strictObject({
  total_seconds: z.number().int().positive(),
  elapsed_seconds: z.number().min(0),
  paused: z.boolean().default(false),
  finished: z.boolean().default(false),
});
export type MockClock = z.infer<typeof mockClockSchema>;

/**
 * The candidate's review of the report: for each key point they accept the
 * verdict or overrule it. The automatic score is never changed; the reviewed
 * score is worked out beside it.
 */
export const reviewSchema = z.strictObject({
  verdicts: z.record(z.string(), z.enum(['accept', 'overrule'])).default({}),
  reviewed_at: isoTime,
});
export type Review = z.infer<typeof reviewSchema>;

export const sessionSchema = z.strictObject({
  version: z.literal(SESSION_VERSION),
  id: z.string().regex(SESSION_ID_PATTERN, 'a session id such as 20261121-0930-url-shortener'),
  problem: z.string().min(1),
  framework: z.string().min(1),
  mode: z.enum(['practice', 'mock']),
  created_at: isoTime,
  updated_at: isoTime,
  /** Index of the step the user was on. */
  current_step: z.number().int().min(0).default(0),
  /** Notes per step id, as typed. */
  notes: z.record(z.string(), z.string()).default({}),
  /** Step ids marked done. */
  done: z.array(z.string()).default([]),
  /** Seconds spent on each step id. */
  time_spent: z.record(z.string(), z.number().min(0)).default({}),
  /** Assumption and price overrides, in the value syntax. */
  overrides: z.record(z.string(), z.string()).default({}),
  /** How many hints each step id has revealed, so a resumed session shows them again. */
  hints_shown: z.record(z.string(), z.number().int().min(0)).default({}),
  conventions: conventionsSchema.optional(),
  architecture: architectureEditsSchema.default({
    added_components: [],
    removed_components: [],
    added_connections: [],
    removed_connections: [],
  }),
  mock: mockClockSchema.optional(),
  review: reviewSchema.optional(),
});

export type Session = z.infer<typeof sessionSchema>;
export type SessionInput = z.input<typeof sessionSchema>;
