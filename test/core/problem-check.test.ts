import { describe, expect, test } from 'vitest';
import { DataFileError } from '../../src/core/errors.js';
import { checkListings, checkProblemFile } from '../../src/core/problem/check.js';
import type { ProblemListing } from '../../src/core/problem/load.js';
import { makeProblem } from '../fixtures/problem.js';

const FILE = '/home/me/.local/share/hld-dojo/problems/tiny.yaml';

function failure(patch: Parameters<typeof makeProblem>[0]): string {
  try {
    checkProblemFile(makeProblem(patch), FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return (error as Error).message;
  }
  throw new Error('the check passed');
}

const base = makeProblem();
const withAssumption = (key: string, change: object) => ({ assumptions: base.assumptions.map((a) => (a.key === key ? { ...a, ...change } : a)) });
const withEstimate = (key: string, change: object) => ({ estimates: base.estimates.map((e) => (e.key === key ? { ...e, ...change } : e)) });

describe('checking a problem file beyond its schema: the file and the field are named', () => {
  test('a valid problem passes', () => {
    expect(() => checkProblemFile(makeProblem(), FILE)).not.toThrow();
  });

  test("a typo in an assumption's unit (issue 11: req/s)", () => {
    expect(failure(withAssumption('writes_per_user', { unit: 'req/s' }))).toMatch(
      new RegExp(`^${FILE}: assumptions\\.1\\.unit: 'req/s' is not a unit text: 'req' is not a unit \\(units are written like 1, 1/s`),
    );
  });

  test("a typo in an estimate's unit, with the nearest unit name", () => {
    expect(failure(withEstimate('storage_total', { unit: 'TBB' }))).toMatch(new RegExp(`^${FILE}: estimates\\.\\d+\\.unit: 'TBB' is not a unit text: .*did you mean 'TB'\\?`));
  });

  test('a unit text that is not an expression at all is one escaped line', () => {
    const message = failure(withAssumption('users', { unit: 'per\nday (' }));
    expect(message).toMatch(/^\S+: assumptions\.0\.unit: 'per\\nday \(' is not a unit/);
    expect(message).not.toContain('\n');
  });

  test('a formula that does not parse', () => {
    expect(failure(withEstimate('dau', { formula: 'users +' }))).toMatch(new RegExp(`^${FILE}: estimates\\.0\\.formula: formula 'users \\+' `));
  });

  test('a default of the wrong dimension names the assumption field', () => {
    expect(failure(withAssumption('item_size', { value: '3 s' }))).toMatch(new RegExp(`^${FILE}: assumptions\\.3\\.value: the default of assumption 'item_size' \\('3 s'\\) is`));
  });

  test('a formula of the wrong unit names the estimate field', () => {
    expect(failure(withEstimate('storage_total', { formula: 'storage_per_day * retention * retention' }))).toMatch(
      new RegExp(`^${FILE}: estimates\\.7\\.formula: estimate 'storage_total' .* but is declared in B$`),
    );
  });

  test('a value, unit or formula over the length cap is refused before the estimator reads it', () => {
    expect(failure(withAssumption('users', { value: '9'.repeat(5_000) }))).toBe(
      `${FILE}: assumptions.0.value: '${'9'.repeat(60)}… (5,000 characters)' is longer than the 300 characters a value, unit or formula may have`,
    );
  });

  test('a name the expression engine trips over (__proto__, found by the problem-file fuzz) is still a line naming the file', () => {
    const message = failure(withAssumption('users', { unit: '__proto__' }));
    expect(message.startsWith(`${FILE}: assumptions.0.unit: '__proto__' `)).toBe(true);
    expect(failure(withEstimate('dau', { formula: 'users * toString' })).startsWith(`${FILE}: `)).toBe(true);
  });

  test('a file error is one line whatever the file holds (found by the problem-file fuzz)', () => {
    const error = new DataFileError('/tmp/x\ny.yaml', 'assumptions.0.value: \u001b[2J\r\nmore');
    expect(error.message).toBe('/tmp/x\\ny.yaml: assumptions.0.value: \\e[2J\\r\\nmore');
    expect(error.file).toBe('/tmp/x\ny.yaml');
  });

  test("the user's broken problems are listed as broken; builtin ones are left to the test suite", () => {
    const broken = makeProblem(withAssumption('writes_per_user', { unit: 'req/s' }));
    const listings: ProblemListing[] = [
      { entry: { id: 'tiny', file: FILE, origin: 'user' }, problem: broken },
      { entry: { id: 'fine', file: '/x/fine.yaml', origin: 'user' }, problem: makeProblem() },
      { entry: { id: 'shipped', file: '/pkg/problems/shipped.yaml', origin: 'builtin' }, problem: makeProblem(withAssumption('users', { unit: 'req' })) },
    ];
    const checked = checkListings(listings);
    expect(checked[0]).toEqual({ entry: listings[0]!.entry, error: expect.stringMatching(/assumptions\.1\.unit: 'req\/s'/) });
    expect(checked[1]).toBe(listings[1]);
    expect(checked[2]).toBe(listings[2]);
  });
});
