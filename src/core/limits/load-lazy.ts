import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readDataFileLazily } from '../data-file-lazy.js';
import { hldHome } from '../paths.js';
import { shippedLimitsFile, withUserLimits } from './table.js';
import type { LimitTable } from './schema.js';

/** loadLimits for commands that must start fast: the shipped table from the build's copy; a user's file validated now. */
export async function loadLimitsLazily(options: { extraFile?: string; env?: NodeJS.ProcessEnv } = {}): Promise<LimitTable> {
  const base = await readDataFileLazily(shippedLimitsFile(), async () => (await import('./schema.js')).limitTableSchema);
  const userFile = options.extraFile ?? join(hldHome(options.env), 'limits.yaml');
  if (!options.extraFile && !existsSync(userFile)) return base;
  const user = await readDataFileLazily(userFile, async () => (await import('./schema.js')).userLimitTableSchema);
  return withUserLimits(base, user, userFile);
}
