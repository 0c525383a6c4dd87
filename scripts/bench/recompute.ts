// The estimator's recompute figure: see recompute-child.ts for what it times.
import { spawnSync } from 'node:child_process';
import { summarise } from './stats.js';
import type { Figure, FigureDef } from './report.js';

export const RECOMPUTE_GROUP = "Estimator: recompute after a keystroke (twitter, in one process, the screen's core call)";

export const RANGES_FIGURE: FigureDef = {
  group: RECOMPUTE_GROUP,
  label: 'dau=100M to 400M typed, peak_factor and photo_size ranges: every value, spread, drivers and check (2,000 samples)',
  unit: 'ms',
  target: { of: 'value', limit: 50, strict: true },
};
export const POINT_FIGURE: FigureDef = { group: RECOMPUTE_GROUP, label: 'the same keystrokes with point inputs', unit: 'ms' };

/** Run the built child script; each keystroke is a sample. No bare-node baseline: this is time inside a running screen. */
export function recomputeFigures(script: string, root: string, env: NodeJS.ProcessEnv, rounds: number): Figure[] {
  const result = spawnSync(process.execPath, [script, String(rounds)], { cwd: root, env, encoding: 'utf8', timeout: 300_000 });
  if (result.error) throw new Error(`cannot start node: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`exited ${result.status ?? result.signal}: ${(result.stderr ?? '').trim().split('\n')[0]?.slice(0, 120)}`);
  const samples = JSON.parse(result.stdout) as { ranges: number[]; point: number[] };
  return [
    { ...RANGES_FIGURE, value: summarise(samples.ranges) },
    { ...POINT_FIGURE, value: summarise(samples.point) },
  ];
}
