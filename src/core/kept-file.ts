import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { systemReason } from './fs-fault.js';
import { readRegularFile } from './regular-file.js';
import { writeFileAtomic } from './session/atomic-write.js';

/**
 * What hld works out from a session and keeps for next time (the judged
 * report, the parsed session, the estimate): one JSON file each,
 * `{"format":F,"key":K,"digest":D,"<field>":VALUE}`. The key is a digest of
 * everything the value was worked out from, so a value is used only for
 * exactly those inputs; the digest of the value catches a file cut short or
 * edited. Anything else (missing, damaged, another format or key) reads as
 * nothing kept, and the caller works the value out again.
 */

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** What a kept file holds and how it is checked: its format number and the name of its value's field. */
export interface KeptKind {
  readonly format: number;
  readonly field: string;
}

/** A kept value is some tens of KiB; a file far past this was not written by hld. */
const MAX_KEPT_BYTES = 16 * 1024 * 1024;

/** The value kept in `file` for `key`, or undefined when there is none that can be trusted. */
export function readKept(file: string, kind: KeptKind, key: string): unknown {
  const read = readRegularFile(file, MAX_KEPT_BYTES);
  if (!read.ok) return undefined;
  try {
    const kept = JSON.parse(read.text) as Record<string, unknown>;
    const value = kept[kind.field];
    if (kept['format'] !== kind.format || kept['key'] !== key || typeof value !== 'object' || value === null) return undefined;
    return sha256(JSON.stringify(value)) === kept['digest'] ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keep `json` (a value's JSON) in `file` for `key`. Returns why it could not
 * be kept, or undefined when it was; the next read then works it out again.
 */
export function writeKept(file: string, kind: KeptKind, key: string, json: string): string | undefined {
  try {
    // Not recursive: the folder goes beside the sessions, in an hld home that exists (a test's made-up home is left alone).
    if (!existsSync(dirname(file))) mkdirSync(dirname(file), { mode: 0o700 });
    // Not durable: a file torn by a power cut fails its digest and the value is worked out again.
    writeFileAtomic(file, `{"format":${kind.format},"key":"${key}","digest":"${sha256(json)}","${kind.field}":${json}}\n`, { durable: false });
    return undefined;
  } catch (error) {
    return systemReason(error);
  }
}

/** Forget a kept file (its session was deleted); one that cannot be removed is harmless, as its key matches nothing then. */
export function forgetKept(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Left behind: nothing reads it without its session.
  }
}
