import { describe, expect, test } from 'vitest';
import { createDrill } from '../../../src/core/drill/drill.js';
import { givenValue, type DrillResult } from '../../../src/core/drill/render.js';
import { loadProblem } from '../../../src/core/problem/load.js';
import { DrillApp, drillBody } from '../../../src/ui/drill/drill-app.js';
import { drillReducer, footerContexts, initialDrillState, type DrillState } from '../../../src/ui/drill/drill-state.js';
import { footerText } from '../../../src/ui/keymap.js';
import { showPlainDrill } from '../../../src/ui/drill/plain-drill.js';
import { listLines } from '../../../src/ui/plain/line-source.js';
import { AnswerRefused, InputEnded, linePrompter } from '../../../src/ui/plain/prompter.js';
import { PLAIN_THEME, ThemeContext } from '../../../src/ui/theme.js';
import { inAct, resizeApp, sendKeys, unmountedAfterEach, waitForText } from '../ink-helpers.js';
import { splitsAtWraps } from '../kept-together.js';
import { key } from '../practice-fixture.js';

const drill = createDrill(loadProblem('url-shortener'), { seed: 11, count: 2 });
const [q1, q2] = drill.questions;

function type(state: DrillState, text: string): DrillState {
  return [...text].reduce((s, ch) => drillReducer(s, key(ch)), state);
}

describe('the drill screen reducer', () => {
  test('asks again for an unreadable answer, grades a good one, then moves on to the summary', () => {
    let state = initialDrillState(drill);
    state = drillReducer(type(state, 'lots'), key('return'));
    expect(state.phase).toBe('asking');
    expect(state.problem).toMatch(/not a unit I know/);
    for (let i = 0; i < 4; i++) state = drillReducer(state, key('backspace'));
    state = drillReducer(type(state, q1!.display), key('return'));
    expect(state.phase).toBe('feedback');
    expect(state.problem).toBeUndefined();
    expect(state.results[0]!.graded.grade).toBe('good');
    state = drillReducer(state, key('return'));
    expect(state.index).toBe(1);
    expect(state.input.text).toBe('');
    state = drillReducer(type(state, String(q2!.value * 1000)), key('return'));
    expect(state.results[1]!.graded.grade).toBe('off');
    state = drillReducer(state, key('return'));
    expect(state.phase).toBe('summary');
    expect(drillReducer(state, key('q')).exit).toBe('completed');
  });

  test('Esc while answering leaves without recording', () => {
    expect(drillReducer(initialDrillState(drill), key('escape')).exit).toBe('abandoned');
    // "q" while answering is just a letter of the answer.
    expect(drillReducer(initialDrillState(drill), key('q')).input.text).toBe('q');
  });
});

describe('the working on screen', () => {
  test.each(['url-shortener', 'twitter', 'whatsapp', 'uber', 'netflix', 'instagram'])(
    "%s: at 80 and 60 columns no working row ends with a number whose unit starts the next (Uber's showed '(1,440' above 'minutes/day)')",
    (id) => {
      const twelve = createDrill(loadProblem(id), { seed: 7, count: 12 });
      let state = initialDrillState(twelve);
      for (let i = 0; i < twelve.questions.length; i++) {
        state = drillReducer(type(state, '1'), key('return'));
        expect(state.phase).toBe('feedback');
        for (const width of [79, 59]) expect(splitsAtWraps(drillBody(state, width).after, (row) => row.startsWith('    ')), `${twelve.questions[i]!.key} at ${width}`).toEqual([]);
        state = drillReducer(state, key('return'));
      }
    },
  );
});

describe('the givens on screen', () => {
  // Uber's monthly total needs every price, the SMS one included: the most givens of any question.
  const uber = createDrill(loadProblem('uber'), { seed: 5, count: 5 });
  const at = uber.questions.findIndex((q) => q.key === 'cost_total');
  const state: DrillState = { ...initialDrillState(uber), index: at };
  const shownValues = (s: DrillState, width: number, rows: number) => drillBody(s, width, rows).before.join('\n');

  test.each([
    [80, 24],
    [140, 45],
  ])('at %dx%d every given is on screen, or on a page PgDn reaches', (columns, rows) => {
    const width = columns - 1;
    const room = rows - 5;
    const seen = new Set<string>();
    let s = state;
    for (let page = 0; page < 10; page++) {
      const body = drillBody(s, width, room);
      expect(body.before.length + body.after.length).toBeLessThanOrEqual(room);
      const text = shownValues(s, width, room);
      for (const given of uber.questions[at]!.givens) if (text.includes(givenValue(given))) seen.add(given.key);
      s = drillReducer(s, key('pagedown'));
    }
    expect(uber.questions[at]!.givens.some((g) => g.key === 'price_sms')).toBe(true);
    for (const given of uber.questions[at]!.givens) expect(seen.has(given.key), given.key).toBe(true);
  });

  test('the footer names PgDn/PgUp only when some givens are on another page', () => {
    const paged = drillBody(state, 59, 9);
    expect(paged.pages).toBeGreaterThan(1);
    expect(paged.before.join('\n')).toMatch(/givens 1-\d+ of \d+ · PgDn\/PgUp for the others/);
    expect(footerText(footerContexts('asking', paged.pages), 80)).toContain('PgDn/PgUp other givens');
    const whole = drillBody(state, 139, 40);
    expect(whole.pages).toBe(1);
    expect(footerText(footerContexts('asking', whole.pages), 80)).not.toContain('PgDn');
  });

  test('PgDn and PgUp turn the pages without touching the answer being typed', () => {
    let s = drillReducer(type(state, '25K'), key('pagedown'));
    expect(s.givensPage).toBe(1);
    expect(s.input.text).toBe('25K');
    s = drillReducer(s, key('pageup'));
    expect(s.givensPage).toBe(0);
  });
});

describe('the plain drill', () => {
  test('asks each question once, says why an unreadable answer is refused and asks again, and reports the score', async () => {
    const said: string[] = [];
    const prompter = linePrompter({ source: listLines(['??', q1!.display, `${q2!.value * 8}`]), say: (text) => void said.push(text), piped: false });
    const results = await showPlainDrill(drill, prompter);
    expect(results.map((r) => r.graded.grade)).toEqual(['good', 'close']);
    const text = said.join('\n');
    expect(text).toContain(`hld drill url-shortener --seed 11`);
    expect(text).toContain(`Question 1 of 2: ${q1!.label}?`);
    expect(text.match(/Your estimate, with its unit/g)).toHaveLength(2);
    expect(text).toContain(`Your estimate, with its unit (${q1!.example}):`);
    expect(text).toMatch(/Not accepted: /);
    expect(text).toContain(q1!.showWork);
    expect(text).toMatch(/Score: \d+\/100/);
  });

  test('from a pipe, an unreadable answer stops the drill with one line, and so does the end of the input', async () => {
    const refused = await showPlainDrill(drill, linePrompter({ source: listLines(['??']), say: () => undefined, piped: true })).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AnswerRefused);
    expect((refused as Error).message).toMatch(/^the answer '\?\?' to "Your estimate, with its unit .*" is not accepted: /);
    const ended = await showPlainDrill(drill, linePrompter({ source: listLines([q1!.display]), say: () => undefined, piped: true })).catch((e: unknown) => e);
    expect(ended).toBeInstanceOf(InputEnded);
  });
});

describe('the drill screen', () => {
  const render = unmountedAfterEach();

  test('shows the question with its givens, the verdict with the working, and fits 80x24', async () => {
    let done: { results: readonly DrillResult[]; completed: boolean } | undefined;
    const app = await render(
      <ThemeContext.Provider value={PLAIN_THEME}>
        <DrillApp drill={drill} onDone={(results, completed) => (done = { results, completed })} />
      </ThemeContext.Provider>,
    );
    const first = await waitForText(app, `Question 1 of 2: ${q1!.label}?`);
    expect(first).toContain('Given:');
    expect(first).toContain(q1!.givens[0]!.label);
    expect(first.split('\n').length).toBeLessThanOrEqual(23);
    await sendKeys(app, q1!.display);
    await waitForText(app, `> ${q1!.display}`);
    await sendKeys(app, '\r');
    const verdict = await waitForText(app, 'Good (within 2x)');
    expect(verdict).toContain(`the answer is ${q1!.display}`);
    expect(verdict.split('\n').length).toBeLessThanOrEqual(23);
    await sendKeys(app, '\r');
    await waitForText(app, 'Question 2 of 2');
    await sendKeys(app, '\x1b');
    await waitForText(app, 'Question 2 of 2');
    for (let i = 0; i < 50 && !done; i++) await inAct(() => new Promise((r) => setTimeout(r, 10)));
    expect(done).toEqual({ results: expect.any(Array), completed: false });
  });
});

describe('the drill screen: a verdict whose working is taller than the screen', () => {
  const render = unmountedAfterEach();

  test("Uber's storage at 80x24: the working takes the givens' place, says how much more there is, and ↑↓ scroll it to its last line", async () => {
    const uber = createDrill(loadProblem('uber'), { seed: 1, count: 5 });
    const storage = uber.questions[0]!;
    expect(storage.key).toBe('storage_total');
    const app = await render(
      <ThemeContext.Provider value={PLAIN_THEME}>
        <DrillApp drill={uber} onDone={() => {}} />
      </ThemeContext.Provider>,
    );
    await resizeApp(app, 80, 24);
    await waitForText(app, 'Question 1 of 5');
    await sendKeys(app, '1GB');
    await waitForText(app, '> 1GB');
    await sendKeys(app, '\r');
    const verdict = await waitForText(app, /↓ \d+ more \(↑↓ scroll the working\)/);
    expect(verdict.split('\n').length).toBeLessThanOrEqual(23);
    expect(verdict).toContain('Working, from the givens up:');
    expect(verdict).toContain('↑↓ working');
    expect(verdict).not.toContain(storage.showWork.slice(0, 40));
    for (let i = 0; i < 30; i++) await sendKeys(app, '\x1b[B');
    const end = await waitForText(app, /↑ \d+ more \(↑↓ scroll the working\)/);
    expect(end.split('\n').length).toBeLessThanOrEqual(23);
    // The last line of the working, however it wraps at 80 columns.
    expect(end.replace(/\s+/g, ' ')).toContain('= 1.45 PB');
    expect(end).not.toMatch(/↓ \d+ more/);
    // Enter goes on to the next question, whose givens are back.
    await sendKeys(app, '\r');
    const next = await waitForText(app, 'Question 2 of 5');
    expect(next).toContain('Given:');
  });
});
