import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readDataFile } from '../data-file.js';
import { hldHome } from '../paths.js';
import { priceTableSchema, userPriceTableSchema, type PriceTable } from './schema.js';
import { shippedPricesFile, withUserPrices } from './table.js';

/** The price table: the shipped one, with the rows of $HLD_HOME/prices.yaml (or `extraFile`) laid over it. */
export function loadPrices(options: { extraFile?: string; env?: NodeJS.ProcessEnv } = {}): PriceTable {
  const base = readDataFile(shippedPricesFile(), priceTableSchema);
  const userFile = options.extraFile ?? join(hldHome(options.env), 'prices.yaml');
  if (!options.extraFile && !existsSync(userFile)) return base;
  return withUserPrices(base, readDataFile(userFile, userPriceTableSchema), userFile);
}
