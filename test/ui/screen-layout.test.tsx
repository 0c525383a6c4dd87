// chalk is Ink's colouring; its level is fixed at import, so the test sets it directly.
import chalk from 'chalk';
import { describe, expect, test } from 'vitest';
import { loadAllProblems, loadProblem } from '../../src/core/problem/load.js';
import { listFrameworks } from '../../src/core/template/load.js';
import { act } from 'react';
import { renderPracticeFrame as renderFrame } from '../../src/ui/render-frame.js';
import { columns } from '../../src/ui/editor/graphemes.js';

/** A frame drawn inside act(), as test/setup.ts requires of every React render. */
function renderPracticeFrame(options: Parameters<typeof renderFrame>[0]): string {
  let frame = '';
  act(() => {
    frame = renderFrame(options);
  });
  return frame;
}

const DOWN = '\x1b[B';
const problem = loadProblem('url-shortener');

/** Keys that open each step's panel, for every step of a framework. */
const walks = (steps: number) => Array.from({ length: steps }, (_, i) => ['\x1b', ...Array.from({ length: i }, () => 'n'), '\t']);

describe('the practice frame fits the terminal', () => {
  for (const framework of listFrameworks()) {
    for (const [columns, rows] of [
      [80, 24],
      [100, 30],
      [160, 50],
    ] as const) {
      test(`${framework.id} at ${columns}x${rows}: every step, the help and the reference cards`, () => {
        const states = [...walks(framework.steps.length), ['\x1b', '?'], ['\x1b', 'r'], ['\x1b', 'r', '\x1b[D'], ['\x1b', 'h', 'h', 'h', DOWN]];
        for (const keys of states) {
          const frame = renderPracticeFrame({ problem, framework, columns, rows, keys, env: { NO_COLOR: '1' } });
          const lines = frame.split('\n');
          expect(lines.length, `keys ${JSON.stringify(keys)}`).toBeLessThanOrEqual(rows - 1);
          for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(columns);
        }
      });
    }
  }

  test('every problem, both frameworks, at 80x24: each step renders and its estimator works', () => {
    for (const listing of loadAllProblems()) {
      const each = listing.problem;
      if (!each) throw new Error(`${listing.entry.id}: ${listing.error}`);
      for (const framework of listFrameworks()) {
        for (const keys of walks(framework.steps.length)) {
          const frame = renderPracticeFrame({ problem: each, framework, columns: 80, rows: 24, keys });
          expect(frame.split('\n').length).toBeLessThanOrEqual(23);
          expect(frame, `${each.id} ${framework.id}`).not.toContain('unavailable');
        }
      }
    }
  });

  test('scrolling an overlay stops with its last line just above the footer', () => {
    const framework = listFrameworks()[0]!;
    const frame = renderPracticeFrame({ problem, framework, columns: 80, rows: 24, keys: ['\x1b', '?', ...Array.from({ length: 400 }, () => DOWN)] });
    const lines = frame.split('\n');
    expect(lines.slice(-3, -1).join(' ')).toMatch(/saved as you\s+go\./);
    // At the end: nothing more below, and the title says there is more above.
    expect(lines[1]).not.toMatch(/↓ more/);
    expect(lines[1]).toMatch(/↑ more/);
    const top = renderPracticeFrame({ problem, framework, columns: 80, rows: 24, keys: ['\x1b', '?'] }).split('\n');
    expect(top[1]).toMatch(/Keys · ↓ more/);
    expect(top[1]).not.toMatch(/↑ more/);
  });

  test('a step list cut to a short terminal says how many steps are above and below, and keeps the chosen one', () => {
    const framework = listFrameworks()[0]!;
    const top = renderPracticeFrame({ problem, framework, columns: 80, rows: 12, keys: ['\x1b'], env: { NO_COLOR: '1' } }).split('\n');
    expect(top.length).toBeLessThanOrEqual(11);
    expect(top.join('\n')).toMatch(/^ {3}↓ \d+ more/m);
    expect(top.join('\n')).not.toMatch(/↑ \d+ more/);
    const middle = renderPracticeFrame({ problem, framework, columns: 80, rows: 12, keys: ['\x1b', ...Array.from({ length: 7 }, () => DOWN)], env: { NO_COLOR: '1' } });
    expect(middle).toMatch(/^ {3}↑ \d+ more/m);
    expect(middle).toMatch(/^ {3}↓ \d+ more/m);
    expect(middle).toMatch(/^ {3}8 High-level/m);
    // Counted: the rows shown plus the two counts make every step.
    const shownSteps = middle.split('\n').filter((l) => /^[ >][ ✓][ \d]\d /.test(l)).length;
    const counts = [...middle.matchAll(/([↑↓]) (\d+) more/g)].reduce((sum, m) => sum + Number(m[2]), 0);
    expect(shownSteps + counts).toBe(framework.steps.length);
    // At 80x24 every step of the 14 fits: no count.
    expect(renderPracticeFrame({ problem, framework, columns: 80, rows: 24, keys: ['\x1b'] })).not.toMatch(/[↑↓] \d+ more/);
  });

  test('a guide scrolled down says in its title how many rows are above', () => {
    const framework = listFrameworks()[0]!;
    const scrolled = renderPracticeFrame({ problem, framework, columns: 80, rows: 24, keys: ['\x1b', '\t', DOWN, DOWN, DOWN] }).split('\n');
    expect(scrolled.find((l) => l.includes('Guide'))).toMatch(/Guide · ↑ 3 more/);
    const top = renderPracticeFrame({ problem, framework, columns: 80, rows: 24, keys: ['\x1b', '\t'] });
    expect(top).not.toMatch(/↑ \d+ more/);
  });

  test('notes taller than their pane say how much is above and below', () => {
    const framework = listFrameworks()[0]!;
    const notes = Array.from({ length: 12 }, (_, i) => `line ${i}`).join('\n');
    const frame = renderPracticeFrame({ problem, framework, columns: 80, rows: 24, keys: [notes, '\x1b[A', '\x1b[A', '\x1b[A', '\x1b[A', '\x1b[A', '\x1b[A', '\x1b[A'] });
    expect(frame).toMatch(/Notes \(typing; Esc to stop\) · ↑ 4 more ↓ 1 more/);
  });

  test('Chinese and emoji notes wrap inside the notes pane, counted in columns', () => {
    const framework = listFrameworks()[0]!;
    const chinese = '我们需要一个高可用的短链接服务，每天处理一亿次重定向请求，并且延迟要低于五十毫秒，还要支持自定义别名和过期时间。';
    const emoji = '\u{1F44D}\u{1F3FD} \u{1F468}\u200D\u{1F469}\u200D\u{1F467} \u{1F1FA}\u{1F1F8} '.repeat(8);
    const frame = renderPracticeFrame({ problem, framework, columns: 80, rows: 24, keys: [`${chinese}\r${emoji}`], env: { NO_COLOR: '1' } });
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThanOrEqual(23);
    for (const line of lines) expect(columns(line), line).toBeLessThanOrEqual(80);
    // Every character typed is on screen (the first rows of the text): none cut off at the pane's edge.
    const notes = lines.slice(lines.findIndex((l) => l.includes('Notes (typing')) + 1, -1).map((l) => l.slice(l.indexOf('│') + 1).trim());
    const shown = notes.join('').replace(/\s+/g, '');
    expect(shown).toContain(chinese);
  });

  test("a chosen value's detail that does not fit under the estimator ends with a sign of more, there and on the whole screen", () => {
    const uber = loadProblem('uber');
    const framework = listFrameworks()[0]!;
    const toCache = ['\x1b', 'n', 'n', 'n', 'n', '\t', ...Array.from({ length: 60 }, () => DOWN)];
    const chosen = (keys: string[]) => {
      // Down until the cache memory line is chosen (the estimates column follows the assumptions).
      for (let n = 6; n <= keys.length; n++) {
        const frame = renderPracticeFrame({ problem: uber, framework, columns: 80, rows: 24, keys: keys.slice(0, n), env: { NO_COLOR: '1' } });
        if (frame.includes('> Cache memory')) return keys.slice(0, n);
      }
      throw new Error('never chose Cache memory');
    };
    const keys = chosen(toCache);
    const panel = renderPracticeFrame({ problem: uber, framework, columns: 80, rows: 24, keys, env: { NO_COLOR: '1' } });
    expect(panel.split('\n').length).toBeLessThanOrEqual(23);
    expect(panel).toMatch(/… more: z\s*$/m);
    const whole = renderPracticeFrame({ problem: uber, framework, columns: 80, rows: 24, keys: [...keys, 'z'], env: { NO_COLOR: '1' } });
    expect(whole).toContain('whole screen');
    expect(whole).toMatch(/Cache memory = 175 MB \[memory for every driver's last position\]/);
    expect(whole).toMatch(/… more: hld estimate\s*$/m);
    // A value whose detail fits shows no such sign.
    const small = renderPracticeFrame({ problem: uber, framework, columns: 160, rows: 50, keys, env: { NO_COLOR: '1' } });
    expect(small).not.toContain('… more:');
  });

  test('the header keeps the step and the clock when the title is long', () => {
    const frame = renderPracticeFrame({ problem, framework: listFrameworks()[0]!, columns: 80, rows: 24 });
    expect(frame.split('\n')[0]).toMatch(/step 1\/14 · 0:00\s*$/);
  });
});

describe('NO_COLOR', () => {
  test('no colour codes with NO_COLOR, colour codes without it (colour forced on)', () => {
    const framework = listFrameworks()[0]!;
    const previous = chalk.level;
    chalk.level = 1;
    try {
      const plain = renderPracticeFrame({ problem, framework, env: { NO_COLOR: '1' }, keys: ['\x1b', 'n', 'n', 'n', 'n', '\t', '\r', 'x'] });
      const colour = renderPracticeFrame({ problem, framework, env: {}, keys: ['\x1b', 'n', 'n', 'n', 'n', '\t', '\r', 'x'] });
      // SGR colour codes: 30-37, 90-97 foreground.
      const colours = /\x1b\[(3[0-7]|9[0-7])m/;
      expect(colour).toMatch(colours);
      expect(plain).not.toMatch(colours);
      expect(plain).toContain('✗');
    } finally {
      chalk.level = previous;
    }
  });
});
