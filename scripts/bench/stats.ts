// Summaries of benchmark samples: the median and the spread around it.

export interface Summary {
  readonly n: number;
  readonly median: number;
  /** First and third quartiles: the middle half of the samples lies between them. */
  readonly q1: number;
  readonly q3: number;
  readonly min: number;
  readonly max: number;
}

/** The q-quantile (0..1) of sorted values, interpolating between neighbours. */
function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = sorted[Math.floor(at)]!;
  const high = sorted[Math.ceil(at)]!;
  return low + (high - low) * (at - Math.floor(at));
}

/** Median, quartiles and range of the finite `values`, or undefined when there are none. */
export function summarise(values: readonly number[]): Summary | undefined {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}

/**
 * Each measured sample over the baseline sample taken next to it in the same
 * round: pairing cancels the load drifting between rounds on a shared machine.
 */
export function pairedRatios(measured: readonly number[], baseline: readonly number[]): number[] {
  const ratios: number[] = [];
  for (let i = 0; i < Math.min(measured.length, baseline.length); i++) {
    if (baseline[i]! > 0) ratios.push(measured[i]! / baseline[i]!);
  }
  return ratios;
}
