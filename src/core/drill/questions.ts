/**
 * Which estimates a drill asks for and how many. Kept apart from drill.ts so
 * `hld drill` can check --count (and show its help) without loading the
 * estimate engine and mathjs.
 */

/** Asked first, in a seeded order: the numbers interviewers ask for most. */
export const CORE_QUESTIONS = ['peak_read_qps', 'storage_total', 'cache_memory', 'egress_bandwidth', 'cost_total'] as const;
/** Asked after the core ones when --count asks for more. */
export const MORE_QUESTIONS = ['peak_write_qps', 'storage_per_day', 'ingress_bandwidth', 'servers', 'write_qps', 'read_qps', 'peak_qps'] as const;

export const DEFAULT_DRILL_COUNT = 5;
export const MAX_DRILL_COUNT = CORE_QUESTIONS.length + MORE_QUESTIONS.length;
