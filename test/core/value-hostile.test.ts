import '../../src/core/units/math.js';
import { describe, expect, test } from 'vitest';
import { parseSetFlags } from '../../src/cli/commands/estimate.js';
import { DEFAULT_CONVENTIONS } from '../../src/core/conventions.js';
import { answerQuestion, createDrill } from '../../src/core/drill/drill.js';
import { runEstimate } from '../../src/core/estimate/engine.js';
import { EstimateError, HldError, UsageError, ValueError } from '../../src/core/errors.js';
import { loadProblemFile } from '../../src/core/problem/load.js';
import { ExpressionError } from '../../src/core/units/expression.js';
import { formatQuantity } from '../../src/core/units/format.js';
import { resolveUnit } from '../../src/core/units/units.js';
import { evaluateUnitText, parseValue } from '../../src/core/units/value.js';
import { makeProblem } from '../fixtures/problem.js';

/**
 * The value-syntax repros of issue 11, each as a regression test: every one
 * ends in a typed error naming what is accepted (or in a value), never in an
 * untyped throw, a hang or a non-finite number.
 */

const whatsapp = loadProblemFile('problems/whatsapp.yaml');
const units = (name: string) => resolveUnit(name, DEFAULT_CONVENTIONS);

/** The error a call throws, so a test can look at its class and message. */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

describe('names from Object.prototype are names like any other', () => {
  test.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'])('--set mau=%s is an unknown name', (name) => {
    const error = thrown(() => runEstimate(whatsapp, { overrides: { mau: name } }));
    expect(error).toBeInstanceOf(ValueError);
    expect(error.message).toContain(`refers to an unknown name '${name}'`);
  });

  test('--set constructor=1 is an unknown assumption, not "given twice"', () => {
    const overrides = parseSetFlags(['constructor=1']);
    expect(Object.keys(overrides)).toEqual(['constructor']);
    const error = thrown(() => runEstimate(whatsapp, { overrides }));
    expect(error).toBeInstanceOf(ValueError);
    expect(error.message).toMatch(/^unknown assumption 'constructor' for whatsapp/);
  });

  test('--set __proto__=1 is kept as a key, not swallowed as a prototype', () => {
    const overrides = parseSetFlags(['__proto__=1']);
    expect(Object.keys(overrides)).toEqual(['__proto__']);
    expect(() => runEstimate(whatsapp, { overrides })).toThrowError(/unknown assumption '__proto__'/);
  });

  test('the same key twice is still a usage error, with both values quoted', () => {
    expect(() => parseSetFlags(['mau=1', 'mau=2'])).toThrowError(UsageError);
    expect(() => parseSetFlags(['mau=1', 'mau=2'])).toThrowError("--set 'mau' is given twice ('1' and '2')");
  });

  test('constructor as a unit in a problem file is a typed error naming the field and what units look like', () => {
    const problem = makeProblem({
      assumptions: [
        ...makeProblem().assumptions,
        { key: 'odd', label: 'Odd', value: '1', unit: 'constructor', help: 'h', source: 'test' },
      ],
    });
    const error = thrown(() => runEstimate(problem));
    expect(error).toBeInstanceOf(EstimateError);
    expect(error.message).toMatch(/^tiny: assumption 'odd' has the unit 'constructor': 'constructor' is not a unit \(units are written like 1, 1\/s/);
  });

  test('constructor as a formula name is evaluated like any other key', () => {
    const base = makeProblem();
    const problem = makeProblem({
      estimates: [...base.estimates, { key: 'constructor', label: 'A name from Object', formula: 'write_qps * 2', unit: '1/s' }],
    });
    const report = runEstimate(problem);
    expect(report.get('constructor')!.value).toBeCloseTo(report.get('write_qps')!.value * 2, 12);
    expect(formatQuantity(1, 'constructor', DEFAULT_CONVENTIONS)).toBe('1 constructor');
  });
});

describe('a typo in a declared unit is a typed error, never "this is a bug"', () => {
  test('req/s in an estimate names the estimate, the unit and what is accepted', () => {
    const base = makeProblem();
    const problem = makeProblem({
      estimates: base.estimates.map((e) => (e.key === 'read_qps' ? { ...e, unit: 'req/s' } : e)),
    });
    const error = thrown(() => runEstimate(problem));
    expect(error).toBeInstanceOf(EstimateError);
    expect(error.message).toContain("tiny: estimate 'read_qps' has the unit 'req/s': 'req' is not a unit (units are written like 1, 1/s, 1/day");
  });

  test('req/s in an assumption blames the file even when the user typed the value', () => {
    const base = makeProblem();
    const problem = makeProblem({ assumptions: base.assumptions.map((a) => (a.key === 'users' ? { ...a, unit: 'req/s' } : a)) });
    for (const overrides of [{}, { users: '5' }] as Record<string, string>[]) {
      const error = thrown(() => runEstimate(problem, { overrides }));
      expect(error).toBeInstanceOf(EstimateError);
      expect(error.message).toContain("tiny: assumption 'users' has the unit 'req/s'");
    }
  });

  test('evaluateUnitText alone throws an ExpressionError with the nearest unit', () => {
    const error = thrown(() => evaluateUnitText('Mbpz', DEFAULT_CONVENTIONS));
    expect(error).toBeInstanceOf(ExpressionError);
    expect(error).toBeInstanceOf(HldError);
    expect(error.message).toContain("did you mean 'Mbps'?");
  });
});

describe('complex and non-finite results are refused', () => {
  test.each(['(-1)^0.5', '(-8)^(1/3)', '(-2 KB)^0.5'])('%s has no real value', (input) => {
    const error = thrown(() => parseValue(input, units));
    expect(error).toBeInstanceOf(ExpressionError);
    expect(error.message).toMatch(/negative number to a fractional power|no real value/);
  });

  test('a negative number to a whole power is fine', () => {
    expect(parseValue('(-2)^2', units).quantity).toBe(4);
  });

  test.each([
    ['sqrt(-1)', /sqrt\(\) of a number it is not defined for/],
    ['log10(0)', /too large to work with/],
    ['10^400', /too large to work with/],
    ['1e308 * 10', /too large to work with/],
    ['1e400', /too large to work with/],
  ])('%s is refused', (input, message) => {
    const error = thrown(() => parseValue(input, units));
    expect(error).toBeInstanceOf(ExpressionError);
    expect(error.message).toMatch(message);
  });

  test('a complex answer in a drill asks again instead of ending the drill', () => {
    const drill = createDrill(whatsapp, { seed: 1, count: 1 });
    const outcome = answerQuestion(drill, drill.questions[0]!, '(-8)^(1/3)');
    expect(outcome.kind).toBe('retry');
  });
});

describe('values have a lower bound as well as an upper one', () => {
  test('connections_per_server=1e-300 is refused, not printed as $∞', () => {
    const error = thrown(() => runEstimate(whatsapp, { overrides: { connections_per_server: '1e-300' } }));
    expect(error).toBeInstanceOf(ValueError);
    expect(error.message).toContain('is absurdly small');
  });

  test('0 is still accepted where zero is allowed, and tiny real prices pass', () => {
    expect(() => runEstimate(whatsapp, { overrides: { media_fraction: '0' } })).not.toThrow();
    expect(() => runEstimate(whatsapp, { overrides: { price_archive_storage: '0.00099 USD/(GB month)' } })).not.toThrow();
  });

  test('1e18 is the upper bound', () => {
    expect(() => runEstimate(whatsapp, { overrides: { mau: '1e19' } })).toThrowError(/absurdly large/);
  });
});

describe('length caps apply before any rewrite', () => {
  test('40,000 digits are refused by their length, in well under the time a rewrite would take', () => {
    const error = thrown(() => parseValue('9'.repeat(40_000), units));
    expect(error).toBeInstanceOf(ExpressionError);
    expect(error.message).toBe('is 40,000 characters long; at most 300 are accepted');
  });

  test('130,000 characters via --set are one short line', () => {
    const error = thrown(() => runEstimate(whatsapp, { overrides: { mau: '1,'.repeat(65_000) } }));
    expect(error).toBeInstanceOf(ValueError);
    expect(error.message.length).toBeLessThan(200);
    expect(error.message).toContain('(130,000 characters)');
  });

  test('300 characters of suffixed numbers still read', () => {
    const input = Array.from({ length: 50 }, () => '1K').join(' + ');
    expect(input.length).toBeLessThanOrEqual(300);
    expect(parseValue(input, units).quantity).toBe(50_000);
  });
});

describe('function arguments', () => {
  test.each([
    ['round(1.5, 2)', 'calls round() with 2 arguments; it takes exactly one'],
    ['ceil(1, 2, 3)', 'calls ceil() with 3 arguments; it takes exactly one'],
    ['max()', 'calls max() with nothing; it takes one or more numbers'],
    ['sqrt()', 'calls sqrt() with nothing; it takes one number'],
  ])('%s is refused: %s', (input, message) => {
    expect(() => parseValue(input, units)).toThrowError(message);
  });

  test('max takes a list', () => {
    expect(parseValue('max(1, 5, 3)', units).quantity).toBe(5);
  });
});

describe('rejection messages quote the value: one line, no control characters, truncated', () => {
  test.each(['a\nb', 'x\u001b[31m', '1 +\r', 'mau\u2028'])('%j', (input) => {
    const error = thrown(() => runEstimate(whatsapp, { overrides: { mau: input } }));
    expect(error).toBeInstanceOf(ValueError);
    expect(error.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  });

  test('an unknown name as long as the cap allows is shown cut', () => {
    const name = `x${'y'.repeat(250)}`;
    const error = thrown(() => runEstimate(whatsapp, { overrides: { mau: name } }));
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toContain('… (251 characters)');
  });
});
