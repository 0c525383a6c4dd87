import type { MathNode } from 'mathjs';
import { DEFAULT_CONVENTIONS } from '../conventions.js';
import { HldError } from '../errors.js';
import { quoted, shownValue } from '../shown-value.js';
import { allowedFunctions, arithmetic, isUnit, parseExpression, type Quantity } from './math.js';
import { COUNT_SUFFIXES, resolveUnit } from './units.js';

/** Longest expression we parse; anything longer is a paste accident or an attack. */
export const MAX_EXPRESSION_LENGTH = 300;
/** Deepest nesting we accept, checked before the recursive parser sees the text. */
export const MAX_NESTING = 20;

/**
 * Thrown for anything wrong with an expression; the caller adds which field it
 * was. An HldError, so one that escapes its caller still reaches the user as
 * one line rather than as "unexpected error".
 */
export class ExpressionError extends HldError {}

const OPERATORS = new Set(['add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus']);

/** A parsed expression that passed the allowlist, with the names it refers to. */
export interface CheckedExpression {
  readonly text: string;
  readonly node: MathNode;
  /** Names that are not functions: assumption/estimate/price keys and unit names. */
  readonly symbols: ReadonlySet<string>;
}

function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '[' || ch === '{') deepest = Math.max(deepest, ++depth);
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
  }
  return deepest;
}

function describeNode(node: MathNode): string {
  switch (node.type) {
    case 'AssignmentNode':
    case 'FunctionAssignmentNode':
      return 'assignments and function definitions';
    case 'ArrayNode':
    case 'IndexNode':
      return 'arrays and indexing';
    case 'ObjectNode':
    case 'AccessorNode':
      return 'objects and property access';
    case 'ConditionalNode':
      return 'conditionals';
    case 'RangeNode':
      return 'ranges';
    case 'BlockNode':
      return 'several statements';
    default:
      return quoted(node.toString());
  }
}

/** A name written after a number (`GB`, `M`, `day`); followed by a parenthesis it parses as a call, never meant as one. */
function isQuantityWord(name: string): boolean {
  return Object.hasOwn(COUNT_SUFFIXES, name) || resolveUnit(name, DEFAULT_CONVENTIONS) !== undefined;
}

const ACCEPTED = `numbers, units, names, + - * / ^, parentheses and ${Object.keys(allowedFunctions).join(', ')}`;

/**
 * Parse and check an expression against the allowlist. Never evaluates
 * anything. `maxLength` is larger only for text a caller has already capped
 * and then rewritten (a typed value).
 */
export function checkExpression(text: string, maxLength: number = MAX_EXPRESSION_LENGTH): CheckedExpression {
  if (text.length > maxLength) {
    throw new ExpressionError(`is ${text.length.toLocaleString('en-US')} characters long; at most ${maxLength} are accepted`);
  }
  if (nestingDepth(text) > MAX_NESTING) {
    throw new ExpressionError(`is nested more than ${MAX_NESTING} levels deep`);
  }
  let node: MathNode;
  try {
    node = parseExpression(text);
  } catch (error) {
    const detail = String((error as Error).message).replace(/\s*\(char \d+\)/, '');
    throw new ExpressionError(`cannot be read (${shownValue(detail, 80)})`);
  }
  const symbols = new Set<string>();
  visit(node, symbols);
  return { text, node, symbols };
}

/** round(1.5, 2) reads as rounding to two places, which round() does not do: extra arguments are refused, never ignored. */
function checkArity(name: string, arity: 1 | 'one or more', count: number): void {
  if (count === 0) throw new ExpressionError(`calls ${name}() with nothing; it takes ${arity === 1 ? 'one number' : 'one or more numbers'}`);
  if (arity === 1 && count > 1) throw new ExpressionError(`calls ${name}() with ${count} arguments; it takes exactly one`);
}

function visit(node: MathNode, symbols: Set<string>): void {
  switch (node.type) {
    case 'ConstantNode': {
      const value = (node as unknown as { value: unknown }).value;
      if (typeof value !== 'number') throw new ExpressionError(`has ${describeNode(node)}, which is not a number; accepted: ${ACCEPTED}`);
      if (!Number.isFinite(value)) throw new ExpressionError(`has a number too large to work with (${quoted(node.toString())})`);
      return;
    }
    case 'SymbolNode':
      symbols.add((node as unknown as { name: string }).name);
      return;
    case 'ParenthesisNode':
      visit((node as unknown as { content: MathNode }).content, symbols);
      return;
    case 'OperatorNode': {
      const op = node as unknown as { fn: string; op: string; args: MathNode[] };
      if (!OPERATORS.has(op.fn)) {
        const what = op.fn === 'mod' ? "'%' between two numbers (modulo)" : `the operator '${op.op}'`;
        throw new ExpressionError(`uses ${what}; accepted: ${ACCEPTED}`);
      }
      op.args.forEach((arg) => visit(arg, symbols));
      return;
    }
    case 'FunctionNode': {
      const fn = node as unknown as { fn: MathNode & { name?: string }; args: MathNode[] };
      const name = fn.fn.type === 'SymbolNode' ? fn.fn.name : undefined;
      const allowed = name === undefined ? undefined : allowedFunctions[name];
      if (name !== undefined && allowed !== undefined) {
        checkArity(name, allowed.arity, fn.args.length);
        fn.args.forEach((arg) => visit(arg, symbols));
        return;
      }
      if (name !== undefined && isQuantityWord(name)) {
        const kind = Object.hasOwn(COUNT_SUFFIXES, name) ? 'a count suffix' : 'a unit';
        throw new ExpressionError(`has '${name}(', but '${name}' is ${kind}, not a function; to multiply, write '${name} * ('`);
      }
      throw new ExpressionError(`calls ${quoted(`${name ?? fn.fn.toString()}()`)}, which is not allowed; accepted: ${ACCEPTED}`);
    }
    default:
      throw new ExpressionError(`uses ${describeNode(node)}, which is not accepted; accepted: ${ACCEPTED}`);
  }
}

/** Looks up a name: a scope value, a unit, or undefined when unknown. */
export type Resolver = (name: string) => Quantity | undefined;

/** Evaluate a checked expression; a division by zero names its divisor. */
export function evaluateChecked(expression: CheckedExpression, resolve: Resolver): Quantity {
  return evaluateNode(expression.node, resolve);
}

function evaluateNode(node: MathNode, resolve: Resolver): Quantity {
  switch (node.type) {
    case 'ConstantNode':
      return (node as unknown as { value: number }).value;
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      const value = resolve(name);
      if (value === undefined) throw new ExpressionError(`refers to an unknown name ${quoted(name)}`);
      return value;
    }
    case 'ParenthesisNode':
      return evaluateNode((node as unknown as { content: MathNode }).content, resolve);
    case 'OperatorNode': {
      const { fn, args } = node as unknown as { fn: string; args: MathNode[] };
      const values = args.map((arg) => evaluateNode(arg, resolve));
      const [a, b] = values as [Quantity, Quantity];
      switch (fn) {
        case 'unaryMinus':
          return arithmetic.unaryMinus(a);
        case 'unaryPlus':
          return a;
        case 'divide':
          if (magnitude(b) === 0) throw new ExpressionError(`divides by zero: ${quoted(args[1]!.toString())} is 0`);
          return real(arithmetic.divide(a, b), node);
        case 'add':
        case 'subtract':
          return real(combineSameDimension(fn, a, b, args), node);
        case 'multiply':
          return real(arithmetic.multiply(a, b), node);
        case 'pow':
          if (isUnit(b)) throw new ExpressionError(`raises to a power with a unit (${quoted(args[1]!.toString())})`);
          if (magnitude(a) < 0 && !Number.isInteger(b)) {
            throw new ExpressionError(`raises a negative number to a fractional power (${quoted(node.toString())}), which has no real value`);
          }
          return real(arithmetic.pow(a, b), node);
      }
      throw new ExpressionError(`uses an operator that is not accepted`);
    }
    case 'FunctionNode': {
      const { fn, args } = node as unknown as { fn: { name: string }; args: MathNode[] };
      const values = args.map((arg) => evaluateNode(arg, resolve));
      const plain = values.map((value, i) => {
        if (isUnit(value)) {
          throw new ExpressionError(`passes ${quoted(args[i]!.toString())} (which has a unit, ${value.formatUnits()}) to ${fn.name}(); it takes plain numbers`);
        }
        return value;
      });
      const allowed = allowedFunctions[fn.name];
      // checkExpression has vetted the name and the count; this only guards a tree built some other way.
      if (allowed === undefined) throw new ExpressionError(`calls ${quoted(`${fn.name}()`)}, which is not allowed`);
      checkArity(fn.name, allowed.arity, plain.length);
      const result = allowed.compute(...plain);
      if (Number.isNaN(result)) throw new ExpressionError(`takes ${fn.name}() of a number it is not defined for (${quoted(node.toString())})`);
      return real(result, node);
    }
    default:
      throw new ExpressionError(`uses ${describeNode(node)}, which is not accepted`);
  }
}

/**
 * Every step of an evaluation gives a finite real number, with or without a
 * unit: a complex power or an overflow is refused where it happens, naming
 * the part of the expression that produced it, so nothing non-finite reaches
 * a formula, a format or a drill grade.
 */
function real(result: Quantity, node: MathNode): Quantity {
  const size = isUnit(result) ? (result as { value: unknown }).value : result;
  if (typeof size !== 'number') {
    throw new ExpressionError(`has no real value (${quoted(node.toString())} gives a complex number)`);
  }
  if (!Number.isFinite(size)) {
    throw new ExpressionError(`gives a number too large to work with (${quoted(node.toString())})`);
  }
  return result;
}

function combineSameDimension(fn: 'add' | 'subtract', a: Quantity, b: Quantity, args: MathNode[]): Quantity {
  try {
    return fn === 'add' ? arithmetic.add(a, b) : arithmetic.subtract(a, b);
  } catch {
    const unitOf = (q: Quantity) => (isUnit(q) ? q.formatUnits() : 'a plain number');
    throw new ExpressionError(
      `${fn === 'add' ? 'adds' : 'subtracts'} values of different kinds: ${quoted(args[0]!.toString())} is ${unitOf(a)}, ${quoted(args[1]!.toString())} is ${unitOf(b)}`,
    );
  }
}

/** The raw numeric size of a quantity, for zero and finiteness checks. */
export function magnitude(q: Quantity): number {
  if (!isUnit(q)) return typeof q === 'number' ? q : Number.NaN;
  return typeof q.value === 'number' ? q.value : Number.NaN;
}
