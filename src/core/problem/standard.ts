/**
 * The fixed vocabulary of problem files: component kinds, the standard
 * outputs and cost lines. Apart from the schema (schema.ts) so the estimator
 * and the export can use them without loading zod.
 */

export const COMPONENT_KINDS = [
  'client',
  'dns',
  'cdn',
  'load_balancer',
  'gateway',
  'service',
  'worker',
  'database',
  'cache',
  'queue',
  'object_storage',
  'search',
  'analytics',
  'third_party',
  'other',
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

/**
 * The standard outputs every problem computes under the same keys, so that the
 * TUI, drills, exports and comparisons across problems can rely on them.
 */
export const STANDARD_ESTIMATES = [
  'write_qps',
  'read_qps',
  'total_qps',
  'peak_write_qps',
  'peak_read_qps',
  'peak_qps',
  'storage_per_day',
  'storage_per_month',
  'storage_total',
  'ingress_bandwidth',
  'egress_bandwidth',
  'cache_memory',
  'servers',
] as const;
export type StandardEstimateKey = (typeof STANDARD_ESTIMATES)[number];

/**
 * Standard keys that are assumptions, so a figure a source states can be typed
 * in as it is: `dau` defaults to mau x daily_active_fraction in the shipped
 * problems, and a value set for it wins. (A problem may still compute dau as an
 * estimate; then it cannot be set directly.)
 */
export const STANDARD_INPUTS = ['dau', 'peak_factor'] as const;

/**
 * Standard outputs that follow from others by one rule, added with that rule
 * when a problem file leaves them out (files written before they were
 * standard keep working).
 */
export const DERIVED_STANDARD_ESTIMATES = [
  { key: 'total_qps', label: 'Requests per second (reads plus writes)', formula: 'read_qps + write_qps', unit: '1/s' },
  { key: 'storage_per_month', label: 'Storage added per month', formula: 'storage_per_day', unit: 'B/month' },
] as const satisfies readonly { key: StandardEstimateKey; label: string; formula: string; unit: string }[];

/** Cost lines; the engine adds them up into cost_total, so no total is ever typed by hand. */
export const COST_LINES = ['compute', 'storage', 'egress', 'cache', 'queue', 'monitoring', 'backups', 'messages'] as const;
export type CostLine = (typeof COST_LINES)[number];
export const REQUIRED_COST_LINES: readonly CostLine[] = ['compute', 'storage', 'egress', 'cache', 'monitoring', 'backups'];

/** The outputs whose drivers every estimate shows when some input is a range. */
export const KEY_OUTPUTS = ['peak_qps', 'storage_total', 'cache_memory', 'servers', 'cost_total'] as const;
