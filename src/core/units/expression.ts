import { DEFAULT_CONVENTIONS } from '../conventions.js';
import { precompiledAst } from '../data-cache.js';
import { HldError } from '../errors.js';
import { quoted } from '../shown-value.js';
import { astText, symbolsOf, type Ast } from './ast.js';
import { fallbackParse } from './fallback.js';
import { parseOwn } from './parser.js';
import { arithmetic, DimensionMismatch, dimensionText, isUnit, magnitude, type Quantity } from './quantity.js';
import { COUNT_SUFFIXES, resolveUnit } from './units.js';
import { numberText } from './number-text.js';

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

/** A function a formula may call: how many arguments it takes, and what it computes. */
export interface AllowedFunction {
  /** `1`: exactly one argument; `'one or more'`: a list, as max() takes. */
  readonly arity: 1 | 'one or more';
  readonly compute: (...args: number[]) => number;
}

/**
 * The functions a formula or a typed value may call, and nothing else. A
 * null-prototype table, so a name such as `constructor` is never found in it.
 */
export const allowedFunctions: Readonly<Record<string, AllowedFunction>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, AllowedFunction>, {
    ceil: { arity: 1, compute: Math.ceil },
    floor: { arity: 1, compute: Math.floor },
    round: { arity: 1, compute: Math.round },
    max: { arity: 'one or more', compute: Math.max },
    sqrt: { arity: 1, compute: Math.sqrt },
    abs: { arity: 1, compute: Math.abs },
    log2: { arity: 1, compute: Math.log2 },
    log10: { arity: 1, compute: Math.log10 },
  } satisfies Record<string, AllowedFunction>),
);

/** A parsed expression that passed the allowlist, with the names it refers to. */
export interface CheckedExpression {
  readonly text: string;
  readonly node: Ast;
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

/** A name written after a number (`GB`, `M`, `day`); followed by a parenthesis it parses as a call, never meant as one. */
function isQuantityWord(name: string): boolean {
  return Object.hasOwn(COUNT_SUFFIXES, name) || resolveUnit(name, DEFAULT_CONVENTIONS) !== undefined;
}

const ACCEPTED = `numbers, units, names, + - * / ^, parentheses and ${Object.keys(allowedFunctions).join(', ')}`;

/** Where the tree comes from: the build's cache of the shipped texts, our parser, or mathjs for anything else. */
let usePrecompiled = true;
/** Texts parsed, while the build collects what to store. */
let recording: Set<string> | undefined;

/**
 * Expressions already checked, by their text: the live estimator recomputes on
 * every keystroke with the same few dozen values and one that changes, so each
 * text is parsed and checked once. Only texts that passed are kept; the table
 * is emptied when it grows past the bound.
 */
const checkedTexts = new Map<string, CheckedExpression>();
const MAX_CHECKED_TEXTS = 2_000;

/** Tests compare the cached trees with those parsed at run time. */
export function setPrecompiledTrees(enabled: boolean): void {
  usePrecompiled = enabled;
  checkedTexts.clear();
}

/** The build records every text the shipped files make the estimator parse, to store their trees. */
export function recordParsedTexts(into: Set<string> | undefined): void {
  recording = into;
  checkedTexts.clear();
}

function parseText(text: string): Ast {
  recording?.add(text);
  return (usePrecompiled ? precompiledAst(text) : undefined) ?? parseOwn(text) ?? fallbackParse(text);
}

/**
 * Parse and check an expression against the allowlist. Never evaluates
 * anything. `maxLength` is larger only for text a caller has already capped
 * and then rewritten (a typed value).
 */
export function checkExpression(text: string, maxLength: number = MAX_EXPRESSION_LENGTH): CheckedExpression {
  if (text.length > maxLength) {
    throw new ExpressionError(`is ${numberText(text.length)} characters long; at most ${maxLength} are accepted`);
  }
  const known = checkedTexts.get(text);
  if (known) return known;
  if (nestingDepth(text) > MAX_NESTING) {
    throw new ExpressionError(`is nested more than ${MAX_NESTING} levels deep`);
  }
  const node = parseText(text);
  visit(node);
  const checked = { text, node, symbols: symbolsOf(node) };
  if (checkedTexts.size >= MAX_CHECKED_TEXTS) checkedTexts.clear();
  checkedTexts.set(text, checked);
  return checked;
}

/** round(1.5, 2) reads as rounding to two places, which round() does not do: extra arguments are refused, never ignored. */
function checkArity(name: string, arity: 1 | 'one or more', count: number): void {
  if (count === 0) throw new ExpressionError(`calls ${name}() with nothing; it takes ${arity === 1 ? 'one number' : 'one or more numbers'}`);
  if (arity === 1 && count > 1) throw new ExpressionError(`calls ${name}() with ${count} arguments; it takes exactly one`);
}

/** The allowlist, checked in reading order so the first thing refused is the one named. */
function visit(node: Ast): void {
  switch (node.t) {
    case 'num':
      if (!Number.isFinite(node.v)) throw new ExpressionError(`has a number too large to work with (${quoted(astText(node))})`);
      return;
    case 'sym':
      return;
    case 'par':
      visit(node.c);
      return;
    case 'op':
      node.a.forEach(visit);
      return;
    case 'fn': {
      const allowed = node.n === null ? undefined : allowedFunctions[node.n];
      if (node.n !== null && allowed !== undefined) {
        checkArity(node.n, allowed.arity, node.a.length);
        node.a.forEach(visit);
        return;
      }
      if (node.n !== null && isQuantityWord(node.n)) {
        const kind = Object.hasOwn(COUNT_SUFFIXES, node.n) ? 'a count suffix' : 'a unit';
        throw new ExpressionError(`has '${node.n}(', but '${node.n}' is ${kind}, not a function; to multiply, write '${node.n} * ('`);
      }
      throw new ExpressionError(`calls ${quoted(`${node.n ?? node.callee}()`)}, which is not allowed; accepted: ${ACCEPTED}`);
    }
    case 'bad':
      if (node.kind === 'constant') throw new ExpressionError(`has ${node.what}, which is not a number; accepted: ${ACCEPTED}`);
      if (node.kind === 'operator') throw new ExpressionError(`uses ${node.what}; accepted: ${ACCEPTED}`);
      throw new ExpressionError(`uses ${node.what}, which is not accepted; accepted: ${ACCEPTED}`);
  }
}

/** Looks up a name: a scope value, a unit, or undefined when unknown. */
export type Resolver = (name: string) => Quantity | undefined;

/** Evaluate a checked expression; a division by zero names its divisor. */
export function evaluateChecked(expression: CheckedExpression, resolve: Resolver): Quantity {
  return evaluateNode(expression.node, resolve);
}

function evaluateNode(node: Ast, resolve: Resolver): Quantity {
  switch (node.t) {
    case 'num':
      return node.v;
    case 'sym': {
      const value = resolve(node.n);
      if (value === undefined) throw new ExpressionError(`refers to an unknown name ${quoted(node.n)}`);
      return value;
    }
    case 'par':
      return evaluateNode(node.c, resolve);
    case 'op': {
      const values = node.a.map((arg) => evaluateNode(arg, resolve));
      const [a, b] = values as [Quantity, Quantity];
      switch (node.f) {
        case 'unaryMinus':
          return arithmetic.unaryMinus(a);
        case 'unaryPlus':
          return a;
        case 'divide':
          if (magnitude(b) === 0) throw new ExpressionError(`divides by zero: ${quoted(astText(node.a[1]!))} is 0`);
          return real(arithmetic.divide(a, b), node);
        case 'add':
        case 'subtract':
          return real(combineSameDimension(node.f, a, b, node.a), node);
        case 'multiply':
          return real(arithmetic.multiply(a, b), node);
        case 'pow':
          if (isUnit(b)) throw new ExpressionError(`raises to a power with a unit (${quoted(astText(node.a[1]!))})`);
          if (magnitude(a) < 0 && !Number.isInteger(b)) {
            throw new ExpressionError(`raises a negative number to a fractional power (${quoted(astText(node))}), which has no real value`);
          }
          return real(arithmetic.pow(a, b), node);
      }
      throw new ExpressionError(`uses an operator that is not accepted`);
    }
    case 'fn': {
      const values = node.a.map((arg) => evaluateNode(arg, resolve));
      const name = node.n ?? node.callee;
      const plain = values.map((value, i) => {
        if (isUnit(value)) {
          throw new ExpressionError(`passes ${quoted(astText(node.a[i]!))} (which has a unit, ${dimensionText(value)}) to ${name}(); it takes plain numbers`);
        }
        return value;
      });
      const allowed = node.n === null ? undefined : allowedFunctions[node.n];
      // checkExpression has vetted the name and the count; this only guards a tree built some other way.
      if (allowed === undefined) throw new ExpressionError(`calls ${quoted(`${name}()`)}, which is not allowed`);
      checkArity(name, allowed.arity, plain.length);
      const result = allowed.compute(...plain);
      if (Number.isNaN(result)) throw new ExpressionError(`takes ${name}() of a number it is not defined for (${quoted(astText(node))})`);
      return real(result, node);
    }
    case 'bad':
      throw new ExpressionError(`uses ${node.what}, which is not accepted`);
  }
}

/**
 * Every step of an evaluation gives a finite real number, with or without a
 * unit: an overflow is refused where it happens, naming the part of the
 * expression that produced it, so nothing non-finite reaches a formula, a
 * format or a drill grade.
 */
function real(result: Quantity, node: Ast): Quantity {
  const size = magnitude(result);
  if (Number.isNaN(size)) throw new ExpressionError(`has no real value (${quoted(astText(node))} gives a complex number)`);
  if (!Number.isFinite(size)) throw new ExpressionError(`gives a number too large to work with (${quoted(astText(node))})`);
  return result;
}

function combineSameDimension(fn: 'add' | 'subtract', a: Quantity, b: Quantity, args: readonly Ast[]): Quantity {
  try {
    return fn === 'add' ? arithmetic.add(a, b) : arithmetic.subtract(a, b);
  } catch (error) {
    if (!(error instanceof DimensionMismatch)) throw error;
    const unitOf = (q: Quantity) => (isUnit(q) ? dimensionText(q) : 'a plain number');
    throw new ExpressionError(
      `${fn === 'add' ? 'adds' : 'subtracts'} values of different kinds: ${quoted(astText(args[0]!))} is ${unitOf(a)}, ${quoted(astText(args[1]!))} is ${unitOf(b)}`,
    );
  }
}

export { magnitude };
