import { describe, expect, test } from 'vitest';
import { createDrill } from '../../../src/core/drill/drill.js';
import { givenCell, layoutGivens } from '../../../src/core/drill/givens-layout.js';
import { MAX_DRILL_COUNT } from '../../../src/core/drill/questions.js';
import { givenValue } from '../../../src/core/drill/render.js';
import { loadProblemFile } from '../../../src/core/problem/load.js';

const PROBLEMS = ['url-shortener', 'twitter', 'whatsapp', 'uber', 'netflix', 'instagram'];

/** Every question of every problem, the monthly total (the most givens: Uber's needs the SMS price) included. */
const questions = PROBLEMS.flatMap((id) =>
  createDrill(loadProblemFile(`problems/${id}.yaml`), { seed: 3, count: MAX_DRILL_COUNT }).questions.map((q) => ({ id, q })),
);

/** The givens each page shows, gathered over every page. */
function everyPage(q: (typeof questions)[number]['q'], width: number, rows: number): { text: string; pages: number } {
  const first = layoutGivens(q, width, rows);
  const pages = Array.from({ length: first.pages }, (_, page) => layoutGivens(q, width, rows, page));
  for (const page of pages) {
    expect(page.lines.length).toBeLessThanOrEqual(Math.max(1, rows));
    for (const line of page.lines) expect(line.length).toBeLessThanOrEqual(width);
  }
  return { text: pages.flatMap((p) => p.lines).join('\n'), pages: first.pages };
}

describe('drill givens stay visible', () => {
  test.each([
    [80, 24],
    [140, 45],
  ])('at %dx%d every given value of every question is on screen or on a page', (columns, rows) => {
    // The screen leaves the givens what its header, question, hint and answer line do not use.
    const width = columns - 3;
    const room = rows - 5 - 5;
    for (const { id, q } of questions) {
      const { text } = everyPage(q, width, room);
      for (const given of q.givens) expect(text, `${id} ${q.key}: ${given.key}`).toContain(givenValue(given));
    }
  });

  test('at 140x45 nothing needs a second page', () => {
    for (const { id, q } of questions) expect(layoutGivens(q, 137, 35).pages, `${id} ${q.key}`).toBe(1);
  });

  test('a short list stays in one column with whole labels', () => {
    const short = questions.find(({ q }) => q.givens.length <= 4)!.q;
    const layout = layoutGivens(short, 77, 10);
    expect(layout.lines).toHaveLength(short.givens.length);
    expect(layout.lines[0]).toBe(`${short.givens[0]!.label}: ${givenValue(short.givens[0]!)}`);
  });

  test('too many for the room: pages with a line saying which givens are shown, wrapping round', () => {
    const crowded = questions.find(({ q }) => q.givens.length > 30)!.q;
    const layout = layoutGivens(crowded, 77, 5);
    expect(layout.pages).toBeGreaterThan(1);
    expect(layout.lines.at(-1)).toMatch(/^givens 1-\d+ of \d+ · the others on the other pages$/);
    // The screen names its keys (from its key table); core knows none.
    expect(layoutGivens(crowded, 77, 5, 0, 'PgDn/PgUp').lines.at(-1)).toMatch(/^givens 1-\d+ of \d+ · PgDn\/PgUp for the others$/);
    expect(layoutGivens(crowded, 77, 5, layout.pages).lines).toEqual(layout.lines);
    expect(layoutGivens(crowded, 77, 5, -1).page).toBe(layout.pages - 1);
  });

  test('a cell shortens its label, never its value', () => {
    expect(givenCell('Share of a day\'s redirects worth caching', '20%', 20)).toBe('Share of a day…: 20%');
    expect(givenCell('Label', '$0.00099 per GB month', 10)).toBe('…: $0.00099 per GB month');
  });
});
