import { join } from 'node:path';
import { dataDir } from '../paths.js';
import type { PriceTable } from './schema.js';

export const shippedPricesFile = (): string => join(dataDir(), 'prices.yaml');

/** Rows of a user's price file laid over the shipped table (same key: theirs wins), the file named in each row's source. */
export function withUserPrices(base: PriceTable, user: Partial<PriceTable> & Pick<PriceTable, 'prices'>, file: string): PriceTable {
  const rows = new Map(base.prices.map((row) => [row.key, row]));
  for (const row of user.prices) rows.set(row.key, { ...row, source: `${row.source} (from ${file})` });
  return { ...base, as_of: user.as_of ?? base.as_of, prices: [...rows.values()] };
}
