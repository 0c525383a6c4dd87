import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { byCodeUnits } from '../../src/core/order.js';
import { newSessionId } from '../../src/core/session/ids.js';

/** What hld sorts by code units (session ids, the ISO times it writes) sorts as localeCompare sorts it. */

const sign = (n: number) => Math.sign(n);
const moments = fc.integer({ min: new Date('0000-01-01T00:00:00Z').getTime(), max: new Date('9999-12-31T23:59:59Z').getTime() });
const slugs = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);

describe('byCodeUnits', () => {
  test('orders ISO times written by toISOString as localeCompare does, and as time does', () => {
    fc.assert(
      fc.property(moments, moments, (a, b) => {
        const [x, y] = [new Date(a).toISOString(), new Date(b).toISOString()];
        expect(sign(byCodeUnits(x, y))).toBe(sign(x.localeCompare(y)));
        expect(sign(byCodeUnits(x, y))).toBe(sign(a - b));
      }),
      { numRuns: 2_000 },
    );
  });

  test('orders session ids (lowercase letters, digits, dashes) as localeCompare does', () => {
    const ids = fc.oneof(slugs, fc.tuple(moments, slugs).map(([at, problem]) => newSessionId('/nonexistent', problem, new Date(at))));
    fc.assert(
      fc.property(ids, ids, (x, y) => {
        expect(sign(byCodeUnits(x, y))).toBe(sign(x.localeCompare(y)));
      }),
      { numRuns: 5_000 },
    );
  });
});
