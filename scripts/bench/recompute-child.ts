// The estimator's recompute after a keystroke, timed inside one process, as the
// estimator screen runs it (computeEstimate, the core function it calls).
// Built by scripts/bench.mjs into node_modules/.cache/hld-bench/ (so it finds
// the package's data) and run by recompute.ts; prints its samples as JSON.
import { runEstimate } from '../../src/core/estimate/engine.js';
import { computeEstimate, type EstimateInputs } from '../../src/core/estimate/recompute.js';
import { loadProblem } from '../../src/core/problem/load.js';
import { newSession } from '../../src/core/session/session-store.js';
import { loadFramework } from '../../src/core/template/load.js';
import { parseKey } from '../../src/ui/keys/parse-key.js';
import { practiceReducer } from '../../src/ui/practice/reducer.js';
import type { PracticeState } from '../../src/ui/practice/state.js';
import { practiceStateFor, renderPracticeFrame } from '../../src/ui/render-frame.js';
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
/**
 * The same keystrokes as the screen takes them: the practice reducer (the
 * draft's recompute), then the frame drawn (Ink, the zoomed estimator at
 * 120x40 with its marks, change column, spreads and detail). The draft holds
 * ` to 400M` with the cursor at its start; the low end is typed in front.
 */
const screen: number[] = [];
const session = { ...newSession({ problem: 'twitter', framework: 'hld14', mode: 'practice' }), current_step: 4, overrides: RANGES };
const DOWN = '\x1b[B';
const ready: PracticeState = practiceStateFor({
  problem: inputs.problem,
  framework: loadFramework('hld14'),
  session,
  columns: 120,
  rows: 40,
  keys: ['\x1b[Z', 'z', DOWN, DOWN, '\r', '\x15', ' to 400M', '\x01'],
});
if (!ready.estimator.draft) throw new Error('the bench could not open a draft on dau');
for (let round = -2; round < rounds; round++) {
  let state = ready;
  for (const char of '100M') {
    const start = performance.now();
    state = practiceReducer(state, { type: 'key', key: parseKey(char) });
    renderPracticeFrame({ state, env: { NO_COLOR: '1' } });
    const ms = performance.now() - start;
    if (round >= 0) screen.push(ms);
  }
  if (state.estimator.draft?.error) throw new Error(state.estimator.draft.error);
}
process.stdout.write(JSON.stringify({ ranges, point, screen }));
