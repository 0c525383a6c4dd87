import { readTableLazily } from '../data-file-lazy.js';
import type { PriceTable } from './schema.js';
import { shippedPricesFile, withUserPrices } from './table.js';

/** loadPrices for commands that must start fast: the shipped table from the build's copy; a user's file validated now. */
export function loadPricesLazily(options: { extraFile?: string; env?: NodeJS.ProcessEnv } = {}): Promise<PriceTable> {
  return readTableLazily(
    {
      shipped: shippedPricesFile(),
      homeFileName: 'prices.yaml',
      schemas: async () => {
        const { priceTableSchema, userPriceTableSchema } = await import('./schema.js');
        return { shipped: priceTableSchema, user: userPriceTableSchema };
      },
      merge: withUserPrices,
    },
    options,
  );
}
