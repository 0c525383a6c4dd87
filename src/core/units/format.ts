import type { Conventions } from '../conventions.js';
import { durationText, durationWord, secondsInWord, TIME_WORDS } from './duration.js';
import { formatPlain, numberText } from './number-text.js';

/**
 * Human formatting: three significant figures, thousands separators, a scale
 * word or prefix, never an exponent. `3.47 K/s`, `15 TB`, `926 Mbit/s`, `$12.3 K/month`.
 */

const threeSignificant = (n: number): string => numberText(n, { maxSignificant: 3 });

export { formatPlain };

/** A number exactly as typed in a formula (1,000,000 stays whole). */
export function formatConstant(value: number): string {
  return Math.abs(value) >= 1e15 || (value !== 0 && Math.abs(value) < 1e-6) ? formatCount(value) : numberText(value, { maxFraction: 6 });
}

/**
 * Scale words that the value syntax reads back as the same number: a billion
 * is `bn` because a spaced `B` is bytes, and nothing goes past T (a thousand
 * trillion prints as 1,000 T rather than in a word nobody types).
 */
const COUNT_SCALES: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'bn'],
  [1e6, 'M'],
  [1e3, 'K'],
];

/** 3.47 K, 15 M, 1.2 bn, 1,500 T; below 1,000 the plain number. */
export function formatCount(value: number): string {
  const size = Math.abs(value);
  for (const [scale, word] of COUNT_SCALES) {
    if (size >= scale * 0.9995) return `${threeSignificant(value / scale)} ${word}`;
  }
  return formatPlain(value);
}

const DECIMAL_BYTES = ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY_BYTES = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];
const BITS = ['bit', 'Kbit', 'Mbit', 'Gbit', 'Tbit', 'Pbit', 'Ebit', 'Zbit', 'Ybit'];

function scaled(value: number, base: number, names: string[]): string {
  let index = 0;
  let v = value;
  while (Math.abs(v) >= base * 0.9995 && index < names.length - 1) {
    v /= base;
    index++;
  }
  return `${threeSignificant(v)} ${names[index]}`;
}

/** 15 TB (decimal) or 13.6 TiB (binary). */
export function formatBytes(bytes: number, c: Pick<Conventions, 'storage'>): string {
  return c.storage === 'binary' ? scaled(bytes, 1024, BINARY_BYTES) : scaled(bytes, 1000, DECIMAL_BYTES);
}

/** 926 Mbit (network quantities are always decimal). */
export function formatBits(bits: number): string {
  return scaled(bits, 1000, BITS);
}

const wholeDollars = (n: number): string => numberText(n, { maxFraction: 0 });
const dollarsAndCents = (n: number): string => numberText(n, { minFraction: 2, maxFraction: 2 });

/** $70.08, $454, $5,110, $12.3 K, $0.023. */
export function formatMoney(usd: number): string {
  const size = Math.abs(usd);
  const sign = usd < 0 ? '-' : '';
  if (size >= 1e4) return `${sign}$${formatCount(size)}`;
  // Cents only where they are a visible share of the amount.
  if (size >= 100) return `${sign}$${wholeDollars(Math.round(size))}`;
  if (size >= 1) return `${sign}$${Number.isInteger(size) ? wholeDollars(size) : dollarsAndCents(size)}`;
  return `${sign}$${threeSignificant(size)}`;
}

/** The kind of a declared unit, read from how it is written. */
export type UnitShape =
  | { kind: 'count' }
  | { kind: 'rate'; per: string }
  | { kind: 'bytes' }
  | { kind: 'byteRate'; per: string }
  | { kind: 'bitRate'; per: string }
  | { kind: 'money' }
  | { kind: 'moneyRate'; per: string }
  | { kind: 'duration'; unit: string }
  | { kind: 'other'; unit: string };

export function unitShape(declared: string): UnitShape {
  const unit = declared.replace(/\s+/g, '');
  if (unit === '1') return { kind: 'count' };
  let match = /^1\/(\w+)$/.exec(unit);
  if (match) return { kind: 'rate', per: match[1]! };
  if (unit === 'B') return { kind: 'bytes' };
  match = /^B\/(\w+)$/.exec(unit);
  if (match) return { kind: 'byteRate', per: match[1]! };
  match = /^(?:b|bit)\/(\w+)$/.exec(unit);
  if (match) return { kind: 'bitRate', per: match[1]! };
  if (unit === 'USD') return { kind: 'money' };
  match = /^USD\/(\w+)$/.exec(unit);
  if (match) return { kind: 'moneyRate', per: match[1]! };
  if (Object.hasOwn(TIME_WORDS, unit)) return { kind: 'duration', unit };
  return { kind: 'other', unit: declared };
}

/** Format a value given in its declared unit, following the conventions. */
export function formatQuantity(value: number, declared: string, c: Conventions): string {
  const shape = unitShape(declared);
  switch (shape.kind) {
    case 'count':
      return formatCount(value);
    case 'rate':
      return `${formatCount(value)}/${shape.per}`;
    case 'bytes':
      return formatBytes(value, c);
    case 'byteRate':
      if (shape.per === 's' && c.bandwidth === 'bits') return `${formatBits(value * 8)}/s`;
      return `${formatBytes(value, c)}/${shape.per}`;
    case 'bitRate':
      // A declared bit rate (a video rendition) is always quoted in bits, as the industry does.
      return `${formatBits(value)}/${shape.per}`;
    case 'money':
      return formatMoney(value);
    case 'moneyRate':
      return `${formatMoney(value)}/${shape.per}`;
    case 'duration': {
      // Shown in the unit a person reads it in (30 days, 45 minutes), whatever unit it is declared in.
      const seconds = value * secondsInWord(shape.unit, c);
      const word = durationWord(seconds, shape.unit, c);
      return durationText(seconds / secondsInWord(word, c), word, formatPlain);
    }
    case 'other':
      return `${formatPlain(value)} ${shape.unit}`;
  }
}
