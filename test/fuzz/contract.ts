import fc from 'fast-check';
import { afterAll, expect } from 'vitest';
import { fuzzParameters, fuzzRuns } from './runs.js';

/**
 * The contract every fuzzed entry point of the value syntax keeps, checked on
 * every case: it returns, or it throws one of the typed errors it is allowed
 * to; and no case takes longer than PER_CASE_LIMIT_MS (at its fastest of up to three runs).
 *
 * The time is the process's CPU time (process.cpuUsage), not the wall clock:
 * on a shared machine the wall clock measures the neighbours, while a
 * quadratic rewrite or a runaway parse shows up in CPU time all the same.
 */
export const PER_CASE_LIMIT_MS = 100;

const counts = new Map<string, number>();

/** Cases each property ran, printed when the file ends: `npm run fuzz` reports them. */
afterAll(() => {
  if (counts.size === 0) return;
  const width = Math.max(...[...counts.keys()].map((k) => k.length));
  const lines = [...counts].map(([name, n]) => `  ${name.padEnd(width)}  ${n.toLocaleString('en-US')} cases`);
  console.log(`fuzz: cases run per property\n${lines.join("\n")}`);
  counts.clear();
});

/** CPU milliseconds `run` took. */
function cpuMillis(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * Check `run` on every value of `arbitrary`: it must return normally (and
 * pass its own checks) or throw an instance of one of `allowed`; never
 * anything else, never over the time limit.
 */
export function checkContract<T>(
  name: string,
  arbitrary: fc.Arbitrary<T>,
  run: (value: T) => void,
  allowed: readonly (abstract new (...args: never[]) => Error)[],
  ciRuns?: number,
): void {
  let cases = 0;
  fc.assert(
    fc.property(arbitrary, (value) => {
      cases++;
      let thrown: unknown;
      const once = () =>
        cpuMillis(() => {
          try {
            run(value);
          } catch (error) {
            thrown = error;
          }
        });
      let took = once();
      if (thrown !== undefined && !allowed.some((kind) => thrown instanceof kind)) {
        throw new Error(`untyped throw: ${(thrown as Error)?.constructor?.name ?? typeof thrown}: ${(thrown as Error)?.message ?? String(thrown)}`);
      }
      // The process's CPU time counts its collector and compiler threads too: a case over the limit is run again,
      // up to three times in all, and its fastest run counts (as in problem-files.test.ts). A runaway parse stays
      // over; a collection that fell on the case does not.
      for (let attempt = 1; attempt < 3 && took >= PER_CASE_LIMIT_MS; attempt++) took = Math.min(took, once());
      expect(took, `took ${took.toFixed(1)} ms of CPU`).toBeLessThan(PER_CASE_LIMIT_MS);
    }),
    fuzzParameters(ciRuns),
  );
  counts.set(name, (counts.get(name) ?? 0) + cases);
}

/** A generous test timeout for a property of `runs` cases that each take up to `perCaseMs`. */
export function timeoutFor(perCaseMs: number, ciRuns?: number): number {
  return 60_000 + fuzzRuns(ciRuns) * perCaseMs;
}
