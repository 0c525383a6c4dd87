import { describe, expect, test } from 'vitest';
import { memorySessionStore } from '../../src/core/session/session-store.js';
import { PracticeApp } from '../../src/ui/components/practice-app.js';
import { estimatorSplit, practiceLayout } from '../../src/ui/practice/layout.js';
import { resizeApp, sendKeys, unmountedAfterEach, waitForText } from './ink-helpers.js';
import { makeContext, makeSession } from './practice-fixture.js';

/**
 * At 80x24 the live estimator beside the notes was cut to 11 rows while the
 * notes kept 7, most of them empty. Beside the estimator the notes take the
 * rows their text needs (and one to type into), up to their share; the
 * estimator takes the rest, and the frame stays shorter than the terminal.
 */

/** The rows of the right pane between the estimator's title and the notes' title, and after the notes' title up to the footer. */
function panes(frame: string): { estimator: number; notes: number; lines: number } {
  const lines = frame.split('\n');
  const title = lines.findIndex((l) => l.includes('Live estimator ('));
  const notes = lines.findIndex((l) => /Notes \(/.test(l));
  const footer = lines.findIndex((l, i) => i > notes && /F1 help|\? help/.test(l));
  return { estimator: notes - title - 1, notes: footer - notes - 1, lines: lines.length };
}

describe('the estimator takes the rows short notes leave (80x24)', () => {
  const render = unmountedAfterEach();
  const open = async (notes: string) => {
    const store = memorySessionStore(makeSession({ current_step: 4, notes: notes ? { 'capacity-estimation': notes } : {} }));
    const app = await render(<PracticeApp ctx={makeContext()} store={store} clock={false} onExit={() => {}} />);
    await resizeApp(app, 80, 24);
    await waitForText(app, 'Live estimator');
    return app;
  };

  test('no notes: the notes keep two rows, the estimator the rest, and the frame is shorter than the terminal', async () => {
    const app = await open('');
    const frame = await waitForText(app, 'Notes (typing');
    const split = panes(frame);
    const layout = practiceLayout(80, 24);
    expect(split.notes).toBe(2);
    expect(split.estimator).toBe(layout.panelHeight + layout.notesHeight - 2);
    expect(split.estimator).toBeGreaterThanOrEqual(15);
    expect(split.lines).toBeLessThan(24);
    // Out of the notes, the same two rows say there are none.
    await sendKeys(app, '\x1b');
    const resting = await waitForText(app, '(no notes yet; press e to write)');
    expect(panes(resting)).toEqual(split);
  });

  test('notes grow a row at a time as lines are typed, up to their share, and the estimator gives the rows back', async () => {
    const app = await open('');
    const layout = practiceLayout(80, 24);
    await sendKeys(app, 'e');
    await sendKeys(app, 'Reads dominate');
    const oneLine = panes(app.lastFrame()!);
    expect(oneLine.notes).toBe(2);
    await sendKeys(app, '\r');
    await sendKeys(app, 'DAU 200M');
    const twoLines = await waitForText(app, 'DAU 200M');
    expect(panes(twoLines).notes).toBe(3);
    expect(panes(twoLines).estimator).toBe(oneLine.estimator - 1);
    for (let i = 0; i < 10; i++) await sendKeys(app, `\rline ${i}`);
    const full = await waitForText(app, 'line 9');
    expect(panes(full).notes).toBe(layout.notesHeight);
    expect(panes(full).estimator).toBe(layout.panelHeight);
    expect(panes(full).lines).toBeLessThan(24);
  });

  test('a session reopened with long notes shows them in the notes\' full share', async () => {
    const app = await open(Array.from({ length: 12 }, (_, i) => `note ${i}`).join('\n'));
    expect(panes(app.lastFrame()!).notes).toBe(practiceLayout(80, 24).notesHeight);
  });
});

describe('estimatorSplit', () => {
  test('the split moves only when the text gains or loses a row, so typing within a line redraws no more', () => {
    for (const [columns, rows] of [[80, 24], [120, 40], [40, 12]] as const) {
      const layout = practiceLayout(columns, rows);
      const total = layout.panelHeight + layout.notesHeight;
      let previous = estimatorSplit(layout, 1);
      for (let noteRows = 1; noteRows <= 60; noteRows++) {
        const split = estimatorSplit(layout, noteRows);
        expect(split.panelHeight + split.notesHeight).toBe(total);
        expect(split.notesHeight).toBeLessThanOrEqual(layout.notesHeight);
        expect(split.notesHeight).toBeGreaterThanOrEqual(Math.min(2, layout.notesHeight));
        expect(split.notesHeight - previous.notesHeight).toBeGreaterThanOrEqual(0);
        expect(split.notesHeight - previous.notesHeight).toBeLessThanOrEqual(1);
        previous = split;
      }
    }
  });
});
