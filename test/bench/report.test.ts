import { describe, expect, it } from 'vitest';
import { alternate } from '../../scripts/bench/alternate.js';
import { visibleText } from '../../scripts/bench/pty.js';
import { figureOf, markdownTable, missingFigure, targetSummary, textTable, verdict, type FigureDef } from '../../scripts/bench/report.js';
import { pairedRatios, summarise } from '../../scripts/bench/stats.js';

describe('bench statistics', () => {
  it('summarises the median, quartiles and range, ignoring samples that are not numbers', () => {
    expect(summarise([5, 1, 3])).toEqual({ n: 3, median: 3, q1: 2, q3: 4, min: 1, max: 5 });
    expect(summarise([4, 1, 3, 2, NaN])).toMatchObject({ n: 4, median: 2.5, q1: 1.75, q3: 3.25 });
    expect(summarise([])).toBeUndefined();
  });

  it('pairs each sample with the baseline taken next to it', () => {
    expect(pairedRatios([100, 300, 90], [50, 100, 0])).toEqual([2, 3]);
  });

  it('alternates A B then B A, and leaves the warm-up rounds out', async () => {
    const order: string[] = [];
    let a = 0;
    let b = 0;
    const samples = await alternate({
      runs: 3,
      warmup: 1,
      measure: () => (order.push('A'), ++a),
      baseline: () => (order.push('B'), 10 * ++b),
    });
    expect(order.join('')).toBe('BAABBAAB');
    expect(samples).toEqual({ measured: [2, 3, 4], baseline: [20, 30, 40] });
  });
});

describe('bench report', () => {
  const group = 'Commands';
  const ratioDef: FigureDef = { group, label: 'hld problems', unit: 'ms', target: { of: 'ratio', limit: 3 } };
  const memoryDef: FigureDef = { group: 'Memory', label: 'hld estimate', unit: 'MiB', target: { of: 'value', limit: 60, strict: true } };

  it('judges a ratio target on the median paired ratio, and a value target on the median value', () => {
    expect(verdict(figureOf(ratioDef, { measured: [90, 120, 150], baseline: [30, 40, 50] }))).toBe('met'); // exactly 3x
    expect(verdict(figureOf(ratioDef, { measured: [91, 121, 151], baseline: [30, 40, 50] }))).toBe('not met');
    expect(verdict(figureOf(memoryDef, { measured: [59.9], baseline: [38] }))).toBe('met');
    expect(verdict(figureOf(memoryDef, { measured: [60], baseline: [38] }))).toBe('not met'); // below 60, strictly
  });

  it('has no verdict without a target, and n/a with the reason when the figure could not be measured', () => {
    const untargeted = figureOf({ group, label: 'hld --version', unit: 'ms' }, { measured: [80], baseline: [40] });
    expect(verdict(untargeted)).toBeUndefined();
    const missing = missingFigure(ratioDef, 'util-linux `script` is not on PATH');
    expect(verdict(missing)).toBeUndefined();
    expect(textTable([untargeted, missing])).toMatch(/hld problems\s+n\/a: util-linux `script` is not on PATH/);
    expect(targetSummary([untargeted, missing, figureOf(memoryDef, { measured: [50], baseline: [38] })])).toBe('1 of 2 targets met (1 not measured)');
  });

  it('prints a Markdown table with the figure, bare node, ratio, target and verdict, grouped', () => {
    const table = markdownTable([
      figureOf(ratioDef, { measured: [100, 110, 120], baseline: [20, 22, 24] }),
      figureOf({ ...memoryDef, label: 'estimate | json' }, { measured: [79, 80, 81], baseline: [38, 38, 38] }),
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toBe('| figure | hld: median (IQR) | bare node | ratio: median (IQR) | target | verdict |');
    expect(lines).toContain('| **Commands** |  |  |  |  |  |');
    expect(lines).toContain('| hld problems | 110 ms (105-115) | 22.0 ms | 5.00x (5.00-5.00) | <= 3x | not met |');
    expect(lines).toContain('| estimate \\| json | 80.0 MiB (79.5-80.5) | 38.0 MiB | 2.11x (2.09-2.12) | < 60 MiB | not met |');
  });
});

describe('the pty harness', () => {
  it('reads what a terminal shows: colours, cursor moves and synchronised-output marks removed', () => {
    expect(visibleText('\u001b[?2026h\u001b[2K\u001b[1A\u001b[7m\u001b[1mNotes (typing\u001b[22m\u001b[27m\r\n@1@ab\u001b[7m \u001b[27m\u001b[?2026l')).toBe('Notes (typing\r\n@1@ab ');
  });
});
