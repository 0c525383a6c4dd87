// The estimator's recompute after a keystroke, timed inside one process, as the
// estimator screen runs it (computeEstimate, the core function it calls).
// Built by scripts/bench.mjs into node_modules/.cache/hld-bench/ (so it finds
// the package's data) and run by recompute.ts; prints its samples as JSON.
import { runEstimate } from '../../src/core/estimate/engine.js';
import { computeEstimate, type EstimateInputs } from '../../src/core/estimate/recompute.js';
import { loadProblem } from '../../src/core/problem/load.js';
import { performance } from 'node:perf_hooks';

/** What the user has already given as ranges, and the keystrokes typed into the low end of dau's range. */
export const RANGES = { peak_factor: '2 to 3', photo_size: '100 KB to 400 KB' };
export const KEYSTROKES = ['1 to 400M', '10 to 400M', '100 to 400M', '100M to 400M'];
/** The same edits with point inputs: the low end typed alone. */
export const POINT_KEYSTROKES = ['1', '10', '100', '100M'];

function timed(inputs: EstimateInputs, overrides: Record<string, string>): number {
  const start = performance.now();
  const result = computeEstimate(inputs, overrides);
  const elapsed = performance.now() - start;
  if ('error' in result) throw new Error(result.error);
  return elapsed;
}

const rounds = Number(process.argv[2] ?? 10);
const inputs: EstimateInputs = { run: runEstimate, problem: loadProblem('twitter') };
const ranges: number[] = [];
const point: number[] = [];
// Two rounds first, not counted: the screen has computed the estimate before the user types.
for (let round = -2; round < rounds; round++) {
  for (const text of KEYSTROKES) {
    const ms = timed(inputs, { ...RANGES, dau: text });
    if (round >= 0) ranges.push(ms);
  }
  for (const text of POINT_KEYSTROKES) {
    const ms = timed(inputs, { dau: text });
    if (round >= 0) point.push(ms);
  }
}
process.stdout.write(JSON.stringify({ ranges, point }));
