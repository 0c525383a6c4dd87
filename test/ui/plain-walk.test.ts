import { describe, expect, test } from 'vitest';
import { runEstimate } from '../../src/core/estimate/engine.js';
import { loadPrices } from '../../src/core/prices/load.js';
import { loadFramework } from '../../src/core/template/load.js';
import { showPlainWalk } from '../../src/ui/plain/plain-walk.js';
import type { Choice, Prompter } from '../../src/ui/plain/prompter.js';
import { createSessionStore, memorySessionStore } from '../../src/core/session/session-store.js';
import { makeProblem } from '../fixtures/problem.js';
import { makeSession } from './practice-fixture.js';

/** Scripted answers: a select answer is the value to pick; an input answer is text (validated like the real prompt). */
function scripted(answers: string[]) {
  const printed: string[] = [];
  const asked: string[] = [];
  const errors: string[] = [];
  const prompter: Prompter = {
    async select<T extends string>(message: string, choices: readonly Choice<T>[]) {
      asked.push(message);
      const answer = answers.shift();
      const choice = choices.find((c) => c.value === answer);
      if (!choice) throw new Error(`"${message}": no choice '${answer}' among ${choices.map((c) => c.value).join(', ')}`);
      return choice.value;
    },
    async input(message, options = {}) {
      asked.push(message);
      for (;;) {
        const answer = answers.shift();
        if (answer === undefined) throw new Error(`ran out of answers at "${message}"`);
        const valid = options.validate ? options.validate(answer) : true;
        if (valid === true) return answer;
        errors.push(valid);
      }
    },
    print: (text) => void printed.push(text),
  };
  return { prompter, printed, asked, errors };
}

describe('plain walk', () => {
  const problem = makeProblem();
  const framework = loadFramework('hld14');
  const inputs = { run: runEstimate, problem, prices: loadPrices() };

  test('prints the step, takes notes line by line, shows a hint, marks done and moves on', async () => {
    const handle = memorySessionStore(makeSession());
    const script = scripted(['notes', 'users store items', 'reads dominate', '', 'hint', 'done', 'next', 'notes', 'one actor', '', 'quit']);
    await showPlainWalk(script.prompter, handle, problem, framework, inputs);
    const out = script.printed.join('\n');
    expect(out).toContain('Step 1 of 14: Clarify requirements');
    expect(out).toContain('Questions to answer:');
    expect(out).toContain('Hint 1: Questions to ask yourself\n- Who uses the system');
    expect(out).toContain('Step 2 of 14: Flow and actors');
    expect(handle.session.notes).toEqual({ 'clarify-requirements': 'users store items\nreads dominate', 'flow-and-actors': 'one actor' });
    expect(handle.session.done).toEqual(['clarify-requirements']);
    expect(handle.session.current_step).toBe(1);
    expect(handle.session.hints_shown).toEqual({ 'clarify-requirements': 1 });
  });

  test('the estimation step prints the table and takes key=value with inline errors', async () => {
    const handle = memorySessionStore(makeSession({ current_step: 4 }));
    const script = scripted(['set', 'users=lots', 'nokey', 'users=2K', 'quit']);
    await showPlainWalk(script.prompter, handle, problem, framework, inputs);
    expect(script.printed.join('\n')).toMatch(/Estimates[\s\S]*write_qps/);
    expect(script.errors).toHaveLength(2);
    expect(script.errors[0]).toMatch(/users/);
    expect(script.errors[1]).toMatch(/key=value/);
    expect(handle.session.overrides).toEqual({ users: '2K' });
    expect(script.printed.at(-1)).toMatch(/changed: users/);
  });

  test('a value typed as the default is no override, as on the practice screen', async () => {
    const handle = memorySessionStore(makeSession({ current_step: 4, overrides: { users: '2K', item_size: '2 KB' } }));
    await showPlainWalk(scripted(['set', 'users = 1000 ', 'quit']).prompter, handle, problem, framework, inputs);
    expect(handle.session.overrides).toEqual({ item_size: '2 KB' });
  });

  test('the architecture step starts empty; it adds a component and a connection', async () => {
    const handle = memorySessionStore(makeSession({ current_step: 7 }));
    const script = scripted(['arch-component', 'Cache : cach', 'Cache : cache', 'arch-component', 'API', 'arch-connection', 'api -> cache : read', 'quit']);
    await showPlainWalk(script.prompter, handle, problem, framework, inputs);
    expect(script.printed.join('\n')).toContain('Your architecture is empty so far');
    // The tiny problem's reference has a [Client]; it is never listed as the candidate's.
    expect(script.printed.join('\n')).not.toContain('[Client]');
    expect(script.errors[0]).toMatch(/unknown kind 'cach'; did you mean 'cache'/);
    expect(handle.session.architecture.added_components).toEqual([
      { id: 'cache', label: 'Cache', kind: 'cache' },
      { id: 'api', label: 'API', kind: 'service' },
    ]);
    expect(handle.session.architecture.added_connections).toEqual([{ from: 'api', to: 'cache', label: 'read' }]);
    expect(script.printed.at(-1)).toContain('[API] --read--> [Cache]');
  });

  test('hints shown in an earlier sitting are printed again with the step, and the next one is offered', async () => {
    const handle = memorySessionStore(makeSession({ current_step: 1, hints_shown: { 'flow-and-actors': 1 } }));
    const script = scripted(['hint', 'quit']);
    await showPlainWalk(script.prompter, handle, problem, framework, inputs);
    const out = script.printed.join('\n');
    expect(out.indexOf('Hint 1: Questions to ask yourself')).toBeGreaterThan(out.indexOf('Step 2 of 14: Flow and actors'));
    expect(out).toContain('Hint 2: The reference design: Actors\n- user: uses it');
    expect(out).toContain('Hint 2: The reference design: Main flows');
    expect(handle.session.hints_shown).toEqual({ 'flow-and-actors': 2 });
  });

  test('jump to a step by number', async () => {
    const handle = memorySessionStore(makeSession());
    await showPlainWalk(scripted(['jump', '9', 'quit']).prompter, handle, problem, framework, inputs);
    expect(handle.session.current_step).toBe(9);
  });

  test('a save that fails is said at once, and when saving works again', async () => {
    let failing = true;
    const store = createSessionStore(makeSession(), {
      write: () => {
        if (failing) throw Object.assign(new Error('read-only'), { code: 'EROFS' });
      },
    });
    const script = scripted(['done', 'done', 'quit']);
    const printed = script.printed;
    const prompter = { ...script.prompter, select: async <T extends string>(message: string, choices: readonly { name: string; value: T }[]) => {
      const picked = await script.prompter.select(message, choices);
      if (printed.some((p) => p.startsWith('Not saved'))) failing = false;
      return picked;
    } };
    await showPlainWalk(prompter, store, problem, framework, inputs);
    const out = printed.join('\n');
    expect(out).toContain('Not saved: the disk is read-only (EROFS). hld keeps trying with every change; quitting keeps a copy of your work.');
    expect(out).toContain('Saved again.');
    expect(store.getSnapshot().save).toEqual({ kind: 'saved' });
  });
});
