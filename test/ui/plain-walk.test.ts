import { describe, expect, test } from 'vitest';
import { runEstimate } from '../../src/core/estimate/engine.js';
import { HldError } from '../../src/core/errors.js';
import { loadPrices } from '../../src/core/prices/load.js';
import { loadFramework } from '../../src/core/template/load.js';
import { showPlainWalk } from '../../src/ui/plain/plain-walk.js';
import { listLines } from '../../src/ui/plain/line-source.js';
import { linePrompter, pickChoice } from '../../src/ui/plain/prompter.js';
import { createSessionStore, memorySessionStore, type SessionStore } from '../../src/core/session/session-store.js';
import { makeProblem } from '../fixtures/problem.js';
import { makeSession } from './practice-fixture.js';

/** The walk with its real prompter on scripted lines: `piped` as from a script, otherwise as typed at a terminal. */
function scripted(lines: string[], piped = false) {
  const printed: string[] = [];
  const prompter = linePrompter({ source: listLines(lines), say: (text) => void printed.push(text), piped });
  return { prompter, printed, out: () => printed.join('\n') };
}

const problem = makeProblem();
const framework = loadFramework('hld14');
const inputs = { run: runEstimate, problem, prices: loadPrices() };
const walk = (script: ReturnType<typeof scripted>, store: SessionStore) => showPlainWalk(script.prompter, store, problem, framework, inputs);

describe('plain walk', () => {
  test('prints the step, takes notes ended by a full stop, shows a hint, marks done and moves on', async () => {
    const store = memorySessionStore(makeSession());
    const script = scripted(['notes', 'users store items', '', 'reads dominate', '.', 'hint', 'done', 'next', 'notes', 'one actor', '.', 'quit']);
    await walk(script, store);
    const out = script.out();
    expect(out).toContain('Step 1 of 14: Clarify requirements, about');
    expect(out).toContain('Questions to answer:');
    expect(out).toContain('Hint 1: Questions to ask yourself\nWho uses the system');
    expect(out).toContain('Step 2 of 14: Flow and actors');
    expect(out).toContain('End with a line holding only a full stop (.)');
    expect(out).toContain('Notes saved: 3 lines.');
    // A blank line inside the notes is kept: paragraphs survive.
    expect(store.session.notes).toEqual({ 'clarify-requirements': 'users store items\n\nreads dominate', 'flow-and-actors': 'one actor' });
    expect(store.session.done).toEqual(['clarify-requirements']);
    expect(store.session.current_step).toBe(1);
    expect(store.session.hints_shown).toEqual({ 'clarify-requirements': 1 });
  });

  test('a menu is printed once with numbers and names; the same menu again is not read out again', async () => {
    const store = memorySessionStore(makeSession());
    const script = scripted(['again', '8', 'list', 'QUIT']);
    await walk(script, store);
    const out = script.out();
    expect(out).toMatch(/Step 1 of 14, Clarify requirements\. What next\?\n1\. notes: write notes for this step\n2\. hint: show hint 1 of \d, questions to ask yourself \(-0\.5 in the report\)\n/);
    expect(out).toMatch(/\d+\. quit: save and quit/);
    expect(out).toContain('(the same choices as before; list reads them again)');
    // Read out the first time and when asked for with "list", not again after "again" (the same choices).
    expect(out.match(/1\. notes: write notes for this step/g)).toHaveLength(2);
    expect(out).toContain('Not accepted: there is no choice 8');
  });

  test('notes are added to, pasted lines are cleaned, and an empty block adds nothing', async () => {
    const store = memorySessionStore(makeSession({ notes: { 'clarify-requirements': 'first' } }));
    const script = scripted(['notes', 'second\twith a tab\x1b[31m', '.', 'notes', '.', 'quit']);
    await walk(script, store);
    expect(store.session.notes['clarify-requirements']).toBe('first\nsecond  with a tab');
    expect(script.out()).toContain('No notes added.');
  });

  test('the estimation step prints the table and takes key=value, saying what was refused', async () => {
    const store = memorySessionStore(makeSession({ current_step: 4 }));
    const script = scripted(['set', 'users=lots', 'nokey', 'users=2K', 'quit']);
    await walk(script, store);
    const out = script.out();
    expect(out).toMatch(/Estimates[\s\S]*write_qps/);
    expect(out).toMatch(/Not accepted: .*users/);
    expect(out).toMatch(/Not accepted: write it as key=value/);
    expect(store.session.overrides).toEqual({ users: '2K' });
    expect(out).toMatch(/changed: users/);
  });

  test('a value typed as the default is no override, as on the practice screen', async () => {
    const store = memorySessionStore(makeSession({ current_step: 4, overrides: { users: '2K', item_size: '2 KB' } }));
    await walk(scripted(['set', 'users = 1000 ', 'quit']), store);
    expect(store.session.overrides).toEqual({ item_size: '2 KB' });
  });

  test('the architecture step starts empty; it adds a component and a connection, read out in words', async () => {
    const store = memorySessionStore(makeSession({ current_step: 7 }));
    const script = scripted(['add-component', 'Cache : cach', 'Cache : cache', 'add-component', 'API', 'add-connection', 'api -> cache : read', 'remove', 'none', 'quit']);
    await walk(script, store);
    const out = script.out();
    expect(out).toContain('Your architecture is empty so far');
    // The tiny problem's reference has a Client; it is never listed as the candidate's.
    expect(out).not.toContain('Client');
    expect(out).toMatch(/Not accepted: unknown kind 'cach'; did you mean 'cache'/);
    expect(store.session.architecture.added_components).toEqual([
      { id: 'cache', label: 'Cache', kind: 'cache' },
      { id: 'api', label: 'API', kind: 'service' },
    ]);
    expect(store.session.architecture.added_connections).toEqual([{ from: 'api', to: 'cache', label: 'read' }]);
    expect(out).toContain('API to Cache, read');
    expect(out).not.toMatch(/-->|\[API\]/);
  });

  test('hints shown in an earlier sitting are printed again with the step, and the next one is offered', async () => {
    const store = memorySessionStore(makeSession({ current_step: 1, hints_shown: { 'flow-and-actors': 1 } }));
    const script = scripted(['hint', 'quit']);
    await walk(script, store);
    const out = script.out();
    expect(out.indexOf('Hint 1: Questions to ask yourself')).toBeGreaterThan(out.indexOf('Step 2 of 14: Flow and actors'));
    expect(out).toContain('Hint 2: The reference design: Actors\nuser: uses it');
    expect(out).toContain('Hint 2: The reference design: Main flows');
    expect(store.session.hints_shown).toEqual({ 'flow-and-actors': 2 });
  });

  test('go to a step by number or by the start of its title', async () => {
    const store = memorySessionStore(makeSession());
    await walk(scripted(['go', '10', 'go', 'capacity', 'quit']), store);
    expect(store.session.current_step).toBe(4);
  });

  test('no decorative symbols: no bullets, brackets, arrows, dots or ticks in what it says', async () => {
    const store = memorySessionStore(makeSession({ current_step: 7, done: ['high-level-architecture'] }));
    const script = scripted(['hint', 'hint', 'architecture', 'go', '2', 'hint', 'quit']);
    await walk(script, store);
    expect(script.out()).not.toMatch(/[❯✔✓·•…→←↑↓]|-->|->|\[|\]|^\s*- /mu);
  });

  test('a save that fails is said at once, and when saving works again', async () => {
    let failing = true;
    const store = createSessionStore(makeSession(), {
      write: () => {
        if (failing) throw Object.assign(new Error('read-only'), { code: 'EROFS' });
      },
    });
    const printed: string[] = [];
    const lines = ['done', 'done', 'quit'];
    const prompter = linePrompter({
      source: {
        ...listLines([]),
        next: async () => {
          if (printed.some((p) => p.startsWith('Not saved'))) failing = false;
          return lines.length ? { line: lines.shift()! } : { end: 'input' };
        },
      },
      say: (text) => void printed.push(text),
      piped: false,
    });
    await showPlainWalk(prompter, store, problem, framework, inputs);
    const out = printed.join('\n');
    expect(out).toContain('Not saved: the disk is read-only (EROFS). hld keeps trying with every change; quitting keeps a copy of your work.');
    expect(out).toContain('Saved again.');
    expect(store.getSnapshot().save).toEqual({ kind: 'saved' });
  });
});

describe('plain walk from a script', () => {
  test('answers are echoed, so the transcript reads as a conversation', async () => {
    const store = memorySessionStore(makeSession());
    const script = scripted(['notes', 'reads dominate', '.', 'quit'], true);
    await walk(script, store);
    expect(script.out()).toMatch(/Choice:\nnotes\nType your notes for Clarify requirements[^\n]*\nreads dominate\n\.\nNotes saved: 1 line\./);
  });

  test('input that ends mid-prompt: one line naming the question, the answers so far (half a block of notes too) kept', async () => {
    const store = memorySessionStore(makeSession());
    const script = scripted(['done', 'notes', 'typed before the end'], true);
    const error = await walk(script, store).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HldError);
    expect((error as HldError).exitCode).toBe(1);
    expect((error as HldError).message).toBe(
      `hld practice --plain: the input ended at "Type your notes for Clarify requirements, as many lines as you like." before its answer; your answers so far are saved in session ${store.id}; continue it with: hld resume ${store.id} --plain`,
    );
    expect(store.session.done).toEqual(['clarify-requirements']);
    expect(store.session.notes['clarify-requirements']).toBe('typed before the end');
  });

  test('an answer that is refused stops the script there (it would answer the wrong questions after)', async () => {
    const store = memorySessionStore(makeSession());
    const error = await walk(scripted(['done', 'nxet', 'quit'], true), store).catch((e: unknown) => e);
    expect((error as HldError).exitCode).toBe(2);
    expect((error as HldError).message).toMatch(/^hld practice --plain: the answer 'nxet' to "Step 1 of 14, Clarify requirements, done\. What next\?" is not accepted: type a number from 1 to \d+ or a name \(.*\); did you mean 'next'\?; your answers so far are saved/);
    expect(store.session.done).toEqual(['clarify-requirements']);
  });
});

describe('choosing from a menu', () => {
  const choices = [
    { key: 'next', name: 'go to step 2', value: 'next' },
    { key: 'notes', name: 'write notes', value: 'notes' },
    { key: 'quit', name: 'save and quit', value: 'quit' },
  ] as const;
  test.each([
    ['2', 'notes'],
    [' NOTES ', 'notes'],
    ['save and quit', 'quit'],
    ['q', 'quit'],
    ['next.', 'next'],
  ])('%j picks %s', (typed, value) => {
    expect(pickChoice(choices, typed)).toMatchObject({ value });
  });
  test.each([
    ['n', /it could be next or notes/],
    ['4', /there is no choice 4; type a number from 1 to 3/],
    ['', /type a number from 1 to 3 or a name/],
    ['nots', /did you mean 'notes'/],
  ])('%j is refused: %s', (typed, reason) => {
    expect(pickChoice(choices, typed)).toMatch(reason);
  });
});
