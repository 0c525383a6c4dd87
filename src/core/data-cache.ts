import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readCappedText } from './read-capped.js';
import { DataFileError } from './errors.js';
import { packageRoot } from './paths.js';
import type { Ast } from './units/ast.js';

/**
 * The shipped YAML files as the build left them (dist/data-cache/, written by
 * scripts/compile-data.ts): each file parsed and validated by its schema
 * (defaults applied), every problem estimated under every convention set so a
 * unit slip fails the build, and every expression text those estimates parse
 * stored as a tree. A run that uses only shipped files therefore needs
 * neither the YAML library, nor zod, nor mathjs. One JSON file per data file,
 * so a command reads only what it uses. An entry is used only while the file's
 * content hash matches, so an edited file is read and checked afresh; YAML
 * stays the source.
 *
 * Nothing here imports yaml, zod or mathjs.
 */

export interface CacheEntry {
  readonly sha1: string;
  /** What the file's schema made of it (defaults applied). */
  readonly valid?: unknown;
  /** The YAML as parsed, for a file without a schema. */
  readonly data?: unknown;
}

export interface DataCache {
  /** By path from the package folder: `problems/twitter.yaml`. */
  readonly files: Readonly<Record<string, CacheEntry>>;
  /** Every expression text the shipped files make the estimator parse, parsed by mathjs at build time. */
  readonly asts: Readonly<Record<string, Ast>>;
}

export const CACHE_FOLDER = 'data-cache';
/** Where the build writes the entry of a data file (by its path from the package folder). */
export const cacheFileOf = (path: string): string => path.replace(/\.ya?ml$/, '.json');
export const ASTS_FILE = 'asts.json';

const cacheDir = (): string => join(packageRoot(), 'dist', CACHE_FOLDER);

export const sha1 = (source: string): string => createHash('sha1').update(source).digest('hex');

/** null: the file has no entry (not shipped, or no build). */
const entries = new Map<string, CacheEntry | null>();

function entryFor(file: string, source: string): CacheEntry | undefined {
  const path = relative(packageRoot(), file).split('\\').join('/');
  if (path.startsWith('..')) return undefined;
  let entry = entries.get(path);
  if (entry === undefined) {
    try {
      entry = JSON.parse(readFileSync(join(cacheDir(), cacheFileOf(path)), 'utf8')) as CacheEntry;
    } catch {
      entry = null;
    }
    entries.set(path, entry);
  }
  if (!entry || entry.sha1 !== sha1(source)) return undefined;
  return entry;
}

/** The YAML of a shipped file without a schema as parsed at build time, or undefined. */
export function cachedData(file: string, source: string): unknown {
  const entry = entryFor(file, source);
  return entry?.data === undefined ? undefined : structuredClone(entry.data);
}

/**
 * A shipped file as its schema validated it at build time (a fresh copy), or
 * undefined when it must be read now: not shipped, edited since the build, or
 * no build. The build validates each path with one schema
 * (scripts/compile-data.ts); its readers use that same schema.
 */
export function cachedValid(file: string, source: string): unknown {
  const entry = entryFor(file, source);
  return entry?.valid === undefined ? undefined : structuredClone(entry.valid);
}

let asts: Readonly<Record<string, Ast>> | null | undefined;

/** The tree of an expression text the shipped files contain; parsing is a pure function of the text, so any caller may use it. */
export function precompiledAst(text: string): Ast | undefined {
  if (asts === undefined) {
    try {
      asts = JSON.parse(readFileSync(join(cacheDir(), ASTS_FILE), 'utf8')) as Record<string, Ast>;
    } catch {
      asts = null;
    }
  }
  return asts && Object.hasOwn(asts, text) ? asts[text] : undefined;
}

/** Twenty times the largest shipped problem; a bigger "problem file" is something else. */
export const MAX_DATA_FILE_BYTES = 1024 * 1024;

/** The text of a data file; a missing, unreadable, oversized or special (FIFO, device) one is a DataFileError naming it. */
export function readDataSource(file: string): string {
  const read = readCappedText(file, MAX_DATA_FILE_BYTES);
  if (!read.ok) throw new DataFileError(file, read.reason);
  return read.text;
}
