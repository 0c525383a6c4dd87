/**
 * Numbers written as `Intl.NumberFormat('en-US', ...)` writes them, without
 * Intl: the first use of ICU in a process costs tens of milliseconds, about
 * half of a bare node start, and every command prints numbers.
 *
 * Like ICU, it rounds the shortest decimal that reads back as the double
 * (what `String(x)` shows), half away from zero: 1.005 to two places is 1.01,
 * where `(1.005).toFixed(2)` gives 1.00. Negative numbers that round to zero
 * keep their sign (-0), as ICU's do. test/core/units/number-text.test.ts
 * compares it with Intl over wide ranges of doubles.
 */

/** Rounding to a number of decimal places (0 to 20) or to significant digits (1 to 21). */
export type NumberRounding = { maxFraction: number; minFraction?: number } | { maxSignificant: number };

/** `toLocaleString('en-US')`'s rounding: up to three decimal places. */
const LOCALE_DEFAULT: NumberRounding = { maxFraction: 3 };

/** `value` with thousands separators, rounded as asked: 1234.5678 gives 1,234.568. */
export function numberText(value: number, rounding: NumberRounding = LOCALE_DEFAULT): string {
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  if (!Number.isFinite(value)) return `${sign}∞`;
  const { digits, point } = rounded(shortestDigits(Math.abs(value)), rounding);
  const whole = point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0');
  const minFraction = 'minFraction' in rounding ? (rounding.minFraction ?? 0) : 0;
  const fraction = (point < 0 ? '0'.repeat(-point) + digits : digits.slice(Math.max(point, 0))).padEnd(minFraction, '0');
  return `${sign}${grouped(whole)}${fraction ? `.${fraction}` : ''}`;
}

/** Significant digits without trailing zeros, and where the decimal point falls: 0.0125 is 125 with the point at -1. */
interface Decimal {
  digits: string;
  point: number;
}

function shortestDigits(size: number): Decimal {
  if (size === 0) return { digits: '', point: 0 };
  // With no argument toExponential gives the shortest digits that read back as the same double.
  const [mantissa, exponent] = size.toExponential().split('e') as [string, string];
  return trimmed({ digits: mantissa.replace('.', ''), point: Number(exponent) + 1 });
}

function rounded(decimal: Decimal, rounding: NumberRounding): Decimal {
  const keep = 'maxSignificant' in rounding ? rounding.maxSignificant : decimal.point + rounding.maxFraction;
  if (decimal.digits.length <= keep) return decimal;
  if (keep < 0) return { digits: '', point: 0 };
  const kept = decimal.digits.slice(0, keep);
  if (decimal.digits[keep]! < '5') return trimmed({ digits: kept, point: decimal.point });
  // Half away from zero: add one in the last kept place, carrying through nines.
  const nines = /9*$/.exec(kept)![0].length;
  if (nines === kept.length) return { digits: '1', point: decimal.point + 1 };
  const last = kept.length - nines - 1;
  return { digits: kept.slice(0, last) + String(Number(kept[last]) + 1), point: decimal.point };
}

function trimmed(decimal: Decimal): Decimal {
  const digits = decimal.digits.replace(/0+$/, '');
  return digits ? { digits, point: decimal.point } : { digits: '', point: 0 };
}

/** 1234567 as 1,234,567. */
function grouped(whole: string): string {
  return whole.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** A plain number with three significant figures: 193, 0.0079, 86,400 keeps 86,400. */
export function formatPlain(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e6) return numberText(value, { maxFraction: 6 });
  return numberText(value, { maxSignificant: 3 });
}
