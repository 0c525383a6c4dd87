import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readDataFileLazily } from '../data-file-lazy.js';
import { hldHome } from '../paths.js';
import type { PriceTable } from './schema.js';
import { shippedPricesFile, withUserPrices } from './table.js';

/** loadPrices for commands that must start fast: the shipped table from the build's copy; a user's file validated now. */
export async function loadPricesLazily(options: { extraFile?: string; env?: NodeJS.ProcessEnv } = {}): Promise<PriceTable> {
  const base = await readDataFileLazily(shippedPricesFile(), async () => (await import('./schema.js')).priceTableSchema);
  const userFile = options.extraFile ?? join(hldHome(options.env), 'prices.yaml');
  if (!options.extraFile && !existsSync(userFile)) return base;
  const user = await readDataFileLazily(userFile, async () => (await import('./schema.js')).userPriceTableSchema);
  return withUserPrices(base, user, userFile);
}
