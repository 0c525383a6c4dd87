import { Lexer } from 'yaml';
import { numberText } from './units/number-text.js';

/**
 * What a YAML file may cost to parse, checked before the parser sees it.
 *
 * The yaml library composes nested collections recursively and its parser
 * spends a few microseconds per token: a 2 KB file of `[[[[...` takes
 * hundreds of milliseconds, and deeper nesting overflows the stack, which V8
 * can turn into a fatal out-of-memory abort (seen while compiling a regular
 * expression deep in the recursion) that no try/catch survives. So the text
 * first goes through the library's own lexer, which is a flat state machine
 * (about 0.3 µs a token), counting tokens and bounding the nesting; a file
 * over either limit is refused with a reason instead of being parsed.
 */

export interface YamlBudget {
  /** Most lexer tokens (keys, values, indicators, spaces, new lines). */
  readonly maxTokens: number;
  /** Most levels of nesting, block and flow together. */
  readonly maxDepth: number;
}

const SCALAR_MARK = '\x1f';

/**
 * Why `source` is over `budget`, or undefined when it is within it.
 *
 * Depth is bounded from above without parsing: on each line, the
 * indentation (every nested block level is indented further), plus each
 * `-`, `?` or `:` indicator on the line (`- - - x` nests on one line), plus
 * the flow collections (`[`, `{`) still open. Scalar content, including block
 * scalars, is one token to the lexer, so brackets and indentation inside
 * notes never count.
 */
export function yamlOverBudget(source: string, budget: YamlBudget): string | undefined {
  let tokens = 0;
  let flow = 0;
  let lineDepth = 0;
  let atLineStart = true;
  let scalarNext = false;
  for (const token of new Lexer().lex(source)) {
    if (++tokens > budget.maxTokens) return `holds more than ${numberText(budget.maxTokens)} YAML tokens, more than hld reads from one file`;
    if (scalarNext) {
      // The scalar's own text, whatever characters it holds.
      scalarNext = false;
      atLineStart = false;
      continue;
    }
    if (token === SCALAR_MARK) {
      scalarNext = true;
      continue;
    }
    switch (token) {
      case '\n':
      case '\r\n':
        atLineStart = true;
        lineDepth = 0;
        continue;
      case '[':
      case '{':
        flow++;
        break;
      case ']':
      case '}':
        flow = Math.max(0, flow - 1);
        break;
      case '-':
      case '?':
      case ':':
        lineDepth++;
        break;
      default:
        if (atLineStart && (token[0] === ' ' || token[0] === '\t')) lineDepth += token.length;
    }
    atLineStart = false;
    if (lineDepth + flow > budget.maxDepth) return `nests deeper than ${budget.maxDepth} levels, more than hld reads from one file`;
  }
  return undefined;
}
