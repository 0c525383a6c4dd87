import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVENTIONS } from '../../../src/core/conventions.js';
import { mentionAs, numberMentions } from '../../../src/core/judge/numbers.js';
import { fuzzParameters } from '../../fuzz/runs.js';

describe('numbers with units in free text', () => {
  it('reads the ways candidates write them, into the value syntax', () => {
    const values = (text: string) => numberMentions(text).map((m) => [m.text, m.value]);
    expect(values('Write QPS ~ 1,160/s, peak 2.3K/s; storage 30 TB/day.')).toEqual([
      ['1,160/s', '1160/s'],
      ['2.3K/s', '2.3K/s'],
      ['30 TB/day', '30 TB/day'],
    ]);
    expect(values('you wrote 3,500 writes/s and $12K a month')).toEqual([
      ['3,500 writes/s', '3500/s'],
      ['$12K a month', '$12K/month'],
    ]);
    expect(values('50K QPS, 1.2 million requests per second, 10 Gbps egress')).toEqual([
      ['50K QPS', '50K/s'],
      ['1.2 million requests per second', '1.2M/s'],
      ['10 Gbps', '10 Gbps'],
    ]);
    expect(values('six million streams')).toEqual([['six million streams', '6M']]);
    // Ratios, percentages and names with digits are not quantities.
    expect(values('read:write 100:1, 20% hot, S3, p99, base62')).toEqual([]);
  });

  it('needs a unit that fits the estimate: a rate a "per" time, a size bytes, a count a noun after it', () => {
    const as = (text: string, unit: string) => mentionAs(numberMentions(text)[0]!, unit, DEFAULT_CONVENTIONS);
    expect(as('3,500 writes/s', '1/s')).toBe(3500);
    expect(as('300M per day', '1/s')).toBeCloseTo(3472.2, 1);
    expect(as('3,500', '1/s')).toBeUndefined();
    expect(as('15 TB', 'B')).toBe(15e12);
    expect(as('40 servers', '1')).toBe(40);
    expect(as('200M people a day', '1')).toBe(200e6);
    expect(as('15 TB', '1/s')).toBeUndefined();
  });

  it('never throws and reads every mention it finds, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const mention of numberMentions(text)) {
          for (const unit of ['1', '1/s', 'B', 'B/day', 'B/s', 'USD/month']) {
            const value = mentionAs(mention, unit, DEFAULT_CONVENTIONS);
            expect(value === undefined || Number.isFinite(value)).toBe(true);
          }
        }
      }),
      fuzzParameters(500),
    );
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e15, noNaN: true }), fc.constantFrom('/s', ' TB', ' GB/s', ' writes per second', 'K QPS'), (n, unit) => {
        const written = `about ${Number(n.toPrecision(4))}${unit} here`;
        expect(numberMentions(written).length).toBeGreaterThan(0);
      }),
      fuzzParameters(500),
    );
  });
});
