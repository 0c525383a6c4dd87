import { expect } from 'vitest';

/**
 * Published worked examples round their figures ("~200 writes/s" for 193/s); assert the
 * figure the source prints, within the relative tolerance its rounding implies.
 */
export function expectNear(actual: number, published: number, relativeTolerance: number): void {
  const drift = Math.abs(actual / published - 1);
  expect(drift, `${actual} should be within ${relativeTolerance * 100}% of ${published}`).toBeLessThanOrEqual(relativeTolerance);
}
