import type { MathNode } from 'mathjs';
import { monthDays, type Conventions } from '../conventions.js';
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

function render(node: MathNode, lookup: Lookup, perSecond: boolean, c: Conventions, grouped: boolean): string {
  switch (node.type) {
    case 'ConstantNode':
      return formatConstant((node as unknown as { value: number }).value);
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      const shown = lookup(name);
      if (!shown) return name; // a unit name such as `day`
      const expanded = perSecond ? expandToSeconds(shown, c) : undefined;
      if (expanded) return grouped ? `(${expanded})` : expanded;
      return shown.display;
    }
    case 'ParenthesisNode':
      return `(${render((node as unknown as { content: MathNode }).content, lookup, perSecond, c, false)})`;
    case 'OperatorNode': {
      const op = node as unknown as { fn: string; args: MathNode[]; implicit?: boolean };
      if (op.fn === 'unaryMinus') return `-${render(op.args[0]!, lookup, perSecond, c, true)}`;
      if (op.fn === 'unaryPlus') return render(op.args[0]!, lookup, perSecond, c, true);
      const [left, right] = op.args.map((arg) => render(arg, lookup, perSecond, c, true));
      if (op.implicit) return `${left} ${right}`;
      return `${left} ${SYMBOLS[op.fn] ?? op.fn} ${right}`;
    }
    case 'FunctionNode': {
      const fn = node as unknown as { fn: { name: string }; args: MathNode[] };
      return `${fn.fn.name}(${fn.args.map((arg) => render(arg, lookup, perSecond, c, false)).join(', ')})`;
    }
    default:
      return node.toString();
  }
}

/** `Label = <formula with values> = <result>`. */
export function showWork(label: string, node: MathNode, lookup: Lookup, result: ShownValue, c: Conventions): string {
  const shape = unitShape(result.unit);
  const perSecond = (shape.kind === 'rate' || shape.kind === 'byteRate') && shape.per === 's';
  const substituted = render(node, lookup, perSecond, c, false);
  return substituted === result.display ? `${label} = ${result.display}` : `${label} = ${substituted} = ${result.display}`;
}
