import '../../src/core/units/math.js';
import { describe, expect, test } from 'vitest';
import { DEFAULT_CONVENTIONS, applyConventionFlag, describeConventions } from '../../src/core/conventions.js';
import { UsageError } from '../../src/core/errors.js';
import { formatBytes, formatCount, formatMoney, formatQuantity } from '../../src/core/units/format.js';
import { evaluateUnitText, parseValue, rewriteValueSyntax, toDeclaredUnit, withDeclaredUnit } from '../../src/core/units/value.js';
import { resolveUnit } from '../../src/core/units/units.js';

const c = DEFAULT_CONVENTIONS;
const inUnit = (input: string, unit: string, conventions = c) => {
  const declared = evaluateUnitText(unit, conventions);
  const { quantity } = parseValue(input, (name) => resolveUnit(name, conventions));
  return toDeclaredUnit(withDeclaredUnit(quantity, declared), declared);
};

describe('value syntax', () => {
  test.each([
    ['300M', '1', 300e6],
    ['1.5B', '1', 1.5e9],
    ['20K', '1', 20e3],
    ['500 M', '1', 500e6],
    ['2bn', '1', 2e9],
    ['1e9', '1', 1e9],
    ['10^5', '1', 1e5],
    ['20%', '1', 0.2],
    ['86,400', '1', 86_400],
    ['1,000,000', '1', 1e6],
    ['2 KB', 'B', 2000],
    ['500 bytes', 'B', 500],
    ['500 B', 'B', 500],
    ['1 MiB', 'B', 1_048_576],
    ['8 bits', 'B', 1],
    ['100M / day', '1/s', 100e6 / 86_400],
    ['100M per day', '1/s', 100e6 / 86_400],
    ['500M', '1/month', 500e6],
    ['5 Mbps', 'bit/s', 5e6],
    ['5 Mbps', 'B/s', 625_000],
    ['4 s', 's', 4],
    ['90 min', 's', 5400],
    ['10 years', 'year', 10],
    ['30 x 86400', '1', 2_592_000],
    ['2 bn', '1', 2e9],
    ['100 million', '1', 100e6],
    ['2.5 billion per month', '1/month', 2.5e9],
    ['1,500 T', '1', 1.5e15],
    ['$100', 'USD', 100],
    ['$0.096/hour', 'USD/hour', 0.096],
    ['$25K/month', 'USD/month', 25_000],
    ['$1.2 B/month', 'USD/month', 1.2e9],
    ['$12.3 K/month', 'USD/month', 12_300],
    ['$0.023 per GB month', 'USD/(GB month)', 0.023],
  ])('%s in %s is %d', (input, unit, expected) => {
    expect(inUnit(input, unit)).toBeCloseTo(expected, 6);
  });

  test('names ending in a digit keep their digits; k/M/B/T still scale numbers beside them', () => {
    const scope = new Map<string, number>([['bitrate_4k', 25e6], ['share_1080p', 0.45], ['x2', 3]]);
    const read = (input: string) =>
      parseValue(input, (name) => scope.get(name) ?? resolveUnit(name, c)).quantity;
    expect(read('bitrate_4k')).toBe(25e6);
    expect(read('bitrate_4k * 2')).toBe(50e6);
    expect(read('share_1080p * 2K')).toBe(900);
    expect(read('x2 * 3M')).toBe(9e6);
    expect(rewriteValueSyntax('bitrate_4k + 4k')).toBe('bitrate_4k + (4 * 1e3)');
  });

  test('attached B is a billion, spaced B is bytes', () => {
    expect(rewriteValueSyntax('1.5B')).toBe('(1.5 * 1e9)');
    expect(rewriteValueSyntax('500 B')).toBe('500 B');
  });

  test('KB follows the storage convention; KiB and kB never do', () => {
    const binary = { ...c, storage: 'binary' as const };
    expect(inUnit('2 KB', 'B', binary)).toBe(2048);
    expect(inUnit('1 GB', 'B', binary)).toBe(1024 ** 3);
    expect(inUnit('2 kB', 'B', binary)).toBe(2000);
    expect(inUnit('2 KiB', 'B', c)).toBe(2048);
  });

  test('day, month and year follow the time conventions', () => {
    const quick = { ...c, secondsPerDay: 100_000 as const, month: '2.5Ms' as const };
    expect(inUnit('1 day', 's', quick)).toBe(100_000);
    expect(inUnit('1 month', 's', quick)).toBe(2_500_000);
    expect(inUnit('1 month', 's', c)).toBe(2_592_000);
    expect(inUnit('1 year', 's', c)).toBe(31_536_000);
    expect(inUnit('1 year', 'month', { ...c, year: '12mo' })).toBe(12);
  });
});

describe('human formatting never shows an exponent', () => {
  test.each([
    [193.2, '193'],
    [3470, '3.47 K'],
    [15e6, '15 M'],
    [1.2e9, '1.2 bn'],
    [1.5e15, '1,500 T'],
    [3e12, '3 T'],
    [1.5432e14, '154 T'],
    [0.0116, '0.0116'],
  ])('count %d -> %s', (n, text) => expect(formatCount(n)).toBe(text));

  test('bytes, decimal and binary', () => {
    expect(formatBytes(15e12, c)).toBe('15 TB');
    expect(formatBytes(15e12, { storage: 'binary' })).toBe('13.6 TiB');
    expect(formatBytes(999, c)).toBe('999 B');
  });

  test('money', () => {
    expect(formatMoney(70.08)).toBe('$70.08');
    expect(formatMoney(12_345)).toBe('$12.3 K');
    expect(formatMoney(5110.4)).toBe('$5,110');
    expect(formatMoney(945.0000001)).toBe('$945');
    expect(formatMoney(0.023)).toBe('$0.023');
    expect(formatQuantity(12_300, 'USD/month', c)).toBe('$12.3 K/month');
  });

  test('rates, bandwidth in bits and bytes', () => {
    expect(formatQuantity(3470, '1/s', c)).toBe('3.47 K/s');
    expect(formatQuantity(115.74e6, 'B/s', c)).toBe('116 MB/s');
    expect(formatQuantity(115.74e6, 'B/s', { ...c, bandwidth: 'bits' })).toBe('926 Mbit/s');
    expect(formatQuantity(2.5e6, 'bit/s', c)).toBe('2.5 Mbit/s');
    expect(formatQuantity(5, 'year', c)).toBe('5 years');
    expect(formatQuantity(30 / 365, 'year', c)).toBe('30 days');
  });
});

describe('conventions', () => {
  test('flags set conventions and are printed', () => {
    let conv = applyConventionFlag(c, '--day', '1e5');
    conv = applyConventionFlag(conv, '--storage', 'binary');
    expect(conv.secondsPerDay).toBe(100_000);
    expect(describeConventions(conv).join('\n')).toContain('10^5 s');
    expect(describeConventions(conv).join('\n')).toContain('1 KiB = 1,024 B');
  });

  test('an unknown convention value names what is accepted', () => {
    expect(() => applyConventionFlag(c, '--month', '32d')).toThrowError(UsageError);
    expect(() => applyConventionFlag(c, '--month', '32d')).toThrowError(
      "--month '32d' is not accepted; use one of: 30d, 30.42d, 2.5Ms, any number of days from 28 to 31",
    );
  });
});
