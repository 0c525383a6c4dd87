import {
  addDependencies,
  create,
  createUnitDependencies,
  divideDependencies,
  multiplyDependencies,
  parseDependencies,
  powDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unitDependencies,
  type MathNode,
  type Unit,
} from 'mathjs';

/**
 * A minimal, locked-down mathjs instance. It only parses and does unit
 * arithmetic: no evaluate, no compile, no import. Expressions are evaluated by
 * our own walker (expression.ts) over an allowlist of node types, so user input
 * can never reach import, createUnit, function definitions or JavaScript.
 */
// The typings mark each *Dependencies export as possibly undefined; they are always defined.
const dependencies = {
  parseDependencies,
  unitDependencies,
  createUnitDependencies,
  addDependencies,
  subtractDependencies,
  multiplyDependencies,
  divideDependencies,
  powDependencies,
  unaryMinusDependencies,
};
const math = create(dependencies as unknown as Parameters<typeof create>[0]);

// Money is a dimension of its own, so a cost can never be added to a byte count.
math.createUnit('USD', { aliases: ['usd', 'dollar', 'dollars'] });

// Private references taken before the instance is locked.
const parseExpression = math.parse.bind(math) as (text: string) => MathNode;
const makeUnit = math.unit.bind(math) as (value: number, name: string) => Unit;
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

export type Quantity = number | Unit;

export const arithmetic = {
  add: (a: Quantity, b: Quantity) => math.add(a as never, b as never) as Quantity,
  subtract: (a: Quantity, b: Quantity) => math.subtract(a as never, b as never) as Quantity,
  multiply: (a: Quantity, b: Quantity) => math.multiply(a as never, b as never) as unknown as Quantity,
  divide: (a: Quantity, b: Quantity) => math.divide(a as never, b as never) as Quantity,
  pow: (a: Quantity, b: Quantity) => math.pow(a as never, b as never) as unknown as Quantity,
  unaryMinus: (a: Quantity) => math.unaryMinus(a as never) as Quantity,
};

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

export function isUnit(value: Quantity): value is Unit {
  return typeof value !== 'number';
}

export { isUnitName, makeUnit, parseExpression };
