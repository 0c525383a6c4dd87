import { join } from 'node:path';
import { z } from 'zod';
import { readDataFile } from '../data-file.js';
import { HldError } from '../errors.js';
import { dataDir } from '../paths.js';
import type { KeyPoint, Problem } from '../problem/schema.js';
import { nonEmptyText, snakeCaseKey } from '../schema-fields.js';
import { didYouMean } from '../suggest.js';
import { compileExpression, type Aliases, type CompiledExpression } from './match.js';
import { wordKey } from './words.js';

/**
 * Shared concepts (data/concepts.yaml) and the compiled form of a key point's
 * concept groups, with every `@name` replaced by the concept's expressions;
 * and the shorthand candidates type in notes ("celebs", "TL", "WS", "LB"),
 * read as the words it stands for wherever a concept, a rule or a component
 * label is matched.
 */

const shorthand = z.string().regex(/^[a-z0-9][a-z0-9/-]*$/, 'a lower-case abbreviation such as tl or in-mem');
export const conceptsFileSchema = z.strictObject({
  concepts: z.record(snakeCaseKey, z.array(nonEmptyText).min(1)),
  abbreviations: z.record(shorthand, nonEmptyText).default({}),
});
export type Lexicon = Readonly<Record<string, readonly string[]>>;

export const conceptsFile = (): string => join(dataDir(), 'concepts.yaml');

let shipped: z.infer<typeof conceptsFileSchema> | undefined;
let shippedAliases: Aliases | undefined;

export function loadLexicon(file?: string): Lexicon {
  if (file) return readDataFile(file, conceptsFileSchema).concepts;
  shipped ??= readDataFile(conceptsFile(), conceptsFileSchema);
  return shipped.concepts;
}

/** The shipped abbreviations as matcher aliases: "lb" -> the keys of "load balancer". */
export function loadAliases(): Aliases {
  if (!shippedAliases) {
    shipped ??= readDataFile(conceptsFile(), conceptsFileSchema);
    shippedAliases = new Map(Object.entries(shipped.abbreviations).map(([short, long]) => [short.replace(/[-/]/g, ''), long.split(/[\s-]+/).map(wordKey)] as const));
  }
  return shippedAliases;
}

export interface CompiledGroup {
  /** The group's first two expressions, shared concepts expanded, to name it in a verdict ("push / fan-out on write"). */
  readonly name: string;
  readonly expressions: readonly CompiledExpression[];
  /** Also counts in a negated stretch: the group names a problem the design avoids ("codes never collide"). */
  readonly eitherWay: boolean;
}

/** A group that starts with this marker counts whether or not it is negated. */
export const EITHER_WAY = '~';

/** Expand `@name` references; an unknown name is a fault in the problem file, named with its field. */
export function expandGroup(group: readonly string[], lexicon: Lexicon, where: string): string[] {
  return group.filter((e) => e !== EITHER_WAY).flatMap((expression) => {
    if (!expression.startsWith('@')) return [expression];
    const name = expression.slice(1);
    const found = lexicon[name];
    if (!found) throw new HldError(`${where}: '${expression}' is not a shared concept in data/concepts.yaml${didYouMean(name, Object.keys(lexicon))}`);
    return found;
  });
}

const compiled = new WeakMap<KeyPoint, CompiledGroup[]>();

export function compileGroups(problem: Pick<Problem, 'id'>, point: KeyPoint, lexicon: Lexicon = loadLexicon()): CompiledGroup[] {
  const cached = compiled.get(point);
  if (cached) return cached;
  const groups = point.concepts.map((written, i) => {
    const eitherWay = written[0] === EITHER_WAY;
    const group = eitherWay ? written.slice(1) : written;
    const expanded = expandGroup(group, lexicon, `${problem.id}: key_points.${point.id}.concepts.${i}`);
    return {
      // Named by what a candidate would write, never by the shared concept's file key ("fail / failure", not "failure words").
      name: expanded.filter((e) => !e.includes('...')).slice(0, 2).join(' / '),
      expressions: expanded.map(compileExpression),
      eitherWay,
    };
  });
  compiled.set(point, groups);
  return groups;
}
