import { describe, expect, test } from 'vitest';
import { createEditor, editorReducer, editorText, layoutEditor, visibleRows, type EditorAction, type EditorState } from '../../src/ui/editor/editor.js';
import { lineInput, lineInputReducer } from '../../src/ui/editor/line-input.js';
import { columns } from '../../src/ui/editor/graphemes.js';
import { keptSpaces, truncate, wrapLine, wrapText, wrapWithin } from '../../src/ui/editor/wrap.js';
import { splitsAtWraps } from './kept-together.js';

const run = (state: EditorState, ...actions: EditorAction[]): EditorState => actions.reduce(editorReducer, state);
const type = (state: EditorState, text: string): EditorState =>
  [...text].reduce((s, ch) => editorReducer(s, ch === '\n' ? { type: 'newline' } : { type: 'insert', text: ch }), state);
const times = (n: number, action: EditorAction): EditorAction[] => Array.from({ length: n }, () => action);

describe('wrapLine', () => {
  test('breaks after the last space that fits', () => {
    const line = 'the quick brown fox';
    const rows = wrapLine(line, 10).map((s) => line.slice(s.start, s.end));
    expect(rows).toEqual(['the quick ', 'brown fox']);
  });
  test('cuts a word longer than the row', () => {
    const line = 'abcdefghijkl';
    expect(wrapLine(line, 5).map((s) => line.slice(s.start, s.end))).toEqual(['abcde', 'fghij', 'kl']);
  });
  test('a row filled to the edge gets an empty row after it for the cursor', () => {
    expect(wrapLine('abcde', 5)).toEqual([{ start: 0, end: 5 }, { start: 5, end: 5 }]);
    expect(wrapLine('', 5)).toEqual([{ start: 0, end: 0 }]);
  });
  test('segments cover the line without gaps', () => {
    const line = 'a bb ccc dddd eeeee ffffff ggggggg';
    for (const width of [1, 2, 3, 5, 8, 13]) {
      const segments = wrapLine(line, width);
      expect(segments[0]!.start).toBe(0);
      segments.forEach((s, i) => {
        expect(s.end - s.start).toBeLessThanOrEqual(width);
        if (i > 0) expect(s.start).toBe(segments[i - 1]!.end);
      });
      expect(segments.at(-1)!.end).toBe(line.length);
    }
  });
  test('wrapText indents continuation rows and truncate marks the cut', () => {
    expect(wrapText('- one two three four', 10, '  ')).toEqual(['- one two', '  three', '  four']);
    // Blank lines stay as blank rows, so callers pass paragraphs straight in.
    expect(wrapText('one\n\ntwo', 10)).toEqual(['one', '', 'two']);
    expect(wrapText('', 10)).toEqual(['']);
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
  });
});

describe('wrapText keeps a number with its unit, and an operator with its number', () => {
  test('the working lines that split at 80 columns', () => {
    // Uber's drill at 80x24 showed "= 8" above "GB" and "(1,440" above "minutes/day)".
    const cache = '  Cache for hot read responses = 116/s x 1 day x 0.2 x 4 KB x 86,400 s/day = 8 GB';
    expect(wrapText(cache, 80, '    ')).toEqual(['  Cache for hot read responses = 116/s x 1 day x 0.2 x 4 KB x 86,400 s/day', '    = 8 GB']);
    const riders = '  Riders with an active ride at once = 500 K/day x 20 minutes / (1,440 minutes/day) = 6.94 K';
    expect(wrapText(riders, 80, '    ')).toEqual(['  Riders with an active ride at once = 500 K/day x 20 minutes', '    / (1,440 minutes/day) = 6.94 K']);
    // The same through the grapheme path (a wide character in the line).
    expect(wrapText(`${riders} ✓`, 80, '    ')).toEqual(['  Riders with an active ride at once = 500 K/day x 20 minutes', '    / (1,440 minutes/day) = 6.94 K ✓']);
  });

  test('no width splits a number from its unit or an operator from its number, while the run kept together fits a row', () => {
    const line = 'Memory for every driver = 1.5 M x 80 B = 120 MB; a month is 175 MB x 30 days/month / (1,440 minutes/day) = 5.25 GB/month';
    // The longest run kept together, '/ (1,440 minutes/day)', is 21 columns, with the space after it 22, and continuation rows are indented 2.
    for (let width = 24; width <= 90; width++) {
      expect(splitsAtWraps(wrapText(line, width, '  ')), `at ${width} columns`).toEqual([]);
      expect(splitsAtWraps(wrapText(line.replace('Memory', 'Mémoire'), width, '  ')), `at ${width} columns, grapheme path`).toEqual([]);
    }
  });

  test('a run kept together that is longer than the row still breaks at its spaces, not inside a word', () => {
    expect(wrapText('x 86,400 s/day', 10)).toEqual(['x 86,400', 's/day']);
    expect(wrapText('x 86,400 s/dé', 10)).toEqual(['x 86,400', 's/dé']);
  });

  test('a kept space after the row\'s last breakable one is found again on the next row, by both paths (found by the fuzz)', () => {
    const rows = (line: string) => wrapLine(line, 16, keptSpaces(line)).map((s) => line.slice(s.start, s.end));
    expect(rows('$5 (1,440175175 cache')).toEqual(['$5 ', '(1,440175175 ', 'cache']);
    expect(rows('$5 (1,440175175 çache')).toEqual(['$5 ', '(1,440175175 ', 'çache']);
  });

  test('prose and notes wrap as before: only numbers and operators keep their neighbours', () => {
    expect(wrapText('the quick brown fox jumps', 10)).toEqual(['the quick', 'brown fox', 'jumps']);
    expect(wrapText('step 5 of 14 is done', 7)).toEqual(['step', '5 of', '14 is', 'done']);
    // The notes editor wraps what the user types at every space.
    const typed = 'costs 175 MB';
    expect(wrapLine(typed, 10).map((s) => typed.slice(s.start, s.end))).toEqual(['costs 175 ', 'MB']);
  });
});

describe('wrapWithin', () => {
  test('text that fits in the rows is wrapped as wrapText does', () => {
    expect(wrapWithin('one two three', 8, 2)).toEqual(['one two', 'three']);
  });
  test('a cut ends the last row with an ellipsis after a whole word, within the width', () => {
    // With 11 columns the row 'three four' has room for the ellipsis after it.
    expect(wrapWithin('one two three four five six', 11, 2)).toEqual(['one two', 'three four…']);
    // 'three four' fills 10 columns: the ellipsis takes the place of the last word, not of its last letter.
    expect(wrapWithin('one two three four five six', 10, 2)).toEqual(['one two', 'three…']);
    expect(wrapWithin('abc defghi jk', 10, 1)).toEqual(['abc…']);
    for (const row of wrapWithin('a long summary that needs more rows than it has here', 12, 3)) expect(columns(row)).toBeLessThanOrEqual(12);
  });
  test('a single word longer than the row is cut hard; wide characters count two columns', () => {
    expect(wrapWithin('abcdefghijklmnop qr', 6, 1)).toEqual(['abcde…']);
    const rows = wrapWithin('一二三四五六七八', 6, 2);
    expect(rows).toEqual(['一二三', '四五…']);
    expect(columns(rows[1]!)).toBeLessThanOrEqual(6);
  });
});

describe('notes editor', () => {
  const empty = () => createEditor('', 20, 3);

  test('typing, new lines and backspace across a line join', () => {
    let s = type(empty(), 'ab\ncd');
    expect(s.lines).toEqual(['ab', 'cd']);
    expect([s.row, s.col]).toEqual([1, 2]);
    s = run(s, { type: 'home' }, { type: 'backspace' });
    expect(editorText(s)).toBe('abcd');
    expect([s.row, s.col]).toEqual([0, 2]);
    s = run(s, { type: 'backspace' }, { type: 'backspace' }, { type: 'backspace' });
    expect(editorText(s)).toBe('cd');
    expect(s.col).toBe(0);
  });

  test('delete removes the character under the cursor and joins the next line at the end', () => {
    let s = createEditor('ab\ncd', 20, 3);
    s = run(s, { type: 'up' }, { type: 'home' }, { type: 'delete' });
    expect(editorText(s)).toBe('b\ncd');
    s = run(s, { type: 'end' }, { type: 'delete' });
    expect(editorText(s)).toBe('bcd');
    s = run(s, { type: 'end' }, { type: 'delete' });
    expect(editorText(s)).toBe('bcd');
  });

  test('inserting in the middle of a line and moving left and right across lines', () => {
    let s = createEditor('hello world', 40, 3);
    s = run(s, ...times(5, { type: 'left' }), { type: 'insert', text: 'big ' });
    expect(editorText(s)).toBe('hello big world');
    s = run(s, { type: 'newline' });
    expect(s.lines).toEqual(['hello big ', 'world']);
    s = run(s, { type: 'left' });
    expect([s.row, s.col]).toEqual([0, 10]);
    s = run(s, { type: 'right' });
    expect([s.row, s.col]).toEqual([1, 0]);
  });

  test('a multi-line paste lands at the cursor and leaves it after the pasted text', () => {
    let s = createEditor('start end', 40, 5);
    s = run(s, ...times(3, { type: 'left' }), { type: 'insert', text: 'one\r\ntwo\rthree\tx ' });
    expect(s.lines).toEqual(['start one', 'two', 'three  x end']);
    expect([s.row, s.col]).toEqual([2, 9]);
  });

  test('control characters and escape sequences are not stored', () => {
    const s = run(empty(), { type: 'insert', text: 'a\x1b[31mb\x07c' });
    expect(editorText(s)).toBe('abc');
    expect(run(empty(), { type: 'insert', text: '\x1b[2~' })).toEqual(empty());
  });

  test('up and down move by wrapped rows and keep the goal column', () => {
    let s = createEditor('aaaa bbbb cccc\nxy\n0123456789', 10, 10);
    expect(layoutEditor(s).rows.map((r) => r.text)).toEqual(['aaaa bbbb ', 'cccc', 'xy', '0123456789', '']);
    // The cursor starts at the end, alone on the empty row after the full one.
    s = run(s, { type: 'up' });
    expect([s.row, s.col]).toEqual([2, 0]);
    s = run(s, ...times(7, { type: 'right' }), { type: 'up' });
    expect([s.row, s.col]).toEqual([1, 2]); // "xy" is shorter than the goal column 7
    s = run(s, { type: 'up' });
    expect([s.row, s.col]).toEqual([0, 14]); // end of the "cccc" row
    s = run(s, { type: 'up' });
    expect([s.row, s.col]).toEqual([0, 7]); // the goal column comes back on a wide row
    s = run(s, { type: 'up' });
    expect([s.row, s.col]).toEqual([0, 0]); // past the top: start of the text
    s = run(s, { type: 'down' });
    expect([s.row, s.col]).toEqual([0, 10]);
    s = run(s, { type: 'down' }, { type: 'down' }, { type: 'down' });
    expect([s.row, s.col]).toEqual([2, 10]);
    s = run(s, { type: 'down' });
    expect([s.row, s.col]).toEqual([2, 10]); // past the bottom: end of the text
  });

  test('on a row that continues below, the cursor stops before the wrap point', () => {
    let s = createEditor('abcdefghij\nabcdefghijklmno', 10, 5);
    // The first line fills its row exactly, so its end is on an empty row of its own.
    s = run(s, { type: 'up' }, { type: 'up' }, { type: 'end' });
    expect([s.row, s.col]).toEqual([0, 10]);
    const view = layoutEditor(s);
    expect([view.cursorRow, view.cursorCol]).toEqual([1, 0]);
    s = run(s, { type: 'up' }, { type: 'end' }, { type: 'left' }, { type: 'down' }, { type: 'down' });
    expect([s.row, s.col]).toEqual([1, 9]);
  });

  test('home and end work on the logical line; ctrl-less page moves jump a screen', () => {
    let s = createEditor(Array.from({ length: 10 }, (_, i) => `line ${i}`).join('\n'), 20, 3);
    s = run(s, { type: 'pageUp' });
    expect(s.row).toBe(7);
    s = run(s, { type: 'pageUp' }, { type: 'pageUp' }, { type: 'pageUp' }, { type: 'pageUp' });
    expect([s.row, s.col]).toEqual([0, 0]);
    s = run(s, { type: 'pageDown' });
    expect(s.row).toBe(2);
    s = run(s, { type: 'end' });
    expect(s.col).toBe(6);
  });

  test('scrolls to keep the cursor visible, and back', () => {
    let s = type(createEditor('', 20, 3), '1\n2\n3\n4\n5');
    expect(s.scroll).toBe(2);
    expect(visibleRows(s).rows.map((r) => r.text)).toEqual(['3', '4', '5']);
    expect(visibleRows(s).cursorRow).toBe(2);
    s = run(s, { type: 'up' }, { type: 'up' });
    expect(s.scroll).toBe(2);
    s = run(s, { type: 'up' });
    expect(s.scroll).toBe(1);
    expect(visibleRows(s).rows[0]!.text).toBe('2');
    expect(visibleRows(s).cursorRow).toBe(0);
  });

  test('scrolling follows wrapped rows, not lines', () => {
    let s = createEditor('', 5, 2);
    s = type(s, 'aaaa bbbb cccc');
    expect(layoutEditor(s).rows).toHaveLength(3);
    expect(s.scroll).toBe(1);
    s = run(s, { type: 'home' });
    expect(s.scroll).toBe(0);
  });

  test('deleting text pulls the scroll back so no empty screen is shown', () => {
    let s = type(createEditor('', 20, 2), '1\n2\n3\n4');
    expect(s.scroll).toBe(2);
    s = run(s, ...times(6, { type: 'backspace' }));
    expect(editorText(s)).toBe('1');
    expect(s.scroll).toBe(0);
  });

  test('resizing rewraps and keeps the cursor on screen', () => {
    let s = createEditor('one two three four five six seven', 40, 2);
    expect(layoutEditor(s).rows).toHaveLength(1);
    s = run(s, { type: 'resize', width: 6, height: 2 });
    const view = layoutEditor(s);
    expect(view.rows.length).toBeGreaterThan(4);
    expect(view.cursorRow - s.scroll).toBeLessThan(2);
    expect(view.cursorRow - s.scroll).toBeGreaterThanOrEqual(0);
  });

  test('word moves and Ctrl+W work on words separated by spaces', () => {
    let s = createEditor('alpha  beta gamma', 40, 3);
    s = run(s, { type: 'wordLeft' });
    expect(s.col).toBe(12);
    s = run(s, { type: 'wordLeft' }, { type: 'wordLeft' });
    expect(s.col).toBe(0);
    s = run(s, { type: 'wordRight' });
    expect(s.col).toBe(5);
    s = run(s, { type: 'wordRight' });
    expect(s.col).toBe(11);
    s = run(s, { type: 'deleteWordBack' });
    expect(editorText(s)).toBe('alpha   gamma');
    s = run(s, { type: 'deleteWordBack' });
    expect(editorText(s)).toBe(' gamma');
    s = run(createEditor('one\ntwo', 40, 3), { type: 'home' }, { type: 'deleteWordBack' });
    expect(editorText(s)).toBe('onetwo');
  });
});

describe('graphemes and columns', () => {
  const rowsOf = (s: EditorState) => layoutEditor(s).rows.map((r) => r.text);
  const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
  const FLAG = '\u{1F1FA}\u{1F1F8}';
  const THUMB = '\u{1F44D}\u{1F3FD}';

  test('Chinese text wraps at the pane width in columns, two per character', () => {
    const text = '我们需要一个高可用的短链接服务，每天处理一亿次重定向请求，并且延迟要低于五十毫秒。';
    const s = createEditor(text, 20, 5);
    const rows = rowsOf(s);
    expect(rows.join('')).toBe(text);
    expect(rows.length).toBeGreaterThan(4);
    for (const row of rows) expect(columns(row)).toBeLessThanOrEqual(20);
    expect(rows[0]).toBe('我们需要一个高可用的');
    // An odd width leaves the last column empty rather than cutting a character in half.
    expect(rowsOf(createEditor(text, 21, 5))[0]).toBe('我们需要一个高可用的');
  });

  test('the cursor column counts columns, and up and down keep it across wide characters', () => {
    let s = createEditor('中文字符\nabcdefgh', 40, 5);
    s = run(s, { type: 'up' }, { type: 'end' });
    expect(visibleRows(s).cursorCol).toBe(8);
    expect(visibleRows(s).cursorOffset).toBe(4);
    s = run(s, { type: 'down' });
    expect([s.row, s.col]).toEqual([1, 8]);
    s = run(s, { type: 'left' }, { type: 'left' }, { type: 'left' }, { type: 'up' });
    // Column 5 is the second half of 字: the cursor stops before it, at column 4.
    expect([s.row, s.col]).toEqual([0, 2]);
    expect(visibleRows(s).cursorCol).toBe(4);
  });

  test('Backspace and Delete remove whole emoji: skin tones, families, flags', () => {
    let s = type(createEditor('', 40, 3), `a${THUMB}${FAMILY}${FLAG}`);
    expect(editorText(s)).toBe(`a${THUMB}${FAMILY}${FLAG}`);
    s = run(s, { type: 'backspace' });
    expect(editorText(s)).toBe(`a${THUMB}${FAMILY}`);
    s = run(s, { type: 'backspace' });
    expect(editorText(s)).toBe(`a${THUMB}`);
    s = run(s, { type: 'left' }, { type: 'delete' });
    expect(editorText(s)).toBe('a');
    expect(s.col).toBe(1);
    expect(editorText(s)).not.toMatch(/[\ud800-\udfff]/u);
  });

  test('a combining mark stays with its letter: one step left, one Backspace', () => {
    let s = createEditor('cafe\u0301 ok', 40, 3);
    s = run(s, { type: 'left' }, { type: 'left' }, { type: 'left' }, { type: 'left' });
    expect(s.col).toBe(3);
    s = run(s, { type: 'right' });
    expect(s.col).toBe(5);
    s = run(s, { type: 'backspace' });
    expect(editorText(s)).toBe('caf ok');
    // Typing a mark after a letter joins it: the cursor goes after the pair.
    s = run(s, { type: 'insert', text: 'e' }, { type: 'insert', text: '\u0301' });
    expect(editorText(s)).toBe('cafe\u0301 ok');
    expect(s.col).toBe(5);
  });

  test('lone surrogates in a paste or a saved file are dropped, not stored', () => {
    expect(editorText(createEditor('half \ud83d here', 40, 3))).toBe('half  here');
    const s = run(createEditor('', 40, 3), { type: 'insert', text: 'x\ude00y\u0085' });
    expect(editorText(s)).toBe('xy');
  });

  test('emoji wrap as two columns, and a row of them never splits a family', () => {
    const s = createEditor(`${FAMILY}${FAMILY}${FAMILY}`, 5, 3);
    expect(rowsOf(s)).toEqual([`${FAMILY}${FAMILY}`, FAMILY]);
  });

  test('truncate and wrapText count columns', () => {
    expect(truncate('一二三四五', 6)).toBe('一二…');
    expect(columns(truncate('一二三四五', 5))).toBeLessThanOrEqual(5);
    expect(wrapText('一二三四五六', 6, '  ')).toEqual(['一二三', '  四五', '  六']);
  });
});

describe('one-line field', () => {
  test('Backspace and arrows move over whole graphemes', () => {
    let s = lineInput('Cache \u{1F44D}\u{1F3FD}');
    s = lineInputReducer(s, { type: 'backspace' });
    expect(s).toEqual({ text: 'Cache ', cursor: 6 });
    s = lineInputReducer(lineInputReducer(s, { type: 'insert', text: '\u{1F1FA}\u{1F1F8}!' }), { type: 'left' });
    s = lineInputReducer(s, { type: 'left' });
    expect(s.cursor).toBe(6);
    s = lineInputReducer(s, { type: 'delete' });
    expect(s.text).toBe('Cache !');
  });

  test('a deletion that joins its two sides into one grapheme leaves the cursor after it, never inside (found by the fuzz)', () => {
    // "a", a zero-width space, a lone accent: deleting the space makes "á" one grapheme.
    const start = lineInputReducer(lineInput('a\u200B\u0301'), { type: 'left' });
    expect(lineInputReducer(start, { type: 'backspace' })).toEqual({ text: 'a\u0301', cursor: 2 });
    expect(lineInputReducer({ text: 'a\u200B\u0301', cursor: 1 }, { type: 'delete' })).toEqual({ text: 'a\u0301', cursor: 2 });
  });

  test('edits at the cursor and keeps pasted line breaks out', () => {
    let s = lineInput('500M');
    s = lineInputReducer(s, { type: 'backspace' });
    s = lineInputReducer(s, { type: 'insert', text: 'K' });
    expect(s).toEqual({ text: '500K', cursor: 4 });
    s = lineInputReducer(s, { type: 'home' });
    s = lineInputReducer(s, { type: 'delete' });
    expect(s.text).toBe('00K');
    s = lineInputReducer(s, { type: 'insert', text: '1\n2' });
    expect(s).toEqual({ text: '1 200K', cursor: 3 });
    s = lineInputReducer(lineInputReducer(s, { type: 'right' }), { type: 'left' });
    expect(s.cursor).toBe(3);
  });
});
