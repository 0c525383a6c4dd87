import { readTableLazily } from '../data-file-lazy.js';
import type { LimitTable } from './schema.js';
import { shippedLimitsFile, withUserLimits } from './table.js';

/** loadLimits for commands that must start fast: the shipped table from the build's copy; a user's file validated now. */
export function loadLimitsLazily(options: { extraFile?: string; env?: NodeJS.ProcessEnv } = {}): Promise<LimitTable> {
  return readTableLazily(
    {
      shipped: shippedLimitsFile(),
      homeFileName: 'limits.yaml',
      schemas: async () => {
        const { limitTableSchema, userLimitTableSchema } = await import('./schema.js');
        return { shipped: limitTableSchema, user: userLimitTableSchema };
      },
      merge: withUserLimits,
    },
    options,
  );
}
