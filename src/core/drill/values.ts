import type { Assumption, Problem } from '../problem/schema.js';
import { logUniform, type Random } from './prng.js';

/**
 * Plausible variations of a problem's assumptions for a drill, so the user
 * cannot answer from memory. Only scale inputs move (user counts, per-user
 * rates, sizes, bit rates); ratios, fractions, factors and capacities stay,
 * because changing them would describe a different system.
 */

/** Mantissas people say out loud: 1.5 M users, 250 KB, 4 a day. */
const FRIENDLY = [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The nearest friendly number in log space: 3.3 M -> 3 M, 7.1 K -> 8 K. */
export function friendlyNumber(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return value;
  const power = Math.floor(Math.log10(value));
  const scale = 10 ** power;
  const mantissa = value / scale;
  let best = FRIENDLY[0]!;
  for (const m of FRIENDLY) if (Math.abs(Math.log(m / mantissa)) < Math.abs(Math.log(best / mantissa))) best = m;
  return Number((best * scale).toPrecision(3));
}

const tidy = (n: number) => String(Number(n.toPrecision(3)));

function scaledText(value: number, base: number, names: readonly string[], spaced: boolean): string {
  let index = 0;
  let v = value;
  while (v >= base && index < names.length - 1) {
    v /= base;
    index++;
  }
  const name = names[index]!;
  return name === '' ? tidy(v) : `${tidy(v)}${spaced ? ' ' : ''}${name}`;
}

/** A value in the value syntax for a field measured in `unit`. */
export function valueText(value: number, unit: string): string {
  const u = unit.replace(/\s+/g, '');
  if (u === 'B') return scaledText(value, 1000, ['B', 'KB', 'MB', 'GB', 'TB', 'PB'], true);
  if (u === 'bit/s') return scaledText(value, 1000, ['bps', 'Kbps', 'Mbps', 'Gbps', 'Tbps'], true);
  // Counts and per-time rates: a bare number takes the field's unit; attached suffixes are multipliers.
  return scaledText(value, 1000, ['', 'K', 'M', 'B', 'T'], false);
}

/** Whether a default is a number with units rather than an expression over other assumptions. */
function isLiteral(assumption: Assumption, keys: ReadonlySet<string>): boolean {
  const words = String(assumption.value).match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
  return words.every((w) => !keys.has(w));
}

/** Assumptions that move together, so a 4K bit rate stays above a 1080p one and a video stays bigger than a photo. */
export type VariationClass = 'headcount' | 'habit' | 'size' | 'bitrate';

const CLASS_RANGE: Record<VariationClass, readonly [number, number]> = {
  // Head counts swing widely between products; per-user habits and sizes less so.
  headcount: [1 / 4, 4],
  habit: [1 / 2.5, 2.5],
  size: [1 / 2.5, 2.5],
  bitrate: [1 / 2.5, 2.5],
};
const CLASS_ORDER: readonly VariationClass[] = ['headcount', 'habit', 'size', 'bitrate'];
/** Each assumption also moves a little on its own, never enough to swap two that differ by 2x. */
const JITTER: readonly [number, number] = [0.8, 1.25];

/** Which class an assumption moves with, or undefined to keep it as it is. */
export function variationClass(assumption: Assumption, defaultValue: number, keys: ReadonlySet<string>): VariationClass | undefined {
  if (!['traffic', 'data', 'media'].includes(assumption.group)) return undefined;
  if (assumption.max !== undefined || !isLiteral(assumption, keys)) return undefined;
  const unit = assumption.unit.replace(/\s+/g, '');
  if (unit === '1') return defaultValue >= 1000 ? 'headcount' : undefined;
  if (unit === '1/day' || unit === '1/month') return 'habit';
  if (unit === 'B') return 'size';
  if (unit === 'bit/s') return 'bitrate';
  return undefined;
}

/**
 * Overrides (assumption key -> value text) for a drill: each class of
 * movable assumptions is scaled by one seeded log-uniform factor, each
 * assumption by a small jitter on top, and the result rounded to a friendly
 * number. `defaults` are the default values in each assumption's unit.
 */
export function randomOverrides(problem: Problem, defaults: ReadonlyMap<string, number>, random: Random): Record<string, string> {
  const keys = new Set(problem.assumptions.map((a) => a.key));
  const classFactor = new Map(CLASS_ORDER.map((c) => [c, logUniform(random, CLASS_RANGE[c][0], CLASS_RANGE[c][1])]));
  const overrides: Record<string, string> = {};
  for (const assumption of problem.assumptions) {
    const base = defaults.get(assumption.key);
    if (base === undefined) continue;
    // Draw for every assumption, moved or not, so whether one moves never shifts the draws of the others.
    const jitter = logUniform(random, JITTER[0], JITTER[1]);
    const cls = variationClass(assumption, base, keys);
    if (!cls) continue;
    const value = friendlyNumber(base * classFactor.get(cls)! * jitter);
    if (value !== base) overrides[assumption.key] = valueText(value, assumption.unit);
  }
  return overrides;
}
