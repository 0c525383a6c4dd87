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
/**
 * The whole keystroke as the screen takes it, Ink's drawing of a 120x40 frame
 * included (most of it: Ink styles and measures every character of the frame).
 * No target of its own: the 50 ms is the recompute's, above.
 */
export const SCREEN_FIGURE: FigureDef = {
  group: RECOMPUTE_GROUP,
  label: 'the same range keystrokes through the practice reducer, then the whole zoomed estimator frame drawn by Ink (120x40)',
  unit: 'ms',
};

/** Run the built child script; each keystroke is a sample. No bare-node baseline: this is time inside a running screen. */
export function recomputeFigures(script: string, root: string, env: NodeJS.ProcessEnv, rounds: number): Figure[] {
  const result = spawnSync(process.execPath, [script, String(rounds)], { cwd: root, env, encoding: 'utf8', timeout: 300_000 });
  if (result.error) throw new Error(`cannot start node: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`exited ${result.status ?? result.signal}: ${(result.stderr ?? '').trim().split('\n')[0]?.slice(0, 120)}`);
  const samples = JSON.parse(result.stdout) as { ranges: number[]; point: number[]; screen: number[] };
  return [
    { ...RANGES_FIGURE, value: summarise(samples.ranges) },
    { ...POINT_FIGURE, value: summarise(samples.point) },
    { ...SCREEN_FIGURE, value: summarise(samples.screen) },
  ];
}
