import type { Ast } from '../units/ast.js';
import { allowedFunctions } from '../units/expression.js';

/**
 * Formulas evaluated over many samples at once. The point estimate has
 * already checked every unit, so here a value is a plain number in base units
 * (seconds, bytes, dollars): each name resolves once to a constant or to a
 * column of samples, and each operator runs as one loop over the column. No
 * unit arithmetic, no parsing, no allocation per sample.
 */

/** A value the same in every sample, or one per sample. */
export type Column = number | Float64Array;

export type ColumnResolver = (name: string) => Column;

function map1(a: Column, length: number, f: (x: number) => number): Column {
  if (typeof a === 'number') return f(a);
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) out[i] = f(a[i]!);
  return out;
}

function map2(a: Column, b: Column, length: number, f: (x: number, y: number) => number): Column {
  if (typeof a === 'number' && typeof b === 'number') return f(a, b);
  const out = new Float64Array(length);
  if (typeof a === 'number') for (let i = 0; i < length; i++) out[i] = f(a, (b as Float64Array)[i]!);
  else if (typeof b === 'number') for (let i = 0; i < length; i++) out[i] = f(a[i]!, b);
  else for (let i = 0; i < length; i++) out[i] = f(a[i]!, b[i]!);
  return out;
}

const add = (x: number, y: number) => x + y;
const subtract = (x: number, y: number) => x - y;
const multiply = (x: number, y: number) => x * y;
const divide = (x: number, y: number) => x / y;
const pow = (x: number, y: number) => x ** y;
const negate = (x: number) => -x;

/** The column of `node` over `length` samples. */
export function evaluateColumn(node: Ast, resolve: ColumnResolver, length: number): Column {
  switch (node.t) {
    case 'num':
      return node.v;
    case 'sym':
      return resolve(node.n);
    case 'par':
      return evaluateColumn(node.c, resolve, length);
    case 'op': {
      const a = evaluateColumn(node.a[0]!, resolve, length);
      if (node.f === 'unaryMinus') return map1(a, length, negate);
      if (node.f === 'unaryPlus') return a;
      const b = evaluateColumn(node.a[1]!, resolve, length);
      switch (node.f) {
        case 'add':
          return map2(a, b, length, add);
        case 'subtract':
          return map2(a, b, length, subtract);
        case 'multiply':
          return map2(a, b, length, multiply);
        case 'divide':
          return map2(a, b, length, divide);
        case 'pow':
          return map2(a, b, length, pow);
      }
      throw new Error(`unexpected operator ${node.f}`);
    }
    case 'fn': {
      const fn = node.n === null ? undefined : allowedFunctions[node.n];
      if (!fn) throw new Error(`unexpected function ${node.callee}`);
      const args = node.a.map((arg) => evaluateColumn(arg, resolve, length));
      if (args.every((arg) => typeof arg === 'number')) return fn.compute(...(args as number[]));
      const out = new Float64Array(length);
      const row = new Array<number>(args.length);
      for (let i = 0; i < length; i++) {
        for (let k = 0; k < args.length; k++) {
          const arg = args[k]!;
          row[k] = typeof arg === 'number' ? arg : arg[i]!;
        }
        out[i] = fn.compute(...row);
      }
      return out;
    }
    case 'bad':
      throw new Error(`unexpected node ${node.what}`);
  }
}

/** `column / factor` (a value in base units into its declared unit). */
export function scaled(column: Column, factor: number, length: number): Column {
  return factor === 1 ? column : map1(column, length, (x) => x / factor);
}

export function columnAt(column: Column, i: number): number {
  return typeof column === 'number' ? column : column[i]!;
}
