/**
 * An expression tree in plain data: what our parser and mathjs's both
 * produce, what the build stores pre-parsed in the data cache, and what the
 * evaluator, the working renderer and the sampler walk. Only the node kinds
 * the value syntax accepts exist; anything else mathjs can parse arrives as
 * `bad` and is refused, with its reason, by checkExpression.
 */

export type OperatorFn = 'add' | 'subtract' | 'multiply' | 'divide' | 'pow' | 'unaryMinus' | 'unaryPlus';

export type Ast =
  | { readonly t: 'num'; readonly v: number }
  | { readonly t: 'sym'; readonly n: string }
  | { readonly t: 'par'; readonly c: Ast }
  /** `i`: an implicit multiplication (`2 KB`); `p`: a percentage (`20%`, read as 20 / 100). */
  | { readonly t: 'op'; readonly f: OperatorFn; readonly a: readonly Ast[]; readonly i?: true; readonly p?: true }
  /** A call; `n` is the function's name, or null when the callee is not a plain name (`f(1)(2)`), shown as `callee`. */
  | { readonly t: 'fn'; readonly n: string | null; readonly callee: string; readonly a: readonly Ast[] }
  /** Something the syntax does not accept, found where it stood: `what` says what it is, `text` shows it. */
  | { readonly t: 'bad'; readonly what: string; readonly text: string; readonly kind: 'node' | 'operator' | 'constant' };

const SYMBOLS: Readonly<Record<OperatorFn, string>> = {
  add: '+',
  subtract: '-',
  multiply: '*',
  divide: '/',
  pow: '^',
  unaryMinus: '-',
  unaryPlus: '+',
};

const PRECEDENCE: Readonly<Record<OperatorFn, number>> = {
  add: 1,
  subtract: 1,
  multiply: 2,
  divide: 2,
  unaryMinus: 3,
  unaryPlus: 3,
  pow: 4,
};

/** Numbers as mathjs prints them: 86400, 0.5, 1e+9. */
export function numberText(value: number): string {
  const size = Math.abs(value);
  if (size !== 0 && (size >= 1e5 || size < 1e-3)) return value.toExponential().replace(/\.?0+e/, 'e');
  return String(value);
}

function precedenceOf(node: Ast): number {
  return node.t === 'op' ? PRECEDENCE[node.f] : 9;
}

/** The expression as text, for messages: `5 TB / (30 day)`, `ceil(x / y)`. */
export function astText(node: Ast): string {
  switch (node.t) {
    case 'num':
      return numberText(node.v);
    case 'sym':
      return node.n;
    case 'par':
      return `(${astText(node.c)})`;
    case 'fn':
      return `${node.n ?? node.callee}(${node.a.map(astText).join(', ')})`;
    case 'bad':
      return node.text;
    case 'op': {
      if (node.p) return `${astText(node.a[0]!)}%`;
      const own = PRECEDENCE[node.f];
      if (node.f === 'unaryMinus' || node.f === 'unaryPlus') {
        const arg = node.a[0]!;
        const inner = astText(arg);
        return `${SYMBOLS[node.f]}${precedenceOf(arg) < own ? `(${inner})` : inner}`;
      }
      const [left, right] = node.a as [Ast, Ast];
      const leftText = precedenceOf(left) < own || (node.f === 'pow' && precedenceOf(left) === own) ? `(${astText(left)})` : astText(left);
      const rightTight = node.f === 'subtract' || node.f === 'divide' || node.f === 'multiply';
      const rightText = precedenceOf(right) < own || (rightTight && precedenceOf(right) === own && right.t === 'op' && !right.i) ? `(${astText(right)})` : astText(right);
      return node.i ? `${leftText} ${rightText}` : `${leftText} ${SYMBOLS[node.f]} ${rightText}`;
    }
  }
}

/** Every name the expression refers to that is not called as a function. */
export function symbolsOf(node: Ast, into: Set<string> = new Set()): Set<string> {
  switch (node.t) {
    case 'sym':
      into.add(node.n);
      break;
    case 'par':
      symbolsOf(node.c, into);
      break;
    case 'op':
    case 'fn':
      for (const arg of node.a) symbolsOf(arg, into);
      break;
    default:
      break;
  }
  return into;
}
