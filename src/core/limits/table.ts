import { join } from 'node:path';
import { dataDir } from '../paths.js';
import type { LimitTable } from './schema.js';

export const shippedLimitsFile = (): string => join(dataDir(), 'limits.yaml');

/** Rows of a user's file laid over the shipped table (same key: theirs wins), the file named in each row's source. */
export function withUserLimits(base: LimitTable, user: Partial<LimitTable> & Pick<LimitTable, 'limits'>, file: string): LimitTable {
  const rows = new Map(base.limits.map((row) => [row.key, row]));
  for (const row of user.limits) rows.set(row.key, { ...row, source: `${row.source} (from ${file})` });
  return { as_of: user.as_of ?? base.as_of, limits: [...rows.values()] };
}
