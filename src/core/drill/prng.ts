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

/** A seed from what the user typed: a whole number is used as is, any other text is hashed (FNV-1a). */
export function seedFromText(text: string): number {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed) && Number(trimmed) <= 0xffffffff) return Number(trimmed);
  let hash = 0x811c9dc5;
  for (let i = 0; i < trimmed.length; i++) {
    hash ^= trimmed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
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
