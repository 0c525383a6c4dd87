// Alternating a measurement with its baseline, round by round.

export interface Alternated {
  readonly measured: number[];
  readonly baseline: number[];
}

/**
 * Run `measure` and `baseline` in turns (A B, then B A, and so on, so neither
 * always runs on the other's warm caches): `warmup` rounds first, not counted,
 * then `runs` counted rounds. Each call returns one number (a time, a size).
 */
export async function alternate(options: {
  readonly runs: number;
  readonly warmup: number;
  readonly measure: () => Promise<number> | number;
  readonly baseline: () => Promise<number> | number;
}): Promise<Alternated> {
  const { runs, warmup, measure, baseline } = options;
  const measured: number[] = [];
  const base: number[] = [];
  for (let round = 0; round < warmup + runs; round++) {
    let a: number;
    let b: number;
    if (round % 2 === 0) {
      b = await baseline();
      a = await measure();
    } else {
      a = await measure();
      b = await baseline();
    }
    if (round >= warmup) {
      measured.push(a);
      base.push(b);
    }
  }
  return { measured, baseline: base };
}
