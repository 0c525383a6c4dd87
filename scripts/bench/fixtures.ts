// The benchmark's saved sessions, in temporary HLD_HOME folders, written by
// the store's own code (see sessions.ts).
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { listedSessions, writeHistory, writeNotesSession } from './sessions.js';

/** Typing figures use notes of these sizes (characters in the step being edited). */
export const NOTES_SIZES = [0, 10_000, 100_000] as const;
export type NotesSize = (typeof NOTES_SIZES)[number];

export interface BenchHomes {
  /** HLD_HOME with 10 saved sessions. */
  readonly ten: string;
  /** The one of the ten with the most notes, for export. */
  readonly exportId: string;
  /** HLD_HOME with 1,000 saved sessions. */
  readonly thousand: string;
  /**
   * Remove the session a run added to the 1,000 (hld practice makes one), and
   * its lock if left behind, so every run sees 1,000. Anything else the store
   * keeps there (an index, say) stays, as it would for a user.
   */
  resetThousand(): void;
  /** HLD_HOME with one session per notes size. */
  readonly notes: string;
  readonly notesIds: ReadonlyMap<NotesSize, string>;
}

/** Write the homes under `scratch` (removed by the caller); `root` is the hld-dojo folder. */
export async function prepareHomes(root: string, scratch: string): Promise<BenchHomes> {
  const templates = join(root, 'templates');
  const home = (name: string): string => {
    const dir = join(scratch, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  const ten = home('home-10');
  const { richest } = writeHistory(ten, 10, templates);
  const thousand = home('home-1000');
  writeHistory(thousand, 1000, templates);
  const notes = home('home-notes');
  const notesIds = new Map(NOTES_SIZES.map((chars) => [chars, writeNotesSession(notes, chars, templates)] as const));
  for (const [dir, expected] of [
    [ten, 10],
    [thousand, 1000],
    [notes, NOTES_SIZES.length],
  ] as const) {
    const listed = await listedSessions(dir);
    if (listed !== expected) throw new Error(`the store lists ${listed} sessions in ${dir}, expected ${expected}`);
  }
  const sessions = join(thousand, 'sessions');
  const saved = new Set(readdirSync(sessions));
  return {
    ten,
    exportId: richest,
    thousand,
    resetThousand() {
      for (const name of readdirSync(sessions)) {
        const session = name.endsWith('.lock') ? name.slice(0, -'.lock'.length) : name;
        if (session.endsWith('.yaml') && !saved.has(session)) rmSync(join(sessions, name), { force: true });
      }
    },
    notes,
    notesIds,
  };
}
