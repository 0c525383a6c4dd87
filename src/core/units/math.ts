import { create, parseDependencies, unitDependencies, type MathNode } from 'mathjs';
import type { Ast, OperatorFn } from './ast.js';
import { registerFallback } from './fallback.js';
import { DIMENSIONS, type Quantity, type UnitValue } from './quantity.js';
import { quoted, shownValue } from '../shown-value.js';
import { ExpressionError } from './expression.js';

/**
 * mathjs, loaded only when our own parser or unit table cannot answer (see
 * fallback.ts). A minimal instance that parses and knows unit names; it never
 * evaluates: expressions are turned into our tree (ast.ts) and evaluated by
 * our own walker over an allowlist, so typed text can never reach import,
 * createUnit, function definitions or JavaScript.
 */
// The typings mark each *Dependencies export as possibly undefined; they are always defined.
const math = create({ parseDependencies, unitDependencies } as unknown as Parameters<typeof create>[0]);

// Private references taken before the instance is locked.
const parseExpression = math.parse.bind(math) as (text: string) => MathNode;
const makeUnit = math.unit.bind(math) as (value: number, name: string) => { value: number; dimensions: number[] };
const isUnitName = (name: string): boolean => math.Unit.isValuelessUnit(name);

function refuse(name: string): () => never {
  return () => {
    throw new Error(`${name} is disabled in hld-dojo's expression engine`);
  };
}
// The mathjs security guidance: replace the functions that can reach code or change units.
math.import(
  {
    import: refuse('import'),
    createUnit: refuse('createUnit'),
    reviver: refuse('reviver'),
    evaluate: refuse('evaluate'),
    parse: refuse('parse'),
    compile: refuse('compile'),
    simplify: refuse('simplify'),
    derivative: refuse('derivative'),
    resolve: refuse('resolve'),
  },
  { override: true },
);

const OPERATORS: ReadonlySet<string> = new Set<OperatorFn>(['add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus']);

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

/** mathjs's tree as ours; what the value syntax refuses becomes a `bad` node where it stood, so the check names the first one. */
function toAst(node: MathNode): Ast {
  switch (node.type) {
    case 'ConstantNode': {
      const value = (node as unknown as { value: unknown }).value;
      if (typeof value !== 'number') return { t: 'bad', kind: 'constant', what: describeNode(node), text: node.toString() };
      return { t: 'num', v: value };
    }
    case 'SymbolNode':
      return { t: 'sym', n: (node as unknown as { name: string }).name };
    case 'ParenthesisNode':
      return { t: 'par', c: toAst((node as unknown as { content: MathNode }).content) };
    case 'OperatorNode': {
      const op = node as unknown as { fn: string; op: string; args: MathNode[]; implicit?: boolean; isPercentage?: boolean };
      if (!OPERATORS.has(op.fn)) {
        const what = op.fn === 'mod' ? "'%' between two numbers (modulo)" : `the operator '${op.op}'`;
        return { t: 'bad', kind: 'operator', what, text: node.toString() };
      }
      return {
        t: 'op',
        f: op.fn as OperatorFn,
        a: op.args.map(toAst),
        ...(op.implicit ? { i: true as const } : {}),
        ...(op.isPercentage ? { p: true as const } : {}),
      };
    }
    case 'FunctionNode': {
      const fn = node as unknown as { fn: MathNode & { name?: string }; args: MathNode[] };
      const name = fn.fn.type === 'SymbolNode' ? (fn.fn.name ?? null) : null;
      return { t: 'fn', n: name, callee: fn.fn.toString(), a: fn.args.map(toAst) };
    }
    default:
      return { t: 'bad', kind: 'node', what: describeNode(node), text: node.toString() };
  }
}

export function parseWithMathjs(text: string): Ast {
  let node: MathNode;
  try {
    node = parseExpression(text);
  } catch (error) {
    const detail = String((error as Error).message).replace(/\s*\(char \d+\)/, '');
    throw new ExpressionError(`cannot be read (${shownValue(detail, 80)})`);
  }
  return toAst(node);
}

/** A mathjs unit as our quantity: its scale in base units (bits counted as bytes), offsets (degC) left out. */
function unitWithMathjs(name: string): Quantity | undefined {
  // mathjs looks names up in plain objects: `__proto__` or `toString` can make it throw rather than say no.
  try {
    if (!isUnitName(name)) return undefined;
  } catch {
    return undefined;
  }
  const one = makeUnit(1, name);
  const zero = makeUnit(0, name);
  const dims = DIMENSIONS.map((_, i) => one.dimensions[i] ?? 0);
  const dataIndex = DIMENSIONS.indexOf('B');
  const scale = (one.value - zero.value) / 8 ** dims[dataIndex]!;
  return dims.every((d) => d === 0) ? scale : ({ value: scale, dims } satisfies UnitValue);
}

registerFallback({ parse: parseWithMathjs, unit: unitWithMathjs });
