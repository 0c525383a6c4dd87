import fc from 'fast-check';

/**
 * How many cases each property runs. `npm test` (and so CI) runs a few
 * thousand across the fuzz suite; `npm run fuzz` sets HLD_FUZZ_RUNS to
 * 100,000 per property. HLD_FUZZ_SEED replays a failing run.
 */
export function fuzzRuns(ciDefault = 2_000): number {
  const wanted = Number(process.env['HLD_FUZZ_RUNS']);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : ciDefault;
}

/** fast-check parameters for one property: the run count above, and the seed when one is given. */
export function fuzzParameters(ciDefault?: number): fc.Parameters<unknown> {
  const seed = Number(process.env['HLD_FUZZ_SEED']);
  return { numRuns: fuzzRuns(ciDefault), ...(Number.isInteger(seed) ? { seed } : {}) };
}
