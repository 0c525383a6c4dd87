import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readDataFile } from '../data-file.js';
import { dataDir, hldHome } from '../paths.js';
import { priceTableSchema, userPriceTableSchema, type PriceTable } from './schema.js';

/** The price table: the shipped one, with the rows of $HLD_HOME/prices.yaml (or `extraFile`) laid over it. */
export function loadPrices(options: { extraFile?: string; env?: NodeJS.ProcessEnv } = {}): PriceTable {
  const base = readDataFile(join(dataDir(), 'prices.yaml'), priceTableSchema);
  const userFile = options.extraFile ?? join(hldHome(options.env), 'prices.yaml');
  if (!options.extraFile && !existsSync(userFile)) return base;
  const user = readDataFile(userFile, userPriceTableSchema);
  const rows = new Map(base.prices.map((row) => [row.key, row]));
  for (const row of user.prices) rows.set(row.key, { ...row, source: `${row.source} (from ${userFile})` });
  return { ...base, as_of: user.as_of ?? base.as_of, prices: [...rows.values()] };
}
