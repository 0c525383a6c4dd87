import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { architectureEditsSchema, type ArchitectureEdits } from '../../src/core/session/schema.js';
import { addComponent, addConnection, archRows, connectionKey, EMPTY_DIAGRAM, resolveArchitecture, selectableArchRows, toggleRow } from '../../src/core/architecture.js';
import { makeProblem } from '../fixtures/problem.js';
import { fuzzParameters } from '../fuzz/runs.js';

const problem = makeProblem();
const emptyEdits = () => architectureEditsSchema.parse({});
const texts = (edits = emptyEdits()) => archRows(problem, edits).map((r) => r.text);

describe('the architecture rules', () => {
  test('components and connections read as boxes and arrows', () => {
    expect(texts()).toEqual(['Components', '[Client] client', '[API] service', 'Connections', '[Client] --HTTPS--> [API]']);
  });

  test('the candidate starts from the empty diagram: only what they add is listed, unmarked', () => {
    expect(archRows(EMPTY_DIAGRAM, emptyEdits()).map((r) => r.text)).toEqual(['Components', 'Connections']);
    const one = addComponent(EMPTY_DIAGRAM, emptyEdits(), 'API');
    const two = 'edits' in one ? addComponent(EMPTY_DIAGRAM, one.edits, 'Cache : cache') : one;
    const wired = 'edits' in two ? addConnection(EMPTY_DIAGRAM, two.edits, 'api -> cache') : two;
    if (!('edits' in wired)) throw new Error(wired.error);
    expect(archRows(EMPTY_DIAGRAM, wired.edits).map((r) => r.text)).toEqual(['Components', '[API] service', '[Cache] cache', 'Connections', '[API] --> [Cache]']);
    // Over the reference the same additions are marked as the user's.
    expect(archRows(problem, wired.edits).map((r) => r.text)).toContain('[Cache] cache (yours)');
  });

  test('ids are unique and kinds are checked', () => {
    const one = addComponent(problem, emptyEdits(), 'API');
    expect('edits' in one && one.edits.added_components[0]).toEqual({ id: 'api_2', label: 'API', kind: 'service' });
    expect(addComponent(problem, emptyEdits(), '  ')).toMatchObject({ error: expect.stringMatching(/type a name/) });
    expect(addComponent(problem, emptyEdits(), 'Queue : load balancer')).toMatchObject({ edits: { added_components: [{ kind: 'load_balancer' }] } });
    // A second box of yours with the same name is refused: connections by name would be ambiguous.
    const api = addComponent(EMPTY_DIAGRAM, emptyEdits(), 'api : service');
    if (!('edits' in api)) throw new Error(api.error);
    expect(addComponent(EMPTY_DIAGRAM, api.edits, 'API : cache')).toEqual({ error: expect.stringMatching(/^you already have a component named 'api'; give this one another name/) });
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

/** Apply one edit that must succeed. */
function edit(result: ReturnType<typeof addComponent>): ArchitectureEdits {
  if ('error' in result) throw new Error(result.error);
  return result.edits;
}

describe('removing a component you added', () => {
  test('takes it and its connections out of the list, the edits and the export', () => {
    let edits = edit(addComponent(problem, emptyEdits(), 'Rate limiter : service'));
    edits = edit(addConnection(problem, edits, 'client -> rate limiter'));
    edits = edit(addConnection(problem, edits, 'rate limiter -> api : checked'));
    expect(texts(edits)).toContain('[Rate limiter] service (yours)');
    expect(resolveArchitecture(problem, edits).connections.filter((c) => c.added)).toHaveLength(2);

    const row = selectableArchRows(archRows(problem, edits)).find((r) => r.type === 'component' && r.item.id === 'rate_limiter')!;
    const after = toggleRow(edits, row);
    expect(after).toEqual(emptyEdits());
    expect(texts(after)).toEqual(texts());
    const resolved = resolveArchitecture(problem, after);
    expect(resolved.components.map((c) => c.id)).toEqual(['client', 'api']);
    expect(resolved.connections).toEqual([{ from: 'client', to: 'api', label: 'HTTPS', added: false }]);
    expect(resolved.danglingConnections).toEqual([]);
  });

  test('a connection you added goes on its own, and the components stay', () => {
    let edits = edit(addComponent(problem, emptyEdits(), 'Queue : queue'));
    edits = edit(addConnection(problem, edits, 'api -> queue'));
    const row = selectableArchRows(archRows(problem, edits)).find((r) => r.type === 'connection' && r.item.origin === 'user')!;
    const after = toggleRow(edits, row);
    expect(after.added_connections).toEqual([]);
    expect(after.added_components.map((c) => c.id)).toEqual(['queue']);
  });
});

describe('an added component with the id of a problem component (a hand-edited file, or a problem that gained it later)', () => {
  const replaced = (): ArchitectureEdits => ({ ...emptyEdits(), added_components: [{ id: 'api', label: 'Gateway', kind: 'load_balancer' }] });

  test('takes its place: listed once, as yours, on the screen and in the export', () => {
    expect(texts(replaced())).toEqual(['Components', '[Client] client', '[Gateway] load balancer (yours)', 'Connections', '[Client] --HTTPS--> [Gateway]']);
    const resolved = resolveArchitecture(problem, replaced());
    expect(resolved.components).toEqual([
      { id: 'client', label: 'Client', kind: 'client', added: false },
      { id: 'api', label: 'Gateway', kind: 'load_balancer', added: true },
    ]);
    expect(resolved.connections).toHaveLength(1);
  });

  test('removing it brings the problem component back', () => {
    const row = selectableArchRows(archRows(problem, replaced())).find((r) => r.type === 'component' && r.item.id === 'api')!;
    expect(texts(toggleRow(replaced(), row))).toEqual(texts());
  });
});

describe('the screen and the export agree', () => {
  const ids = ['client', 'api', 'cache', 'queue'];
  const editsArbitrary: fc.Arbitrary<ArchitectureEdits> = fc.record({
    added_components: fc.uniqueArray(
      fc.record({ id: fc.constantFrom(...ids), label: fc.constantFrom('A', 'B', 'Gateway'), kind: fc.constantFrom('service' as const, 'cache' as const) }),
      { selector: (c) => c.id, maxLength: 4 },
    ),
    removed_components: fc.subarray(ids),
    added_connections: fc.array(fc.record({ from: fc.constantFrom(...ids), to: fc.constantFrom(...ids) }), { maxLength: 5 }),
    removed_connections: fc.subarray(['client->api', 'api->cache', 'client->queue']),
  });

  test('what the list shows as in the diagram is what the export draws', () => {
    fc.assert(
      fc.property(editsArbitrary, (edits) => {
        const rows = selectableArchRows(archRows(problem, edits));
        const resolved = resolveArchitecture(problem, edits);
        const liveComponents = rows.flatMap((r) => (r.type === 'component' && !r.item.removed ? [r.item.id] : []));
        const liveConnections = rows.flatMap((r) => (r.type === 'connection' && !r.item.removed ? [r.item.key] : []));
        expect(resolved.components.map((c) => c.id)).toEqual(liveComponents);
        expect(resolved.connections.map(connectionKey)).toEqual(liveConnections);
        // One component per id, and one live connection per pair.
        expect(new Set(liveComponents).size).toBe(liveComponents.length);
        expect(new Set(liveConnections).size).toBe(liveConnections.length);
        // Every drawn connection joins two drawn components.
        for (const c of resolved.connections) expect(liveComponents.includes(c.from) && liveComponents.includes(c.to)).toBe(true);
      }),
      fuzzParameters(500),
    );
  });
});
