import { SESSION_VERSION } from './schema.js';

/**
 * Bring a session file written by an older hld up to SESSION_VERSION before
 * it is validated. Each step takes the raw object of version N and returns
 * version N + 1, so a file several versions old walks the whole chain.
 * A file from a newer hld is refused rather than guessed at: saving it back
 * would drop whatever the newer version added.
 */

export type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/** Version N -> N + 1, keyed by N. Empty while version 1 is the only one. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export class SessionVersionError extends Error {
  /** True when the file was written by a newer hld: not damaged, just not ours to read. */
  readonly newer: boolean;
  constructor(message: string, newer: boolean) {
    super(message);
    this.name = 'SessionVersionError';
    this.newer = newer;
  }
}

export function migrateSession(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  current: number = SESSION_VERSION,
): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw; // the schema reports the shape
  let value = raw as Record<string, unknown>;
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new SessionVersionError(`version: expected a whole number from 1 to ${current}, found ${JSON.stringify(version) ?? 'nothing'}`, false);
  }
  if (version > current) {
    throw new SessionVersionError(
      `written by a newer hld (session format version ${version}; this hld reads up to ${current}); upgrade hld to open it`,
      true,
    );
  }
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) throw new SessionVersionError(`no migration from session format version ${v} to ${v + 1}`, false);
    value = { ...step(value), version: v + 1 };
  }
  return value;
}
