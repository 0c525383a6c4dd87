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

const SYMBOLS: Record<string, string> = { add: '+', subtract: '-', multiply: 'x', divide: '/', pow: '^' };

function render(node: Ast, lookup: Lookup, perSecond: boolean, c: Conventions, grouped: boolean): string {
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
      return `(${render(node.c, lookup, perSecond, c, false)})`;
    case 'op': {
      if (node.f === 'unaryMinus') return `-${render(node.a[0]!, lookup, perSecond, c, true)}`;
      if (node.f === 'unaryPlus') return render(node.a[0]!, lookup, perSecond, c, true);
      const [left, right] = node.a.map((arg) => render(arg, lookup, perSecond, c, true));
      if (node.i) return `${left} ${right}`;
      return `${left} ${SYMBOLS[node.f] ?? node.f} ${right}`;
    }
    case 'fn':
      return `${node.n ?? node.callee}(${node.a.map((arg) => render(arg, lookup, perSecond, c, false)).join(', ')})`;
    case 'bad':
      return astText(node);
  }
}

/** `Label = <formula with values> = <result>`. */
export function showWork(label: string, node: Ast, lookup: Lookup, result: ShownValue, c: Conventions): string {
  const shape = unitShape(result.unit);
  const perSecond = (shape.kind === 'rate' || shape.kind === 'byteRate') && shape.per === 's';
  const substituted = render(node, lookup, perSecond, c, false);
  return substituted === result.display ? `${label} = ${result.display}` : `${label} = ${substituted} = ${result.display}`;
}
