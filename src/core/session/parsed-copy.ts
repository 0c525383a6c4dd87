import { join } from 'node:path';
import { BUILD_ID } from '../build-id.js';
import { forgetKept, readKept, sha256, writeKept } from '../kept-file.js';
import { hldHome } from '../paths.js';
import type { Session } from './schema.js';

/**
 * A session as it was read last time: the object its YAML file parsed and
 * validated to, kept as JSON in `$HLD_HOME/parsed/<id>.json`, so reading the
 * same file again (`hld export`) needs neither the YAML parser nor the
 * schema, which cost more to load than the rest of an export.
 *
 * The session file stays the record. The copy is used only when the file's
 * text is byte for byte the text it was made from and this build of hld made
 * it (a newer build may read sessions differently): any edit, by hld or by
 * hand, means the file is parsed and validated again. A damaged copy fails
 * its digest and is ignored. A copy that cannot be written costs only the
 * next read a parse, so that failure is not reported.
 */

const PARSED_COPY = { format: 1, field: 'session' } as const;

export const parsedCopiesDir = (env?: NodeJS.ProcessEnv): string => join(hldHome(env), 'parsed');
const copyFile = (env: NodeJS.ProcessEnv | undefined, id: string): string => join(parsedCopiesDir(env), `${id}.json`);
const keyOf = (text: string): string => sha256(`${BUILD_ID}\n${text}`);

/** The session parsed from `text` (the whole text of session `id`'s file) last time, or undefined. */
export function parsedCopy(id: string, text: string, env?: NodeJS.ProcessEnv): Session | undefined {
  const session = readKept(copyFile(env, id), PARSED_COPY, keyOf(text)) as Session | undefined;
  return session?.id === id ? session : undefined;
}

/** Keep `session`, parsed and validated from `text`, for the next read of the same text. */
export function keepParsedCopy(session: Session, text: string, env?: NodeJS.ProcessEnv): void {
  // A copy that cannot be kept only costs the next read a parse.
  writeKept(copyFile(env, session.id), PARSED_COPY, keyOf(text), JSON.stringify(session));
}

/** Forget the copy of a deleted session. */
export function forgetParsedCopy(id: string, env?: NodeJS.ProcessEnv): void {
  forgetKept(copyFile(env, id));
}
