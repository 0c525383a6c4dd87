import '../../src/core/units/math.js';
import { describe, expect, test } from 'vitest';
import { DEFAULT_CONVENTIONS, type Conventions } from '../../src/core/conventions.js';
import { createDrill } from '../../src/core/drill/drill.js';
import { MAX_DRILL_COUNT } from '../../src/core/drill/questions.js';
import { givenValue } from '../../src/core/drill/render.js';
import { runEstimate } from '../../src/core/estimate/engine.js';
import type { ReportEntry } from '../../src/core/estimate/types.js';
import { loadProblemFile } from '../../src/core/problem/load.js';
import { resolveUnit } from '../../src/core/units/units.js';
import { evaluateUnitText, parseValue, toDeclaredUnit, withDeclaredUnit } from '../../src/core/units/value.js';

/**
 * What the tool prints can be typed back and means the same: every displayed
 * value of every problem, under each convention, read through the value
 * syntax, gives the value it was printed from (to the three significant
 * figures it was printed with). A billion printed as `B` would read back as
 * bytes and fail here.
 */

const PROBLEMS = ['url-shortener', 'twitter', 'whatsapp', 'uber', 'netflix', 'instagram'];

const CONVENTIONS: Record<string, Conventions> = {
  default: DEFAULT_CONVENTIONS,
  'binary, bits': { ...DEFAULT_CONVENTIONS, storage: 'binary', bandwidth: 'bits' },
  'quick math': { ...DEFAULT_CONVENTIONS, secondsPerDay: 100_000, month: '2.5Ms', year: '12mo' },
  'Educative month': { ...DEFAULT_CONVENTIONS, month: '30.42d' },
};

/** Three significant figures round by at most half a unit in the third place. */
const PRINTED_PRECISION = 0.005;

/** The display read back in the entry's unit; prices are quoted per decimal GB whatever the storage convention. */
function readBack(entry: ReportEntry, conventions: Conventions): number {
  const c = entry.key.startsWith('price_') ? { ...conventions, storage: 'decimal' as const } : conventions;
  const declared = evaluateUnitText(entry.unit, c);
  const { quantity } = parseValue(entry.display, (name) => resolveUnit(name, c));
  const value = toDeclaredUnit(withDeclaredUnit(quantity, declared), declared);
  if (value === undefined) throw new Error(`'${entry.display}' does not convert to ${entry.unit}`);
  return value;
}

function expectSame(shown: number, value: number, what: string): void {
  if (value === 0) expect(shown, what).toBe(0);
  else expect(Math.abs(shown / value - 1), what).toBeLessThanOrEqual(PRINTED_PRECISION);
}

describe.each(Object.entries(CONVENTIONS))('every displayed value reads back as itself (%s)', (_, conventions) => {
  test.each(PROBLEMS)('%s', (id) => {
    const report = runEstimate(loadProblemFile(`problems/${id}.yaml`), { conventions });
    const entries: ReportEntry[] = [...report.assumptions, ...report.prices, ...report.estimates, ...report.costs, report.total];
    for (const entry of entries) expectSame(readBack(entry, conventions), entry.value, `${id} ${entry.key} = '${entry.display}'`);
  });
});

describe('drill givens and answers read back as themselves', () => {
  test.each(PROBLEMS)('%s', (id) => {
    const drill = createDrill(loadProblemFile(`problems/${id}.yaml`), { seed: 9, count: MAX_DRILL_COUNT });
    for (const question of drill.questions) {
      for (const given of question.givens) {
        expectSame(readBack({ ...given, display: givenValue(given) }, drill.conventions), given.value, `${id} ${given.key} = '${givenValue(given)}'`);
      }
      expectSame(readBack({ ...question, display: question.display } as unknown as ReportEntry, drill.conventions), question.value, `${id} answer ${question.key}`);
    }
  });
});
