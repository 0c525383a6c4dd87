import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readDataFile } from '../data-file.js';
import { hldHome } from '../paths.js';
import { limitTableSchema, userLimitTableSchema, type LimitTable } from './schema.js';
import { shippedLimitsFile, withUserLimits } from './table.js';

/** The limits table: the shipped one, with the rows of $HLD_HOME/limits.yaml (or `extraFile`) laid over it. */
export function loadLimits(options: { extraFile?: string; env?: NodeJS.ProcessEnv } = {}): LimitTable {
  const base = readDataFile(shippedLimitsFile(), limitTableSchema);
  const userFile = options.extraFile ?? join(hldHome(options.env), 'limits.yaml');
  if (!options.extraFile && !existsSync(userFile)) return base;
  return withUserLimits(base, readDataFile(userFile, userLimitTableSchema), userFile);
}
