import type { Ast, OperatorFn } from './ast.js';

/**
 * Our reader of the value syntax: numbers, names, `+ - * / ^`, `%`,
 * parentheses, function calls and implicit multiplication (`2 KB`), with
 * exactly the precedence mathjs gives them, including its two special rules
 * (`3 / 4 mm` is (3 / 4) mm, while `5 TB / 30 day` is 5 TB / (30 day), and
 * `a + 20%` is a + a x 20%). It never throws: anything else (an error, a
 * string, an operator the syntax refuses) is declined with undefined, and
 * mathjs, the reference, reads it and says what is wrong.
 *
 * Why not mathjs for everything: its first parse builds the typed functions
 * behind it, 200-500 ms on a 2-core machine, several times what a whole
 * `hld estimate` may take. test/fuzz/parser.test.ts holds this reader to
 * mathjs's tree on random input.
 */

type Token =
  | { readonly kind: 'num'; readonly text: string }
  | { readonly kind: 'sym'; readonly text: string }
  | { readonly kind: 'op'; readonly text: '+' | '-' | '*' | '/' | '^' | '%' | '(' | ')' | ',' }
  | { readonly kind: 'end'; readonly text: '' };

/** Words mathjs reads as operators or constants: never a name here. */
const RESERVED = new Set(['mod', 'to', 'in', 'and', 'xor', 'or', 'not', 'true', 'false', 'null', 'undefined', 'NaN', 'Infinity']);
const SPACE = /[ \t\u00a0]/;
const NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const OPERATORS = new Set(['+', '-', '*', '/', '^', '%', '(', ')', ',']);

class Declined extends Error {}
const decline = (): never => {
  throw new Declined();
};

/** Deeper than any value (callers cap nesting at 20); the reader recurses, so it stops well before the stack does. */
const MAX_DEPTH = 64;
/** Longer than any value (callers cap text at 1,500 characters once rewritten). */
const MAX_TOKENS = 2_000;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  let depth = 0;
  let signs = 0;
  while (at < text.length) {
    if (tokens.length > MAX_TOKENS) decline();
    const c = text[at]!;
    if (SPACE.test(c)) {
      at++;
      continue;
    }
    if (c >= '0' && c <= '9') {
      NUMBER.lastIndex = at;
      const match = NUMBER.exec(text)!;
      const end = at + match[0].length;
      const after = text[end] ?? '';
      const afterNext = text[end + 1] ?? '';
      // 0x1f, 0b1, 0o7 are numbers in other bases to mathjs; `2.` and `2e-x` are its own errors or forms.
      if (match[0] === '0' && /[box]/.test(after)) decline();
      if (after === '.' || after === '_' || (/[eE]/.test(after) && /[+\-.]/.test(afterNext))) decline();
      tokens.push({ kind: 'num', text: match[0] });
      at = end;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      NAME.lastIndex = at;
      const name = NAME.exec(text)![0];
      const end = at + name.length;
      // A name running into other letters mathjs knows (µ, $, Greek) is its to read.
      if (end < text.length && !SPACE.test(text[end]!) && !OPERATORS.has(text[end]!)) decline();
      if (RESERVED.has(name)) decline();
      tokens.push({ kind: 'sym', text: name });
      at = end;
      continue;
    }
    if (OPERATORS.has(c)) {
      if (c === '(') depth++;
      if (c === ')') depth--;
      signs = c === '-' || c === '+' ? signs + 1 : 0;
      // Each unary sign is a level of recursion too.
      if (depth > MAX_DEPTH || signs > MAX_DEPTH) decline();
      tokens.push({ kind: 'op', text: c as '+' });
      at++;
      continue;
    }
    decline();
  }
  tokens.push({ kind: 'end', text: '' });
  return tokens;
}

const op = (f: OperatorFn, a: Ast[], extra: { i?: true; p?: true } = {}): Ast => ({ t: 'op', f, a, ...extra });
const isConstant = (node: Ast): boolean => node.t === 'num';
const isOperator = (node: Ast): boolean => node.t === 'op';
/** mathjs's "rule 2" left side: a number, or a signed number. */
const isRule2Node = (node: Ast): boolean =>
  node.t === 'num' || (node.t === 'op' && (node.f === 'unaryMinus' || node.f === 'unaryPlus') && node.a[0]!.t === 'num');

class Reader {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  private get token(): Token {
    return this.tokens[this.at]!;
  }
  private peek(ahead: number): Token {
    return this.tokens[Math.min(this.at + ahead, this.tokens.length - 1)]!;
  }
  private is(text: string): boolean {
    return this.token.kind === 'op' && this.token.text === text;
  }
  private next(): void {
    this.at++;
  }

  whole(): Ast {
    const node = this.addSubtract();
    if (this.token.kind !== 'end') decline();
    return node;
  }

  private addSubtract(): Ast {
    let node = this.multiplyDivide();
    while (this.is('+') || this.is('-')) {
      const fn = this.is('+') ? 'add' : 'subtract';
      this.next();
      const right = this.multiplyDivide();
      // `a + 20%` is a + a x 20%, as mathjs reads it.
      node = op(fn, right.t === 'op' && right.p ? [node, op('multiply', [node, right])] : [node, right]);
    }
    return node;
  }

  private multiplyDivide(): Ast {
    let node = this.implicit();
    for (;;) {
      if (this.is('*') || this.is('/')) {
        const fn = this.is('*') ? 'multiply' : 'divide';
        this.next();
        node = op(fn, [node, this.implicit()]);
      } else if (this.is('%')) {
        return decline(); // modulo
      } else {
        return node;
      }
    }
  }

  private implicit(): Ast {
    let node = this.rule2();
    let last = node;
    for (;;) {
      const t = this.token;
      const numberAfter = t.kind === 'num' && !isConstant(last) && !isOperator(last);
      if (t.kind === 'sym' || numberAfter || this.is('(')) {
        last = this.rule2();
        node = op('multiply', [node, last], { i: true });
      } else {
        return node;
      }
    }
  }

  /** `number / number name` divides first: `3 / 4 mm` is (3 / 4) mm. */
  private rule2(): Ast {
    let node = this.percentage();
    const last = node;
    while (this.is('/') && isRule2Node(last)) {
      const after = this.peek(1);
      const then = this.peek(2);
      if (after.kind !== 'num' || !(then.kind === 'sym' || (then.kind === 'op' && then.text === '('))) break;
      this.next();
      node = op('divide', [node, this.percentage()]);
    }
    return node;
  }

  private percentage(): Ast {
    const node = this.unary();
    if (!this.is('%')) return node;
    const after = this.peek(1);
    // mathjs reads `%` followed by something that starts a term as modulo, refused here.
    if (after.kind === 'num' || after.kind === 'sym' || (after.kind === 'op' && ['(', '+', '-'].includes(after.text))) decline();
    this.next();
    return op('divide', [node, { t: 'num', v: 100 }], { p: true });
  }

  private unary(): Ast {
    if (this.is('-') || this.is('+')) {
      const fn = this.is('-') ? 'unaryMinus' : 'unaryPlus';
      this.next();
      return op(fn, [this.unary()]);
    }
    return this.pow();
  }

  private pow(): Ast {
    const node = this.primary();
    if (!this.is('^')) return node;
    this.next();
    return op('pow', [node, this.unary()]);
  }

  private primary(): Ast {
    const t = this.token;
    if (t.kind === 'num') {
      this.next();
      return { t: 'num', v: Number(t.text) };
    }
    if (t.kind === 'sym') {
      this.next();
      if (!this.is('(')) return { t: 'sym', n: t.text };
      this.next();
      const args: Ast[] = [];
      if (!this.is(')')) {
        args.push(this.addSubtract());
        while (this.is(',')) {
          this.next();
          args.push(this.addSubtract());
        }
      }
      if (!this.is(')')) decline();
      this.next();
      return { t: 'fn', n: t.text, callee: t.text, a: args };
    }
    if (this.is('(')) {
      this.next();
      const content = this.addSubtract();
      if (!this.is(')')) decline();
      this.next();
      return { t: 'par', c: content };
    }
    return decline();
  }
}

/** The tree mathjs would build for `text`, or undefined when this reader leaves it to mathjs. */
export function parseOwn(text: string): Ast | undefined {
  try {
    return new Reader(tokenize(text)).whole();
  } catch (error) {
    if (error instanceof Declined) return undefined;
    throw error;
  }
}
