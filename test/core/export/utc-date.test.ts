import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { utcDay, utcTime } from '../../../src/core/export/utc-date.js';

/** The design doc's dates are written by hand; they must read exactly as Intl's en-GB UTC formatters read. */

const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

// Every moment a session's ISO time can hold (years 0000 to 9999), the years around now, and all a Date can hold.
const moments = fc.oneof(
  fc.integer({ min: new Date('0000-01-01T00:00:00Z').getTime(), max: new Date('9999-12-31T23:59:59Z').getTime() }),
  fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }),
  fc.integer({ min: -8.64e15, max: 8.64e15 }),
);

describe('utcDay and utcTime write what Intl en-GB writes in UTC', () => {
  test('over many moments', () => {
    fc.assert(
      fc.property(moments, (ms) => {
        const date = new Date(ms);
        expect(utcDay(date)).toBe(DAY.format(date));
        expect(utcTime(date)).toBe(TIME.format(date));
      }),
      { numRuns: 20_000 },
    );
  });

  test('every day of a leap year and every hour of one day', () => {
    for (let day = 0; day < 366; day++) {
      const date = new Date(Date.UTC(2028, 0, 1 + day, day % 24, (day * 7) % 60));
      expect(`${utcDay(date)} ${utcTime(date)}`).toBe(`${DAY.format(date)} ${TIME.format(date)}`);
    }
  });

  test('named cases', () => {
    expect(utcDay(new Date('2026-11-30T09:30:00Z'))).toBe('Mon, 30 Nov 2026');
    expect(utcDay(new Date('2026-09-05T00:05:00Z'))).toBe('Sat, 5 Sept 2026');
    expect(utcTime(new Date('2026-09-05T00:05:00Z'))).toBe('00:05');
    expect(utcDay(new Date('0000-01-01T00:00:00Z'))).toBe('Sat, 1 Jan 1');
  });
});
