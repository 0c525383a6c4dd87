import fc from 'fast-check';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { listSessions } from '../../src/core/session/list.js';
import { parseSessionText, serialiseSession } from '../../src/core/session/session-file.js';
import { newSession } from '../../src/core/session/session-store.js';
import type { Session } from '../../src/core/session/schema.js';
import { timeoutFor } from './contract.js';
import { fuzzParameters } from './runs.js';

/**
 * Mutated session files (issue 11): whatever bytes a session file holds, it
 * is a session or a one-line refusal, never a throw, never a hang and never
 * more than a bounded amount of CPU; in a listing it is listed, set aside (moved,
 * never deleted) or, when a newer hld wrote it, left in place and named; the
 * good session beside it is always listed. A session that loads saves and
 * loads back the same.
 */

const ID = '20261120-1000-twitter';
const base: Session = {
  ...newSession({ problem: 'twitter', framework: 'hld14', mode: 'mock', mockMinutes: 45, id: ID }, new Date('2026-11-20T10:00:00Z')),
  current_step: 3,
  notes: { requirements: 'Post, follow, timeline.\n- 300M MAU\n- reads >> writes: "fan-out"', estimation: 'QPS: 300M * 2 / 86400 ≈ 7k' },
  done: ['requirements'],
  time_spent: { requirements: 120.5 },
  overrides: { mau: '600M' },
  hints_shown: { estimation: 2 },
};
const baseText = serialiseSession(base);

/** What a hand edit, a torn write or malice might leave in a YAML file. */
const SNIPPETS = [
  '&a ', '*a', '<<: *a\n', '[', ']', '{', '}', '- ', ': ', '\t', '!!binary ', '!!js/function ', '!custom ', '%YAML 1.1\n', '---\n', '...\n',
  '\u0000', '\ufeff', '"', "'", '|\n', '>-\n', '#', '? ', 'version: 99\n', 'version: -1\n', 'version: 1\n', 'id: ../../etc/passwd\n',
  '__proto__: {}\n', 'constructor: 1\n', 'notes: null\n', 'current_step: 1e400\n', '\u001b[2J', '\r\n', '  ', '\n  - ', '[[[[[[[[[[[[', 'x'.repeat(5_000),
];

const mutationArb = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }), times: fc.integer({ min: 2, max: 50 }) }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
);
type Mutation = typeof mutationArb extends fc.Arbitrary<infer M> ? M : never;

function mutated(text: Buffer, m: Mutation): Buffer {
  const at = m.at % (text.length + 1);
  switch (m.kind) {
    case 'insert':
      return Buffer.concat([text.subarray(0, at), Buffer.from(m.text), text.subarray(at)]);
    case 'bytes':
      return Buffer.concat([text.subarray(0, at), Buffer.from(m.bytes), text.subarray(at)]);
    case 'delete':
      return Buffer.concat([text.subarray(0, at), text.subarray(at + m.length)]);
    case 'truncate':
      return text.subarray(0, at);
    case 'repeat':
      return Buffer.concat([text.subarray(0, at), ...Array<Buffer>(m.times).fill(text.subarray(at, at + m.length)), text.subarray(at)]);
  }
}

const fileArb = fc.array(mutationArb, { minLength: 1, maxLength: 4 }).map((ms) => ms.reduce(mutated, Buffer.from(baseText)));

function oneLine(text: string): void {
  expect(text).not.toMatch(/[\n\r\u001b]/);
  expect(text.length).toBeLessThan(600);
}

/**
 * CPU time of one parse, held to issue 11's 100 ms: the fastest of up to
 * three tries, so a garbage collection or a busy neighbour passes and a
 * blow-up (seconds) stays.
 */
const MAX_CPU_MS = 100;
function cpuOf(run: () => void): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best >= MAX_CPU_MS; attempt++) {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const dir = mkdtempSync(join(tmpdir(), 'hld-fuzz-sessions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mutated session files', () => {
  test('parse to a session or a one-line refusal, in bounded time; a loaded session round-trips', { timeout: timeoutFor(100, 400) }, () => {
    expect(parseSessionText(baseText, ID)).toEqual({ ok: true, session: base });
    fc.assert(
      fc.property(fileArb, (bytes) => {
        const text = bytes.toString('utf8');
        let result!: ReturnType<typeof parseSessionText>;
        const cpuMs = cpuOf(() => (result = parseSessionText(text, ID)));
        expect(cpuMs).toBeLessThan(MAX_CPU_MS);
        if (result.ok) {
          expect(parseSessionText(serialiseSession(result.session), ID)).toEqual(result);
        } else {
          expect(['damaged', 'newer']).toContain(result.reason);
          oneLine(result.error);
        }
      }),
      fuzzParameters(400),
    );
  });

  test('in a listing are listed, set aside or left in place and named; the good session beside them always listed', { timeout: timeoutFor(200, 150) }, async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fileArb, async (bytes) => {
        const home = join(dir, `home-${run++}`);
        const sessions = join(home, 'sessions');
        mkdirSync(sessions, { recursive: true });
        const good = { ...base, id: '20261121-0900-uber', problem: 'uber' };
        writeFileSync(join(sessions, `${good.id}.yaml`), serialiseSession(good));
        const file = join(sessions, `${ID}.yaml`);
        writeFileSync(file, bytes);
        const listing = await listSessions({ HLD_HOME: home });
        const ids = listing.sessions.map((s) => s.id);
        expect(ids).toContain(good.id);
        if (ids.includes(ID)) {
          expect(listing.damaged).toEqual([]);
        } else if (listing.damaged.length > 0) {
          expect(listing.damaged).toHaveLength(1);
          const [aside] = listing.damaged;
          oneLine(aside!.error);
          expect(existsSync(file)).toBe(false);
          expect(existsSync(aside!.movedTo!)).toBe(true);
        } else {
          // Written by a newer hld: named, and left where it is.
          expect(listing.unreadable).toHaveLength(1);
          oneLine(listing.unreadable[0]!.error);
          expect(existsSync(file)).toBe(true);
        }
        expect(readdirSync(sessions).filter((n) => n.includes('.tmp'))).toEqual([]);
        rmSync(home, { recursive: true, force: true });
      }),
      fuzzParameters(150),
    );
  });
});
