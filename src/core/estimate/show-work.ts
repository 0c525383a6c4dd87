import { monthDays, type Conventions } from '../conventions.js';
import type { Ast } from '../units/ast.js';
import { astText } from '../units/ast.js';
import { formatBytes, formatConstant, formatCount, unitShape } from '../units/format.js';
import { durationText, secondsInWord } from '../units/duration.js';
import { combineTime, NO_TIME, sameTime, scaleTime, timeOfShown, timeSteps, timeWordOf, type TimePowers } from './time-steps.js';

/**
 * Renders a formula with every name replaced by its value, so the user can
 * check the arithmetic by hand. Rates per day, month or year that feed a
 * per-second result are written out with the seconds they divide by, which is
 * where published examples most often slip.
 */

export interface ShownValue {
  readonly value: number;
  readonly unit: string;
  readonly display: string;
}

function secondsText(per: string, c: Conventions): string | undefined {
  const day = c.secondsPerDay === 86_400 ? '86,400' : '10^5';
  switch (per) {
    case 'day':
      return `${day} s`;
    case 'week':
      return `(7 x ${day} s)`;
    case 'month': {
      const days = monthDays(c);
      return days === undefined ? '2.5 M s' : `(${days} x ${day} s)`;
    }
    case 'year': {
      if (c.year === '365d') return `(365 x ${day} s)`;
      const days = monthDays(c);
      return days === undefined ? '(12 x 2.5 M s)' : `(12 x ${days} x ${day} s)`;
    }
    default:
      return undefined;
  }
}

function expandToSeconds(shown: ShownValue, c: Conventions): string | undefined {
  const shape = unitShape(shown.unit);
  if (shape.kind === 'rate') {
    const seconds = secondsText(shape.per, c);
    return seconds && `${formatCount(shown.value)} / ${seconds}`;
  }
  if (shape.kind === 'byteRate') {
    const seconds = secondsText(shape.per, c);
    return seconds && `${formatBytes(shown.value, c)} / ${seconds}`;
  }
  return undefined;
}

type Lookup = (name: string) => ShownValue | undefined;
/** What an assumption or an estimate is, in words (its label); undefined for prices, limits and units, whose values say it. */
export type LabelLookup = (name: string) => string | undefined;

/** A label read mid-sentence: 'Rides a day' as 'rides a day', but 'SMS messages' kept. */
export function inlineLabel(label: string): string {
  return /^\p{Lu}[\p{Ll}\s]/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** The terms of a sum written `a + b - c` (not inside parentheses), each with the sign before it. */
function sumTerms(node: Ast): { sign: string; term: Ast }[] {
  if (node.t === 'op' && !node.i && (node.f === 'add' || node.f === 'subtract') && node.a.length === 2) {
    return [...sumTerms(node.a[0]!), { sign: SYMBOLS[node.f]!, term: node.a[1]! }];
  }
  return [{ sign: '', term: node }];
}

/**
 * What a term of a sum is: the labels of the names it multiplies ('rides a day x size of one trip record').
 * Names inside a nested sum or a function call are left out: a nested sum labels its own terms.
 */
function termLabel(node: Ast, labelOf: LabelLookup): string | undefined {
  const names: string[] = [];
  const visit = (n: Ast) => {
    if (n.t === 'sym') {
      const label = labelOf(n.n);
      if (label) names.push(inlineLabel(label));
    } else if (n.t === 'par') {
      if (sumTerms(n.c).length === 1) visit(n.c);
    } else if (n.t === 'op' && sumTerms(n).length === 1) {
      n.a.forEach(visit);
    }
  };
  visit(node);
  return names.length ? names.join(' x ') : undefined;
}

const SYMBOLS: Record<string, string> = { add: '+', subtract: '-', multiply: 'x', divide: '/', pow: '^' };

/** Functions whose result is in the units of their arguments (ceil of a count is a count). */
const SAME_UNITS = new Set(['ceil', 'floor', 'round', 'abs', 'max']);

/** A piece of the working and the units of time it is written in. */
interface Rendered {
  readonly text: string;
  readonly time: TimePowers;
}

interface Context {
  readonly lookup: Lookup;
  readonly perSecond: boolean;
  readonly c: Conventions;
  readonly labelOf: LabelLookup;
}

/** `piece` in the units of time `want`, with the steps written out when they differ (`6.07 TB/s x 86,400 s/day`). */
function inTime(piece: Rendered, want: TimePowers | undefined, c: Conventions): Rendered {
  if (!want || sameTime(piece.time, want)) return piece;
  const steps = timeSteps(piece.time, want, c);
  return steps === undefined ? piece : { text: `${piece.text}${steps}`, time: want };
}

function renderSymbol(name: string, ctx: Context, grouped: boolean): Rendered {
  const shown = ctx.lookup(name);
  if (!shown) {
    // A unit name such as `day` in `read_qps * 1 day`.
    const word = timeWordOf(name);
    return { text: name, time: word ? { [word]: 1 } : NO_TIME };
  }
  const expanded = ctx.perSecond ? expandToSeconds(shown, ctx.c) : undefined;
  if (expanded) return { text: grouped ? `(${expanded})` : expanded, time: { s: -1 } };
  return { text: shown.display, time: timeOfShown(shown.value, shown.unit, ctx.c) };
}

/**
 * A divisor that is a rate or a price is bracketed: `11 bn / 110 M/day` would
 * read as dividing by 110 M and then by a day; `/ (110 M/day)` cannot.
 */
function asDivisor(text: string): string {
  const bracketed = text.startsWith('(') && text.endsWith(')');
  return !bracketed && /\/| per | x /.test(text) ? `(${text})` : text;
}

/** The factors of a product written `a * b * c` (explicit multiplications, not inside parentheses). */
function productFactors(node: Ast): Ast[] {
  if (node.t === 'op' && node.f === 'multiply' && !node.i && node.a.length === 2) return [...productFactors(node.a[0]!), node.a[1]!];
  return [node];
}

/** A length of time written into a formula (`1 day`, `day`): its amount and time word; undefined for anything else. */
function durationLiteral(node: Ast, ctx: Context): { amount: number; word: string } | undefined {
  const wordOf = (n: Ast) => (n.t === 'sym' && !ctx.lookup(n.n) ? timeWordOf(n.n) : undefined);
  if (node.t === 'sym') {
    const word = wordOf(node);
    return word ? { amount: 1, word } : undefined;
  }
  if (node.t !== 'op' || node.f !== 'multiply' || !node.i) return undefined;
  const [amount, unit] = node.a as [Ast, Ast];
  const word = amount.t === 'num' ? wordOf(unit) : undefined;
  return word && amount.t === 'num' ? { amount: amount.v, word } : undefined;
}

/**
 * A product in the units of time `want`. When it needs one step and one of its
 * factors is a length of time written into the formula (`read_qps * 1 day * ...`),
 * that factor is written in the unit the step needs, with what it stands for
 * beside it (`324 K/s x 86,400 s [1 day] x 0.2 x 310 B`), as a person writes
 * it by hand, instead of `x 1 day x ... x 86,400 s/day` at the end.
 */
function renderProduct(node: Ast, ctx: Context, want: TimePowers): Rendered {
  const factors = productFactors(node);
  const pieces = factors.map((factor) => render(factor, ctx, true));
  const timeOf = () => pieces.reduce((time, piece) => combineTime(time, piece.time, 1), NO_TIME);
  const needed = Object.entries(combineTime(want, timeOf(), -1));
  const into = needed.find(([, power]) => power === 1)?.[0];
  const from = needed.find(([, power]) => power === -1)?.[0];
  if (needed.length === 2 && into && from) {
    const at = factors.findIndex((factor) => durationLiteral(factor, ctx)?.word === from);
    const literal = at < 0 ? undefined : durationLiteral(factors[at]!, ctx);
    if (literal) {
      const amount = (literal.amount * secondsInWord(from, ctx.c)) / secondsInWord(into, ctx.c);
      const said = durationText(literal.amount, from, formatConstant);
      pieces[at] = { text: `${durationText(amount, into, formatConstant)} [${said}]`, time: { [into]: 1 } };
    }
  }
  return inTime({ text: pieces.map((piece) => piece.text).join(' x '), time: timeOf() }, want, ctx.c);
}

/**
 * The working of one node. `want` is the units of time the caller needs it in
 * (both sides of a sum must be in the same units, and so must the arguments
 * of ceil or max); a product is rendered as it stands and converted where it
 * is used.
 */
function render(node: Ast, ctx: Context, grouped: boolean, want?: TimePowers): Rendered {
  switch (node.t) {
    case 'num':
      return inTime({ text: formatConstant(node.v), time: NO_TIME }, want, ctx.c);
    case 'sym':
      return inTime(renderSymbol(node.n, ctx, grouped), want, ctx.c);
    case 'par': {
      const inner = render(node.c, ctx, false, want);
      return { text: `(${inner.text})`, time: inner.time };
    }
    case 'op': {
      if (node.f === 'unaryMinus' || node.f === 'unaryPlus') {
        const inner = render(node.a[0]!, ctx, true, want);
        return { text: node.f === 'unaryMinus' ? `-${inner.text}` : inner.text, time: inner.time };
      }
      const [leftNode, rightNode] = node.a as [Ast, Ast];
      if (node.f === 'add' || node.f === 'subtract') {
        // Terms of a sum are added in one unit of time (the one wanted, or the first term's), and each says
        // what it is, so '175 MB + 64 MB + ...' can be checked against the question.
        let time = want;
        const parts = sumTerms(node).map(({ sign, term }, i) => {
          const rendered = render(term, ctx, true, time);
          time ??= rendered.time;
          const label = termLabel(term, ctx.labelOf);
          const text = `${rendered.text}${label ? ` [${label}]` : ''}`;
          return i === 0 ? text : `${sign} ${text}`;
        });
        return { text: parts.join(' '), time: time ?? NO_TIME };
      }
      if (node.f === 'multiply' && !node.i && want) return renderProduct(node, ctx, want);
      const left = render(leftNode, ctx, true);
      const right = render(rightNode, ctx, true);
      const divisor = node.f === 'divide' ? asDivisor(right.text) : right.text;
      const text = node.i ? `${left.text} ${divisor}` : `${left.text} ${SYMBOLS[node.f] ?? node.f} ${divisor}`;
      let time: TimePowers;
      if (node.f === 'multiply') time = combineTime(left.time, right.time, 1);
      else if (node.f === 'divide') time = combineTime(left.time, right.time, -1);
      else time = rightNode.t === 'num' ? scaleTime(left.time, rightNode.v) : left.time;
      return inTime({ text, time }, want, ctx.c);
    }
    case 'fn': {
      const name = node.n ?? node.callee;
      if (node.n && SAME_UNITS.has(node.n)) {
        const args: Rendered[] = [];
        for (const arg of node.a) args.push(render(arg, ctx, false, want ?? args[0]?.time));
        return { text: `${name}(${args.map((a) => a.text).join(', ')})`, time: want ?? args[0]?.time ?? NO_TIME };
      }
      const args = node.a.map((arg) => render(arg, ctx, false));
      const time = node.n === 'sqrt' && args[0] ? scaleTime(args[0].time, 0.5) : NO_TIME;
      return inTime({ text: `${name}(${args.map((a) => a.text).join(', ')})`, time }, want, ctx.c);
    }
    case 'bad':
      return { text: astText(node), time: NO_TIME };
  }
}

/**
 * `Label = <formula with values> = <result>`. Every change of the unit of
 * time is a written step, so the arithmetic can be redone by hand from what
 * is shown: a daily figure that becomes a monthly one says `x 30 days/month`;
 * each term of a sum is labelled with what it is.
 */
export function showWork(label: string, node: Ast, lookup: Lookup, result: ShownValue, c: Conventions, labelOf: LabelLookup = () => undefined): string {
  const shape = unitShape(result.unit);
  const perSecond = (shape.kind === 'rate' || shape.kind === 'byteRate') && shape.per === 's';
  const substituted = render(node, { lookup, perSecond, c, labelOf }, false, timeOfShown(result.value, result.unit, c)).text;
  return substituted === result.display ? `${label} = ${result.display}` : `${label} = ${substituted} = ${result.display}`;
}
