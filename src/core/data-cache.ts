import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Ast } from './units/ast.js';
import { packageRoot } from './paths.js';

/**
 * The shipped YAML files as the build left them (dist/data-cache.json):
 * parsed, validated by their zod schemas (with defaults applied), and every
 * formula, value and unit text parsed into a tree, with each problem
 * estimated under every convention set so a unit slip fails the build. A
 * run that uses only shipped files therefore needs neither the YAML library,
 * nor zod, nor mathjs. An entry is used only while the file's content hash
 * matches, so an edited file is read and checked afresh; YAML stays the source.
 *
 * Nothing here imports yaml, zod or mathjs.
 */

export interface CacheEntry {
  readonly sha1: string;
  /** The YAML as parsed. */
  readonly data: unknown;
  /** What the file's schema made of it (defaults applied), when it has one and passed. */
  readonly valid?: unknown;
}

export interface DataCache {
  readonly files: Readonly<Record<string, CacheEntry>>;
  /** Every expression text in the shipped files, parsed (by mathjs, at build time). */
  readonly asts: Readonly<Record<string, Ast>>;
}

let shipped: DataCache | null | undefined;

function cache(): DataCache | null {
  if (shipped === undefined) {
    try {
      const raw = JSON.parse(readFileSync(join(packageRoot(), 'dist', 'data-cache.json'), 'utf8')) as Partial<DataCache>;
      shipped = raw.files && raw.asts ? (raw as DataCache) : null;
    } catch {
      shipped = null;
    }
  }
  return shipped;
}

export const sha1 = (source: string): string => createHash('sha1').update(source).digest('hex');

function entryFor(file: string, source: string): CacheEntry | undefined {
  const entry = cache()?.files[relative(packageRoot(), file)];
  if (!entry || entry.sha1 !== sha1(source)) return undefined;
  return entry;
}

/** The YAML of a shipped file as parsed at build time, or undefined when the file is not shipped or was edited since. */
export function cachedData(file: string, source: string): unknown {
  const entry = entryFor(file, source);
  return entry === undefined ? undefined : structuredClone(entry.data);
}

/** A shipped file as its schema validated it at build time (a fresh copy), or undefined when it must be validated now. */
export function cachedValid(file: string, source: string): unknown {
  const entry = entryFor(file, source);
  return entry?.valid === undefined ? undefined : structuredClone(entry.valid);
}

/** The tree of an expression text the shipped files contain; parsing is a pure function of the text, so any caller may use it. */
export function precompiledAst(text: string): Ast | undefined {
  const asts = cache()?.asts;
  return asts && Object.hasOwn(asts, text) ? asts[text] : undefined;
}
