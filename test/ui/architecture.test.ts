import { describe, expect, test } from 'vitest';
import { architectureEditsSchema } from '../../src/core/session/schema.js';
import { addComponent, addConnection, archRows, selectableArchRows, toggleRow } from '../../src/ui/practice/architecture.js';
import { makeProblem } from '../fixtures/problem.js';

const problem = makeProblem();
const emptyEdits = () => architectureEditsSchema.parse({});
const texts = (edits = emptyEdits()) => archRows(problem, edits).map((r) => r.text);

describe('architecture view-model', () => {
  test('components and connections read as boxes and arrows', () => {
    expect(texts()).toEqual(['Components', '[Client] client', '[API] service', 'Connections', '[Client] --HTTPS--> [API]']);
  });

  test('ids are unique and kinds are checked', () => {
    const one = addComponent(problem, emptyEdits(), 'API');
    expect('edits' in one && one.edits.added_components[0]).toEqual({ id: 'api_2', label: 'API', kind: 'service' });
    expect(addComponent(problem, emptyEdits(), '  ')).toMatchObject({ error: expect.stringMatching(/type a name/) });
    expect(addComponent(problem, emptyEdits(), 'Queue : load balancer')).toMatchObject({ edits: { added_components: [{ kind: 'load_balancer' }] } });
  });

  test('a removed component marks its connections removed; re-adding a removed connection restores it', () => {
    const [client] = selectableArchRows(archRows(problem, emptyEdits()));
    const removed = toggleRow(emptyEdits(), client!);
    expect(texts(removed)).toContain('[Client] client (removed)');
    expect(texts(removed)).toContain('[Client] --HTTPS--> [API] (removed)');
    expect(addConnection(problem, removed, 'client -> api')).toMatchObject({ error: expect.stringMatching(/no component 'client'/) });

    const rows = selectableArchRows(archRows(problem, emptyEdits()));
    const withoutLink = toggleRow(emptyEdits(), rows.find((r) => r.type === 'connection')!);
    expect(withoutLink.removed_connections).toEqual(['client->api']);
    const back = addConnection(problem, withoutLink, 'Client -> API');
    expect('edits' in back && back.edits.removed_connections).toEqual([]);
    expect(addConnection(problem, emptyEdits(), 'client -> api')).toMatchObject({ error: 'that connection is already there' });
    expect(addConnection(problem, emptyEdits(), 'client api')).toMatchObject({ error: expect.stringMatching(/from -> to/) });
  });

  test('part of a label is enough when only one component has it', () => {
    const added = addComponent(problem, emptyEdits(), 'Apple cache : cache');
    if (!('edits' in added)) throw new Error(added.error);
    expect(addConnection(problem, added.edits, 'cli -> apple')).toMatchObject({ edits: { added_connections: [{ from: 'client', to: 'apple_cache' }] } });
    expect(addConnection(problem, added.edits, 'client -> ap')).toMatchObject({ error: expect.stringMatching(/matches API, Apple cache/) });
  });
});
