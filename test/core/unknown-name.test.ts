import { describe, expect, test } from 'vitest';
import { runEstimate } from '../../src/core/estimate/engine.js';
import { ValueError } from '../../src/core/errors.js';
import { makeProblem } from '../fixtures/problem.js';

const tiny = makeProblem();

/** Values typed as books write them, with the word for what they count: the refusal says what to type instead. */
describe('an unknown name in a typed value', () => {
  test.each([
    ['users', '500M people', "refers to an unknown name 'people'; a value is the number alone, without what it counts: '500M'"],
    ['users', '500 million people', "without what it counts: '500 million'"],
    ['writes_per_user', '2 writes/day', "refers to an unknown name 'writes'; a value is the number alone, without what it counts: '2/day'"],
    ['users', '500 millions', "refers to an unknown name 'millions'; did you mean 'million'?"],
    ['item_size', '200 KBs', "did you mean 'KB'?"],
    ['users', 'user * 2', "refers to an unknown name 'user'; did you mean 'users'?"],
    ['peak_factor', '2x', "refers to an unknown name 'x'; 'x' multiplies two numbers (30 x 86400), and a factor is the number alone: '2'"],
    ['replication_factor', '3 x', "a factor is the number alone: '3'"],
  ])('%s = %j is refused with what to type', (key, text, message) => {
    expect(() => runEstimate(tiny, { overrides: { [key]: text } })).toThrowError(ValueError);
    expect(() => runEstimate(tiny, { overrides: { [key]: text } })).toThrowError(message);
  });

  test('a word after a number is never taken for an assumption key it starts', () => {
    // `writes` starts `writes_per_user`, which a prefix match would offer; after a number it is what the value counts.
    expect(() => runEstimate(tiny, { overrides: { writes_per_user: '2 writes' } })).toThrowError(/without what it counts: '2'$/);
  });

  test('a name with nothing near it and no number before it gets no guess', () => {
    expect(() => runEstimate(tiny, { overrides: { users: 'users_total * 2' } })).toThrowError(/refers to an unknown name 'users_total'$/);
  });
});
