import type { Ast } from './ast.js';
import type { Quantity } from './quantity.js';

/**
 * mathjs, when it is needed: to read text our parser leaves to it (an error
 * to explain, syntax outside the value syntax) and to look up a unit name our
 * own table does not have (`furlong`). It registers itself here when its
 * module (math.ts) is imported; until then, asking for it throws MathjsNeeded,
 * which the lazy runner (estimate/lazy.ts) catches to load it and try again.
 * The full engine (estimate/engine.ts) imports it up front.
 */
export interface Fallback {
  /** The tree of `text`, with anything outside the value syntax as `bad` nodes; throws ExpressionError when it cannot be read. */
  parse(text: string): Ast;
  /** The value of a unit name, or undefined when it is not one. */
  unit(name: string): Quantity | undefined;
}

let registered: Fallback | undefined;

/** Not a user's mistake: the caller must load mathjs and try again. Deliberately not an HldError. */
export class MathjsNeeded extends Error {
  constructor(what: string) {
    super(`mathjs is needed to ${what} but was not loaded`);
  }
}

export function registerFallback(fallback: Fallback): void {
  registered = fallback;
}

export function fallbackParse(text: string): Ast {
  if (!registered) throw new MathjsNeeded('read an expression');
  return registered.parse(text);
}

export function fallbackUnit(name: string): Quantity | undefined {
  if (!registered) throw new MathjsNeeded(`look up the unit name '${name}'`);
  return registered.unit(name);
}

/**
 * Run `work`; if it needed mathjs, load it with `loadMath` (an import of
 * math.ts, which registers itself here) and run it again. The caller imports
 * math.ts, not this module: math.ts imports this one, and the import graph
 * stays free of cycles.
 */
export async function withMathjsWhenNeeded<T>(work: () => T, loadMath: () => Promise<unknown>): Promise<T> {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof MathjsNeeded)) throw error;
    await loadMath();
    return work();
  }
}
