import { sessionSchema, type Session } from '../../../src/core/session/schema.js';

/** A url-shortener session with notes and edits chosen to stress the Markdown and Mermaid output. */
export function trickySession(patch: Partial<Session> = {}): Session {
  return sessionSchema.parse({
    version: 1,
    id: '20261121-0930-url-shortener',
    problem: 'url-shortener',
    framework: 'hld14',
    mode: 'practice',
    created_at: '2026-11-21T09:30:00.000Z',
    updated_at: '2026-11-21T10:05:00.000Z',
    notes: {
      'clarify-requirements':
        '# Functional\n- shorten a long URL\n- redirect with 301 or 302\n\n## Non-functional\n\t- read-heavy, about 100:1\n* p99 < 50 ms | "fast"   \n\n\n\nEmbedded {{title}} stays as typed.',
      'capacity-estimation': 'Base62 with 7 characters.\n```\ncode\twith tab\n# not a heading\n```',
      'high-level-architecture': 'Redis cache in front of the KV store; unclosed fence below\n```ts\nconst x = 1;',
    },
    done: ['clarify-requirements', 'capacity-estimation'],
    time_spent: { 'clarify-requirements': 312, 'capacity-estimation': 95.4 },
    overrides: { mau: '200M' },
    architecture: {
      added_components: [
        { id: 'end', label: 'Audit "log" #1 <b>x</b> | `tick` & back\\slash', kind: 'queue' },
        { id: 'graph', label: 'Fraud check (ML)', kind: 'third_party' },
      ],
      removed_components: ['dns'],
      added_connections: [
        { from: 'redirect', to: 'end', label: 'click "events" -->' },
        { from: 'redirect', to: 'nowhere' },
      ],
      removed_connections: ['client->edge'],
    },
    ...patch,
  });
}

export const emptyEdits = (): Session['architecture'] => ({ added_components: [], removed_components: [], added_connections: [], removed_connections: [] });
