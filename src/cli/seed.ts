import { MAX_SEED, parseSeed } from '../core/drill/prng.js';
import { UsageError } from '../core/errors.js';
import { quoted } from '../core/shown-value.js';
import { numberText } from '../core/units/number-text.js';

/** What `--seed` takes, said the same way in every message. */
const ACCEPTED = `a whole number from 0 to ${numberText(MAX_SEED)}, as in --seed 42`;

/**
 * The refusal of a seed that is not a whole number in range (`-3` included, however it was written),
 * or of none at all (`--seed` last on the line, `--seed=`, `--seed ' '`): each says what is accepted.
 */
export function refuseSeed(raw: string): never {
  if (raw.trim() === '') throw new UsageError(`--seed needs a value: ${ACCEPTED}`);
  throw new UsageError(`--seed ${quoted(raw)} is not accepted; give ${ACCEPTED}`);
}

/** `--seed N` for the estimate's sampling and the drill: one clear line for anything else. */
export function readSeed(raw: string): number {
  return parseSeed(raw) ?? refuseSeed(raw);
}
