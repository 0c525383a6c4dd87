/**
 * A small seeded random source (mulberry32), so a drill's `--seed` replays
 * the same numbers on every machine and every release of Node.
 */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The largest seed: mulberry32 keeps 32 bits of state. */
export const MAX_SEED = 0xffffffff;

/**
 * A seed as typed: a whole number from 0 to MAX_SEED (`42`, ` 007 `), or
 * undefined for anything else. Only numbers, so the seed a drill prints and
 * the one `--seed N` takes are the same thing.
 */
export function parseSeed(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,10}$/.test(trimmed)) return undefined;
  const seed = Number(trimmed);
  return seed <= MAX_SEED ? seed : undefined;
}

/** A fresh seed for a drill the user did not seed; shown so it can be replayed. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 1_000_000);
}

/** A value between low and high, uniform in log space (as likely to halve as to double). */
export function logUniform(random: Random, low: number, high: number): number {
  return Math.exp(Math.log(low) + random() * (Math.log(high) - Math.log(low)));
}

export function pickOne<T>(random: Random, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pickOne: nothing to pick from');
  return items[Math.floor(random() * items.length)]!;
}

/** A shuffled copy (Fisher-Yates). */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
