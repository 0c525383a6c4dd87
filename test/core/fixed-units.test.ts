import { create, parseDependencies, unitDependencies } from 'mathjs';
import { describe, expect, test } from 'vitest';
import { DEFAULT_CONVENTIONS } from '../../src/core/conventions.js';
import { dimsOf, magnitude } from '../../src/core/units/quantity.js';
import { FIXED_UNIT_NAMES, resolveUnit } from '../../src/core/units/units.js';

/** Our own table of fixed units means what mathjs means by the same names (bits counted as 1/8 byte). */
const math = create({ parseDependencies, unitDependencies } as unknown as Parameters<typeof create>[0]);

describe('the fixed unit table', () => {
  test.each(FIXED_UNIT_NAMES.filter((name) => !/^(usd|USD|dollars?)$/.test(name)))('%s has the size mathjs gives it', (name) => {
    const theirs = math.unit(1, name) as unknown as { value: number; dimensions: number[] };
    const ours = resolveUnit(name, DEFAULT_CONVENTIONS)!;
    const dataPower = theirs.dimensions[8] ?? 0;
    expect(magnitude(ours)).toBeCloseTo(theirs.value / 8 ** dataPower, 12);
    expect(dimsOf(ours).slice(0, 9)).toEqual(theirs.dimensions.map((d) => d + 0));
  });
});
