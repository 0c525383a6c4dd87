import type { Ast, OperatorFn } from '../units/ast.js';
import { allowedFunctions } from '../units/expression.js';

/**
 * Formulas evaluated over many samples at once. The point estimate has
 * already checked every unit, so here a value is a plain number in base units
 * (seconds, bytes, dollars): each name resolves once to a constant or to a
 * column of samples, and each operator is one tight loop over the column. A
 * column made inside the evaluation (not a named value) is reused for the
 * result of the operator that consumes it, so a formula allocates about one
 * column, not one per operator.
 */

/** A value the same in every sample, or one per sample. */
export type Column = number | Float64Array;

export type ColumnResolver = (name: string) => Column;

/** A column, and whether this evaluation made it (so it may be overwritten). */
interface Held {
  readonly column: Column;
  readonly owned: boolean;
}

type Binary = Exclude<OperatorFn, 'unaryMinus' | 'unaryPlus'>;

function scalar(f: Binary, x: number, y: number): number {
  switch (f) {
    case 'add':
      return x + y;
    case 'subtract':
      return x - y;
    case 'multiply':
      return x * y;
    case 'divide':
      return x / y;
    case 'pow':
      return x ** y;
  }
}

/** `out[i] = a[i] op b[i]`, with either side possibly a constant; `out` may be `a` or `b`. */
function binary(f: Binary, a: Column, b: Column, out: Float64Array): Float64Array {
  const n = out.length;
  if (typeof a === 'number') {
    const x = a;
    const y = b as Float64Array;
    switch (f) {
      case 'add':
        for (let i = 0; i < n; i++) out[i] = x + y[i]!;
        break;
      case 'subtract':
        for (let i = 0; i < n; i++) out[i] = x - y[i]!;
        break;
      case 'multiply':
        for (let i = 0; i < n; i++) out[i] = x * y[i]!;
        break;
      case 'divide':
        for (let i = 0; i < n; i++) out[i] = x / y[i]!;
        break;
      case 'pow':
        for (let i = 0; i < n; i++) out[i] = x ** y[i]!;
        break;
    }
  } else if (typeof b === 'number') {
    const x = a;
    const y = b;
    switch (f) {
      case 'add':
        for (let i = 0; i < n; i++) out[i] = x[i]! + y;
        break;
      case 'subtract':
        for (let i = 0; i < n; i++) out[i] = x[i]! - y;
        break;
      case 'multiply':
        for (let i = 0; i < n; i++) out[i] = x[i]! * y;
        break;
      case 'divide':
        for (let i = 0; i < n; i++) out[i] = x[i]! / y;
        break;
      case 'pow':
        for (let i = 0; i < n; i++) out[i] = x[i]! ** y;
        break;
    }
  } else {
    const x = a;
    const y = b;
    switch (f) {
      case 'add':
        for (let i = 0; i < n; i++) out[i] = x[i]! + y[i]!;
        break;
      case 'subtract':
        for (let i = 0; i < n; i++) out[i] = x[i]! - y[i]!;
        break;
      case 'multiply':
        for (let i = 0; i < n; i++) out[i] = x[i]! * y[i]!;
        break;
      case 'divide':
        for (let i = 0; i < n; i++) out[i] = x[i]! / y[i]!;
        break;
      case 'pow':
        for (let i = 0; i < n; i++) out[i] = x[i]! ** y[i]!;
        break;
    }
  }
  return out;
}

/** A column to write a result into: one of the operands if this evaluation made it, else a new one. */
function target(a: Held, b: Held | undefined, length: number): Float64Array {
  if (a.owned && typeof a.column !== 'number') return a.column;
  if (b?.owned && typeof b.column !== 'number') return b.column;
  return new Float64Array(length);
}

function evaluate(node: Ast, resolve: ColumnResolver, length: number): Held {
  switch (node.t) {
    case 'num':
      return { column: node.v, owned: false };
    case 'sym':
      return { column: resolve(node.n), owned: false };
    case 'par':
      return evaluate(node.c, resolve, length);
    case 'op': {
      const a = evaluate(node.a[0]!, resolve, length);
      if (node.f === 'unaryPlus') return a;
      if (node.f === 'unaryMinus') {
        if (typeof a.column === 'number') return { column: -a.column, owned: false };
        const out = target(a, undefined, length);
        const x = a.column;
        for (let i = 0; i < length; i++) out[i] = -x[i]!;
        return { column: out, owned: true };
      }
      const b = evaluate(node.a[1]!, resolve, length);
      if (typeof a.column === 'number' && typeof b.column === 'number') return { column: scalar(node.f, a.column, b.column), owned: false };
      return { column: binary(node.f, a.column, b.column, target(a, b, length)), owned: true };
    }
    case 'fn': {
      const fn = node.n === null ? undefined : allowedFunctions[node.n];
      if (!fn) throw new Error(`unexpected function ${node.callee}`);
      const args = node.a.map((arg) => evaluate(arg, resolve, length));
      if (args.every((arg) => typeof arg.column === 'number')) return { column: fn.compute(...args.map((arg) => arg.column as number)), owned: false };
      const out = args.find((arg) => arg.owned && typeof arg.column !== 'number')?.column as Float64Array | undefined ?? new Float64Array(length);
      const columns = args.map((arg) => arg.column);
      if (columns.length === 1) {
        const x = columns[0] as Float64Array;
        for (let i = 0; i < length; i++) out[i] = fn.compute(x[i]!);
      } else {
        const row = new Array<number>(columns.length);
        for (let i = 0; i < length; i++) {
          for (let k = 0; k < columns.length; k++) {
            const column = columns[k]!;
            row[k] = typeof column === 'number' ? column : column[i]!;
          }
          out[i] = fn.compute(...row);
        }
      }
      return { column: out, owned: true };
    }
    case 'bad':
      throw new Error(`unexpected node ${node.what}`);
  }
}

/** The column of `node` over `length` samples (a number when no sample differs). */
export function evaluateColumn(node: Ast, resolve: ColumnResolver, length: number): Column {
  return evaluate(node, resolve, length).column;
}

/** `column x factor`, into a new column (a number stays a number). */
export function times(column: Column, factor: number): Column {
  if (typeof column === 'number') return column * factor;
  if (factor === 1) return column;
  const out = new Float64Array(column.length);
  for (let i = 0; i < column.length; i++) out[i] = column[i]! * factor;
  return out;
}
