import { describe, expect, test } from 'vitest';
import { footerText, helpRows, HELP_SECTIONS, KEYMAP, resolveKey } from '../../src/ui/keymap.js';
import { keysOf, parseKey, splitInput } from '../../src/ui/keys/parse-key.js';
import { loadPrices } from '../../src/core/prices/load.js';
import { loadReferenceCards } from '../../src/core/reference/load.js';
import { helpPage, referencePages } from '../../src/ui/practice/overlays.js';

describe('parseKey', () => {
  test('tells Backspace from Delete and reads the usual sequences', () => {
    expect(parseKey('\x7f').name).toBe('backspace');
    expect(parseKey('\x1b[3~').name).toBe('delete');
    expect(parseKey('\x1b[A').name).toBe('up');
    expect(parseKey('\x1bOH').name).toBe('home');
    expect(parseKey('\x1b[4~').name).toBe('end');
    expect(parseKey('\x1b[Z').name).toBe('backtab');
    expect(parseKey('\r').name).toBe('return');
    expect(parseKey('\x0e')).toEqual({ name: 'ctrl', text: 'n', meta: false });
    expect(parseKey('hello\rworld')).toEqual({ name: 'text', text: 'hello\rworld', meta: false });
    expect(parseKey('\x1b[1;5C')).toEqual({ name: 'right', text: '', meta: true });
  });
});

test('splitInput separates keys that arrived together and keeps pasted text whole', () => {
  expect(splitInput('\x7f\x7f\x7f')).toEqual(['\x7f', '\x7f', '\x7f']);
  expect(splitInput('1B\r')).toEqual(['1B', '\r']);
  expect(splitInput('a\tb\nc')).toEqual(['a\tb\nc']);
  expect(splitInput('\x1b[A')).toEqual(['\x1b[A']);
  expect(splitInput('\t')).toEqual(['\t']);
  expect(splitInput('x\x0ey')).toEqual(['x', '\x0e', 'y']);
  expect(splitInput('\x1bq')).toEqual(['\x1b', 'q']);
  expect(splitInput('\x1b[')).toEqual(['\x1b[']);
});

test('keysOf reads a typed-ahead run as one key each, line breaks as Enter', () => {
  expect(keysOf('j?\n').map((k) => [k.name, k.text])).toEqual([
    ['text', 'j'],
    ['text', '?'],
    ['return', ''],
  ]);
});

describe('keymap', () => {
  test('the most specific context wins', () => {
    expect(resolveKey(parseKey('\r'), ['steps', 'browse', 'always'])?.description).toMatch(/go to/);
    expect(resolveKey(parseKey('\r'), ['estimator', 'browse', 'always'])?.command).toBe('activate');
    // While typing notes, a letter is text; outside it, q quits.
    expect(resolveKey(parseKey('q'), ['notes', 'always'])?.command).toBe('text-insert');
    expect(resolveKey(parseKey('q'), ['steps', 'browse', 'always'])?.command).toBe('quit');
    expect(resolveKey(parseKey('\x03'), ['field'])?.command).toBe('quit');
  });

  test('no key is bound twice within one context', () => {
    const seen = new Map<string, string>();
    for (const binding of KEYMAP) {
      for (const context of binding.contexts) {
        for (const key of binding.keys) {
          const id = `${context}:${key}`;
          expect(seen.get(id), `${id} is bound twice`).toBeUndefined();
          seen.set(id, binding.description);
        }
      }
    }
  });

  test('the footer fits the width and starts with the keys of the pane', () => {
    const text = footerText(['estimator', 'browse', 'always'], 80);
    expect(text.length).toBeLessThanOrEqual(80);
    expect(text.startsWith('↑↓ choose · Enter change · u default')).toBe(true);
    expect(text).toContain('? help');
    expect(footerText(['notes', 'always'], 80)).toMatch(/^Esc stop typing/);
  });

  test('the help lists every binding of the table', () => {
    const listed = HELP_SECTIONS.flatMap((s) => helpRows(s.contexts));
    const described = new Set(listed.map((r) => r.description));
    for (const binding of KEYMAP) expect(described.has(binding.description)).toBe(true);
    const page = helpPage(80).lines.join('\n');
    expect(page).toContain('Ctrl+N');
    expect(page).toContain('reveal the next hint');
    expect(helpPage(80).lines.every((line) => line.length <= 80)).toBe(true);
  });
});

test('each reference card page says where its figures come from; the price table comes last', () => {
  const pages = referencePages(loadReferenceCards(), loadPrices(), 80);
  const cards = pages.slice(0, -1);
  expect(cards.length).toBeGreaterThan(3);
  for (const page of cards) expect(page.lines.some((line) => line.startsWith('Source: ')), page.title).toBe(true);
  expect(cards.find((p) => p.lines.some((l) => l.includes('down per year')))?.lines.join(' ')).toContain('a month is 30 days');
  expect(pages.at(-1)!.title).toMatch(/^Price table/);
});
