// Saved sessions for the benchmark, written by the store's own code (the
// session schema, the id rule and the atomic file writer), so `hld sessions`,
// the home screen and `export` read the same files a real user accumulates.
import { mkdirSync } from 'node:fs';
import { mulberry32, type Random } from '../../src/core/drill/prng.js';
import { sessionsDir } from '../../src/core/paths.js';
import { newSessionId, sessionFile } from '../../src/core/session/ids.js';
import { SESSION_VERSION, sessionSchema, type Session, type SessionInput } from '../../src/core/session/schema.js';
import { writeSessionFile } from '../../src/core/session/session-file.js';
import { listSessions } from '../../src/core/session/store.js';
import { loadFramework } from '../../src/core/template/load.js';
import { BUILTIN_FRAMEWORKS } from '../../src/core/template/schema.js';

const PROBLEMS = ['url-shortener', 'twitter', 'whatsapp', 'uber', 'netflix', 'instagram'] as const;

const WORDS = (
  'cache shard replica queue partition leader follower write read fan-out timeline feed index hot cold tier ' +
  'latency throughput p99 region failover quorum consistency eventual strong idempotent retry backoff ' +
  'rate limit token bucket gateway service worker batch stream offset compaction snapshot blob object ' +
  'storage cdn edge origin ttl eviction lru key value column row schema migration tenant user post ' +
  'message chat presence location ride driver video chunk bitrate upload thumbnail counter id snowflake'
).split(' ');

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Prose as people type it into notes: sentences, short bullet lists and blank lines between paragraphs. */
export function notesText(chars: number, random: Random = mulberry32(chars)): string {
  const parts: string[] = [];
  let length = 0;
  while (length <= chars) {
    let paragraph: string;
    if (random() < 0.3) {
      const items = 2 + Math.floor(random() * 4);
      paragraph = Array.from({ length: items }, () => `- ${sentence(random, 3, 9)}`).join('\n');
    } else {
      const sentences = 1 + Math.floor(random() * 5);
      paragraph = Array.from({ length: sentences }, () => `${sentence(random, 6, 18)}.`).join(' ');
    }
    parts.push(paragraph);
    length += paragraph.length + 2;
  }
  // Exactly `chars` characters, ending in a new line so typing starts on a fresh row.
  const text = parts.join('\n\n').slice(0, Math.max(0, chars - 1));
  return chars > 0 ? `${text}\n` : '';
}

function sentence(random: Random, min: number, max: number): string {
  const words = Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => pick(random, WORDS));
  const first = words[0]!;
  words[0] = first[0]!.toUpperCase() + first.slice(1);
  return words.join(' ');
}

function write(home: string, input: SessionInput, when: Date): Session {
  const dir = sessionsDir({ HLD_HOME: home });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const id = newSessionId(dir, input.problem, when);
  const session = sessionSchema.parse({ ...input, id });
  writeSessionFile(sessionFile(dir, id), session);
  return session;
}

/**
 * `count` sessions spread over the past year, as a steady user leaves them:
 * each problem and framework, practice and finished mocks, notes in the first
 * steps (a few hundred to a few thousand characters each), steps marked done,
 * time per step, changed assumptions and hints shown. `templates` is the
 * frameworks folder (this bundle runs from a temporary folder). Returns the
 * ids, oldest first, and the id of the session with the most notes.
 */
export function writeHistory(home: string, count: number, templates: string, seed = 12): { ids: string[]; richest: string } {
  const random = mulberry32(seed);
  const now = Date.parse('2026-11-20T18:00:00Z');
  const ids: string[] = [];
  let richest = { id: '', chars: -1 };
  for (let i = 0; i < count; i++) {
    const problem = pick(random, PROBLEMS);
    const framework = loadFramework(pick(random, BUILTIN_FRAMEWORKS), templates);
    const created = new Date(now - (count - i) * 8.7 * 3600_000);
    const updated = new Date(created.getTime() + Math.floor(random() * 90 * 60_000));
    const reached = Math.floor(random() * framework.steps.length);
    const steps = framework.steps.slice(0, reached + 1);
    const mock = random() < 0.25;
    const session = write(
      home,
      {
        version: SESSION_VERSION,
        id: 'pending',
        problem,
        framework: framework.id,
        mode: mock ? 'mock' : 'practice',
        created_at: created.toISOString(),
        updated_at: updated.toISOString(),
        current_step: reached,
        notes: Object.fromEntries(steps.map((step) => [step.id, notesText(200 + Math.floor(random() * 2800), random)])),
        done: steps.slice(0, reached).map((step) => step.id),
        time_spent: Object.fromEntries(steps.map((step) => [step.id, Math.floor(random() * 600)])),
        overrides: random() < 0.3 ? { peak_factor: '3' } : {},
        hints_shown: Object.fromEntries(steps.filter(() => random() < 0.3).map((step) => [step.id, 1])),
        ...(mock ? { mock: { total_seconds: 2700, elapsed_seconds: 2700, paused: false, finished: true } } : {}),
      },
      created,
    );
    ids.push(session.id);
    const chars = Object.values(session.notes).join('').length;
    if (chars > richest.chars) richest = { id: session.id, chars };
  }
  return { ids, richest: richest.id };
}

/** A practice session on Twitter with `chars` characters of notes in its first step, where the cursor starts. */
export function writeNotesSession(home: string, chars: number, templates: string): string {
  const stamp = new Date('2026-11-20T18:00:00Z');
  const framework = loadFramework('hld14', templates);
  const step = framework.steps[0]!;
  return write(
    home,
    {
      version: SESSION_VERSION,
      id: 'pending',
      problem: 'twitter',
      framework: framework.id,
      mode: 'practice',
      created_at: stamp.toISOString(),
      updated_at: stamp.toISOString(),
      current_step: 0,
      notes: chars > 0 ? { [step.id]: notesText(chars) } : {},
    },
    stamp,
  ).id;
}

/** How many sessions the store itself lists in `home` (damaged ones would be set aside, not counted). */
export async function listedSessions(home: string): Promise<number> {
  const listing = await listSessions({ HLD_HOME: home });
  return listing.damaged.length || listing.unreadable.length ? -1 : listing.sessions.length;
}
