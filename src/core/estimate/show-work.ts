import { monthDays, type Conventions } from '../conventions.js';
import type { Ast } from '../units/ast.js';
import { astText } from '../units/ast.js';
import { formatBytes, formatConstant, formatCount, unitShape } from '../units/format.js';

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

function render(node: Ast, lookup: Lookup, perSecond: boolean, c: Conventions, grouped: boolean, labelOf: LabelLookup): string {
  const again = (n: Ast, inner: boolean) => render(n, lookup, perSecond, c, inner, labelOf);
  switch (node.t) {
    case 'num':
      return formatConstant(node.v);
    case 'sym': {
      const shown = lookup(node.n);
      if (!shown) return node.n; // a unit name such as `day`
      const expanded = perSecond ? expandToSeconds(shown, c) : undefined;
      if (expanded) return grouped ? `(${expanded})` : expanded;
      return shown.display;
    }
    case 'par':
      return `(${again(node.c, false)})`;
    case 'op': {
      if (node.f === 'unaryMinus') return `-${again(node.a[0]!, true)}`;
      if (node.f === 'unaryPlus') return again(node.a[0]!, true);
      const terms = sumTerms(node);
      if (terms.length > 1) {
        // Each term of a sum says what it is, so '175 MB + 64 MB + ...' can be checked against the question.
        return terms
          .map(({ sign, term }, i) => {
            const label = termLabel(term, labelOf);
            const text = `${again(term, true)}${label ? ` [${label}]` : ''}`;
            return i === 0 ? text : `${sign} ${text}`;
          })
          .join(' ');
      }
      const [left, right] = node.a.map((arg) => again(arg, true));
      if (node.i) return `${left} ${right}`;
      return `${left} ${SYMBOLS[node.f] ?? node.f} ${right}`;
    }
    case 'fn':
      return `${node.n ?? node.callee}(${node.a.map((arg) => again(arg, false)).join(', ')})`;
    case 'bad':
      return astText(node);
  }
}

/** `Label = <formula with values, each term of a sum labelled> = <result>`. */
export function showWork(label: string, node: Ast, lookup: Lookup, result: ShownValue, c: Conventions, labelOf: LabelLookup = () => undefined): string {
  const shape = unitShape(result.unit);
  const perSecond = (shape.kind === 'rate' || shape.kind === 'byteRate') && shape.per === 's';
  const substituted = render(node, lookup, perSecond, c, false, labelOf);
  return substituted === result.display ? `${label} = ${result.display}` : `${label} = ${substituted} = ${result.display}`;
}
