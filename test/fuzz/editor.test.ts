import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { createEditor, editorReducer, editorText, layoutEditor, visibleRows, type EditorAction, type EditorState } from '../../src/ui/editor/editor.js';
import { columns } from '../../src/ui/editor/graphemes.js';
import { lineInput, lineInputReducer, type LineInputAction } from '../../src/ui/editor/line-input.js';
import { keptSpaces, wrapLine } from '../../src/ui/editor/wrap.js';
import { timeoutFor } from './contract.js';
import { fuzzParameters } from './runs.js';

/**
 * The notes editor under random edits in every script people type notes in:
 * whatever is typed, pasted or deleted, the text never holds a lone surrogate
 * (which would be saved and exported as U+FFFD), the cursor never stands
 * inside a grapheme, a deletion removes whole graphemes, and no wrapped row
 * is wider than the pane in terminal columns. The wrap the editor keeps
 * line by line always equals wrapping the whole text again.
 */

const counts = new Map<string, number>();
afterAll(() => {
  if (counts.size) console.log(`fuzz: cases run per property\n${[...counts].map(([name, n]) => `  ${name}  ${n.toLocaleString('en-US')} cases`).join('\n')}`);
});
const counted = <T extends unknown[]>(name: string, check: (...args: T) => void) => (...args: T): void => {
  counts.set(name, (counts.get(name) ?? 0) + 1);
  check(...args);
};

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** No lone surrogate: every high surrogate is followed by a low one, and nothing else is a surrogate. */
const wellFormed = (text: string): boolean => !/[\ud800-\udfff]/.test(text.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''));
const boundaries = (text: string): Set<number> => new Set([...[...segmenter.segment(text)].map((s) => s.index), text.length]);
const graphemeList = (text: string): string[] => [...segmenter.segment(text)].map((s) => s.segment);

/** Pieces of text as people type and paste them, in many scripts, with the awkward cases Unicode has. */
const PIECES = [
  'a', 'Z', ' ', '  ', 'word', 'cache', '-', '.', '1', 'é', 'ß', 'ñ',
  'e\u0301', 'a\u0308\u0301', '\u0301', '\u0915\u094d\u0937', // combining marks, a Devanagari conjunct
  '中', '文字', '東京', '한국어', '\u1100\u1161\u11a8', '\u1100\u1100', // CJK, Hangul syllables and jamo
  '\u{1F44D}', '\u{1F44D}\u{1F3FD}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', '\u{1F3F3}\uFE0F\u200D\u{1F308}', // emoji, skin tone, ZWJ
  '\u{1F1FA}\u{1F1F8}', '\u{1F1EF}\u{1F1F5}', '1\uFE0F\u20E3', '\u2764\uFE0F', // flags, keycap, variation selector
  '\u0645\u0631\u062D\u0628\u0627', '\u05E9\u05DC\u05D5\u05DD', // Arabic, Hebrew
  '\u200B', '\u00A0', '\t', '\r\n', '\n', '\x1b[31m', '\x07', '\u0085',
  '\ud83d', '\ude00', 'x\ud800y', // lone surrogates, as a broken paste can carry
];
const piece = fc.constantFrom(...PIECES);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

const action: fc.Arbitrary<EditorAction> = fc.oneof(
  { arbitrary: fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts): EditorAction => ({ type: 'insert', text: parts.join('') })), weight: 6 },
  {
    arbitrary: fc.constantFrom<EditorAction['type']>('newline', 'backspace', 'delete', 'left', 'right', 'up', 'down', 'home', 'end', 'pageUp', 'pageDown', 'wordLeft', 'wordRight', 'deleteWordBack').map(
      (type) => ({ type }) as EditorAction,
    ),
    weight: 8,
  },
  { arbitrary: fc.record({ width: fc.integer({ min: 2, max: 30 }), height: fc.integer({ min: 1, max: 8 }) }).map((size): EditorAction => ({ type: 'resize', ...size })), weight: 1 },
);

/** Every row at most `width` columns, unless it is one grapheme too wide for any row; rows cover the line and end on boundaries. */
function expectWrapped(line: string, width: number, kept?: ReadonlySet<number>): void {
  const segments = wrapLine(line, width, kept);
  const cuts = boundaries(line);
  expect(segments[0]!.start).toBe(0);
  expect(segments.at(-1)!.end).toBe(line.length);
  segments.forEach((segment, i) => {
    if (i > 0) expect(segment.start).toBe(segments[i - 1]!.end);
    expect(cuts.has(segment.start) && cuts.has(segment.end), `row ${i} of ${JSON.stringify(line)} cuts a grapheme`).toBe(true);
    const row = line.slice(segment.start, segment.end);
    if (graphemeList(row).length > 1) expect(columns(row), `row ${JSON.stringify(row)} at width ${width}`).toBeLessThanOrEqual(width);
  });
}

function expectSound(state: EditorState): void {
  const all = editorText(state);
  expect(wellFormed(all), `lone surrogate in ${JSON.stringify(all)}`).toBe(true);
  const line = state.lines[state.row]!;
  expect(boundaries(line).has(state.col), `cursor ${state.col} inside a grapheme of ${JSON.stringify(line)}`).toBe(true);
  // The wrap kept line by line is the wrap of the whole text.
  expect(state.wrapped).toEqual(state.lines.map((l) => wrapLine(l, state.width)));
  const view = visibleRows(state);
  expect(view.cursorRow).toBeGreaterThanOrEqual(0);
  expect(view.cursorRow).toBeLessThan(state.height);
  for (const row of view.rows) if (graphemeList(row.text).length > 1) expect(columns(row.text)).toBeLessThanOrEqual(state.width);
  // The cursor's cell is on the row, inside the pane (unless its row is one grapheme too wide to fit anyway).
  const cursorRow = view.rows[view.cursorRow]!;
  expect(view.cursorCol).toBe(columns(cursorRow.text.slice(0, view.cursorOffset)));
  const under = graphemeList(cursorRow.text.slice(view.cursorOffset))[0] ?? ' ';
  if (columns(under) <= state.width) expect(view.cursorCol + Math.max(1, columns(under))).toBeLessThanOrEqual(state.width);
}

/** A deletion takes out whole graphemes of the text as it was (or one line break) and nothing else. */
function expectWholeDeletion(before: EditorState, after: EditorState): void {
  const old = editorText(before);
  const now = editorText(after);
  if (old === now) return;
  expect(now.length).toBeLessThan(old.length);
  let head = 0;
  while (head < now.length && now[head] === old[head]) head++;
  // The removed range, placed as far left as the common prefix allows, then checked at every placement it could have.
  const removed = old.length - now.length;
  let ok = false;
  for (let start = head; start >= 0 && !ok; start--) {
    if (old.slice(0, start) + old.slice(start + removed) !== now) continue;
    const gone = old.slice(start, start + removed);
    const cuts = boundaries(old);
    ok = gone === '\n' || (cuts.has(start) && cuts.has(start + removed));
  }
  expect(ok, `${JSON.stringify(old)} -> ${JSON.stringify(now)} split a grapheme`).toBe(true);
}

describe('notes editor fuzz', () => {
  test('no edit sequence leaves a lone surrogate, a cursor inside a grapheme, or a row wider than the pane', { timeout: timeoutFor(30, 300) }, () => {
    const check = counted('editor: edit sequences', (initial: string, width: number, height: number, actions: EditorAction[]) => {
      let state = createEditor(initial, width, height);
      expectSound(state);
      for (const a of actions) {
        const next = editorReducer(state, a);
        expectSound(next);
        if (a.type === 'backspace' || a.type === 'delete' || a.type === 'deleteWordBack') expectWholeDeletion(state, next);
        state = next;
      }
    });
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 30 }), fc.integer({ min: 1, max: 8 }), fc.array(action, { maxLength: 30 }), check),
      fuzzParameters(300),
    );
  });

  test('wrapped lines never exceed the width in columns, and never cut a grapheme', { timeout: timeoutFor(2) }, () => {
    const check = counted('wrapLine: any text', (line: string, width: number) => expectWrapped(line, width));
    fc.assert(fc.property(text.map((t) => t.replace(/[\r\n]/g, '')), fc.integer({ min: 1, max: 40 }), check), fuzzParameters(2_000));
  });

  test('a one-column character wraps like an ASCII letter (the fast path and the grapheme path agree)', { timeout: timeoutFor(2) }, () => {
    const check = counted('wrapLine: ASCII against graphemes', (line: string, width: number) => {
      expect(wrapLine(line.replace(/x/g, 'é'), width)).toEqual(wrapLine(line, width));
    });
    const ascii = fc.string({ unit: fc.constantFrom('x', 'x', 'y', ' ', '-', 'z'), maxLength: 80 }).map((s) => `${s}x`);
    fc.assert(fc.property(ascii, fc.integer({ min: 1, max: 20 }), check), fuzzParameters(2_000));
  });

  test('shown text with numbers, units and operators kept together wraps as soundly, by both paths', { timeout: timeoutFor(2) }, () => {
    const working = fc
      .array(fc.constantFrom('175', '1,440', '(1,440', '0.4', '$5', 'MB', 'minutes/day)', 'days/month', 'x', '/', '=', '+', 'cache', 'é', '中', '👍', ' ', ' ', ' '), { maxLength: 40 })
      .map((parts) => parts.join(''));
    const check = counted('wrapLine: kept spaces', (line: string, width: number) => {
      expectWrapped(line, width, keptSpaces(line));
      // A one-column character in place of a letter takes the grapheme path and wraps the same.
      const accented = line.replace(/c/g, 'ç');
      expect(wrapLine(accented, width, keptSpaces(accented))).toEqual(wrapLine(line.replace(/c/g, 'k'), width, keptSpaces(line.replace(/c/g, 'k'))));
    });
    fc.assert(fc.property(working, fc.integer({ min: 1, max: 40 }), check), fuzzParameters(2_000));
  });

  test('a one-line field keeps whole graphemes too', { timeout: timeoutFor(5, 1_000) }, () => {
    const lineAction: fc.Arbitrary<LineInputAction> = fc.oneof(
      fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts): LineInputAction => ({ type: 'insert', text: parts.join('') })),
      fc.constantFrom<LineInputAction['type']>('backspace', 'delete', 'left', 'right', 'home', 'end', 'clearBefore').map((type) => ({ type }) as LineInputAction),
    );
    const check = counted('line input: edit sequences', (actions: LineInputAction[]) => {
      let state = lineInput();
      for (const a of actions) {
        state = lineInputReducer(state, a);
        expect(wellFormed(state.text)).toBe(true);
        expect(state.text).not.toMatch(/\n/);
        expect(boundaries(state.text).has(state.cursor)).toBe(true);
      }
    });
    fc.assert(fc.property(fc.array(lineAction, { maxLength: 30 }), check), fuzzParameters(1_000));
  });
});

describe('layout agrees with itself', () => {
  test('visible rows are the laid-out rows from the scroll position', () => {
    const state = createEditor('one two three four five six seven eight nine ten eleven twelve', 12, 3);
    const all = layoutEditor(state);
    expect(visibleRows(state).rows).toEqual(all.rows.slice(state.scroll, state.scroll + 3));
  });
});
