import { act } from 'react';
import { describe, expect, test } from 'vitest';
import { loadProblem } from '../../src/core/problem/load.js';
import { memorySessionStore } from '../../src/core/session/session-store.js';
import { loadFramework } from '../../src/core/template/load.js';
import { PracticeApp } from '../../src/ui/components/practice-app.js';
import { changeText, INPUT_GROUPS, rowsOf, selectedRow, selectKey, spreadRange } from '../../src/ui/practice/estimator.js';
import { relationsOf } from '../../src/ui/practice/estimator-relations.js';
import { estimatorZoomed, initialPracticeState, type PracticeState } from '../../src/ui/practice/state.js';
import { renderPracticeFrame } from '../../src/ui/render-frame.js';
import { sendKeys, unmountedAfterEach, waitForText } from './ink-helpers.js';
import { makeContext, makeSession, press } from './practice-fixture.js';

/** The capacity step (5th of the 14-step template) with the estimator focused. */
const onEstimator = (patch = {}, size: [number, number] = [80, 24], problem?: string): PracticeState => {
  const ctx = problem ? { ...makeContext(), problem: loadProblem(problem) } : makeContext();
  const session = makeSession({ current_step: 4, ...(problem ? { problem } : {}), ...patch });
  return press(initialPracticeState(ctx, session, size[0], size[1]), 'backtab');
};
const chosen = (s: PracticeState) => selectedRow(s.estimator, 'estimation')!;
/** A frame drawn inside act(), as test/setup.ts requires of every React render. */
const frame = (s: PracticeState): string => {
  let text = '';
  act(() => {
    text = renderPracticeFrame({ state: s, env: { NO_COLOR: '1' } });
  });
  return text;
};
/** Down until the chosen row passes `wanted`. */
function downTo(s: PracticeState, wanted: (key: string, group: string) => boolean): PracticeState {
  for (let i = 0; i < 200 && !wanted(chosen(s).key, chosen(s).group); i++) s = press(s, 'down');
  return s;
}
const rowLine = (text: string, label: string) => text.split('\n').find((line) => line.includes(label)) ?? '';

describe('estimator table: relations', () => {
  test('an assumption marks what it drives; an estimate marks its inputs and theirs', () => {
    const s = onEstimator();
    expect(chosen(s).key).toBe('users');
    const drives = relationsOf(s.estimator.shown!, chosen(s));
    expect(drives.get('write_qps')).toBe('drives');
    expect(drives.get('peak_qps')).toBe('drives');
    expect(drives.has('item_size')).toBe(false);

    // Down to Peak QPS: made of the two peaks directly, of users, writes, ratio and peak factor further down.
    const onPeak = downTo(s, (key) => key === 'peak_qps');
    const inputs = relationsOf(onPeak.estimator.shown!, chosen(onPeak));
    expect(inputs.get('peak_write_qps')).toBe('input');
    expect(inputs.get('peak_read_qps')).toBe('input');
    expect(inputs.get('users')).toBe('deeper-input');
    expect(inputs.get('peak_factor')).toBe('deeper-input');
    expect(inputs.has('item_size')).toBe(false);
  });

  test('zoomed at 80x24, both columns show and the marks sit on the related rows', () => {
    const s = press(onEstimator(), 'z');
    expect(estimatorZoomed(s)).toBe(true);
    const text = frame(s);
    expect(text.split('\n').length).toBeLessThanOrEqual(23);
    expect(rowLine(text, 'Assumptions (editable)')).toContain('Estimates');
    expect(rowLine(text, 'Write QPS')).toMatch(/▸ Write QPS/);
    expect(rowLine(text, 'Storage total')).toMatch(/▸ Storage total/);
    expect(rowLine(text, 'Item size')).toMatch(/^ {2}Item size/);
    expect(text).toMatch(/▸ drives \d+: DAU, Write QPS/);
    // z again: back to the steps and notes.
    expect(frame(press(s, 'z'))).toContain('Steps (');
  });
});

describe('estimator table cut to the terminal', () => {
  /** The column (left: from column 0, right: from column 40) of a zoomed 80x24 frame, as its rows. */
  const columnOf = (text: string, side: 'left' | 'right') => text.split('\n').map((l) => (side === 'left' ? l.slice(0, 39) : l.slice(40)).trimEnd());

  test('each column says how many of its rows are above and below the cut, in place of the row there', () => {
    const s = press(onEstimator(), 'z');
    const inputs = rowsOf(s.estimator, 'estimation').filter((r) => INPUT_GROUPS.includes(r.group));
    const top = columnOf(frame(s), 'left');
    const heading = top.findIndex((l) => l.startsWith('Assumptions (editable)'));
    const below = top.findIndex((l) => /^ {2}↓ \d+ more$/.test(l));
    expect(heading).toBeGreaterThan(0);
    expect(below).toBeGreaterThan(heading);
    expect(top.some((l) => /↑ \d+ more/.test(l))).toBe(false);
    // Counted: the rows shown above the sign and the count make the whole column.
    expect(below - heading + Number(/(\d+) more/.exec(top[below]!)![1])).toBe(inputs.length);

    // Down to the last assumption: the rows above are counted, the chosen one is in view, nothing is below.
    const last = inputs.filter((r) => r.type === 'value').at(-1)!;
    const end = downTo(s, (key) => key === last.key);
    const bottom = columnOf(frame(end), 'left');
    expect(bottom.some((l) => /^ {2}↑ \d+ more$/.test(l))).toBe(true);
    expect(bottom.some((l) => /↓ \d+ more/.test(l))).toBe(false);
    expect(bottom.some((l) => l.startsWith('> '))).toBe(true);
    // The right column is cut too: the estimates below the last row in view are counted.
    expect(columnOf(frame(end), 'right').filter((l) => /^ {2}↓ \d+ more$/.test(l))).toHaveLength(1);
  });

  test('in the pane beside the steps, one column says how many rows are below', () => {
    const text = frame(onEstimator());
    expect(text).toMatch(/ {2}↓ \d+ more/);
    expect(text).not.toMatch(/↑ \d+ more/);
    expect(text).toContain('> ');
  });
});

describe('estimator table: change, ranges, checks, conventions', () => {
  test('an output shows its change from the defaults', () => {
    const s = onEstimator({ overrides: { users: '2400' } });
    const row = rowsOf(s.estimator, 'estimation').find((r) => r.type === 'value' && r.key === 'write_qps');
    expect(row && row.type === 'value' && changeText(row.change)).toBe('2.4x');
    expect(rowLine(frame(press(s, 'z')), 'Write QPS')).toContain('2.4x');
    expect(changeText(1.001)).toBe('');
    expect(changeText(0.5)).toBe('0.5x');
    expect(spreadRange('29 K/s', '116 K/s')).toBe('29–116 K/s');
    expect(spreadRange('900/s', '1.2 K/s')).toBe('900/s–1.2 K/s');
  });

  test('a range typed as low to high gives P5-P95 beside each value it reaches', () => {
    const s = onEstimator({ overrides: { users: '500 to 2000' } });
    const text = frame(press(s, 'z'));
    expect(rowLine(text, 'Write QPS')).toMatch(/\d–[\d.]+/);
    expect(text).toContain('P5 ');
  });

  test('design checks are rows, recomputed with the assumptions, and flip inside a range', () => {
    const base = onEstimator({}, [120, 40], 'twitter');
    const checks = () => rowsOf(base.estimator, 'estimation').filter((r) => r.type === 'value' && r.group === 'check');
    expect(checks().length).toBeGreaterThan(0);
    const onCheck = downTo(press(base, 'z'), (_, group) => group === 'check');
    const text = frame(onCheck);
    expect(text).toContain('Design checks');
    expect(text).toMatch(/> .*OVER [\d.]+x/);
    // Chosen, a check says what it compares and what follows; the rows it compares are marked.
    expect(text).toMatch(/OVER: .* vs ~.* for one /);
    expect(text).toContain('◂ compares');
    // Few enough users that one primary takes the writes: the verdict changes with the assumption.
    const small = onEstimator({ overrides: { mau: '1M' } }, [120, 40], 'twitter');
    const verdicts = (s: PracticeState) =>
      rowsOf(s.estimator, 'estimation').flatMap((r) => (r.type === 'value' && r.group === 'check' ? [`${r.key} ${r.display.split(' ')[0]}`] : []));
    expect(verdicts(small)).not.toEqual(verdicts(base));
    const ranged = onEstimator({ overrides: { mau: '100M to 4B' } }, [120, 40], 'twitter');
    expect(verdicts(ranged).some((v) => v.endsWith('FLIPS'))).toBe(true);
  });

  test('a mock shows no design checks', () => {
    const s = onEstimator({ mode: 'mock' }, [120, 40], 'twitter');
    expect(rowsOf(s.estimator, 'estimation').some((r) => r.group === 'check')).toBe(false);
  });

  test('c goes to the conventions, then moves the chosen one to its next choice and recomputes', () => {
    const s = onEstimator();
    const before = s.estimator.shown!.get('write_qps')!.value;
    const atConventions = press(s, 'c');
    expect(chosen(atConventions).key).toBe('convention:secondsPerDay');
    expect(atConventions.session.conventions).toEqual(s.session.conventions);
    const quick = press(atConventions, 'c');
    expect(quick.session.conventions?.secondsPerDay).toBe(100_000);
    expect(quick.estimator.shown!.get('write_qps')!.value).toBeCloseTo((before * 86_400) / 100_000);
    expect(chosen(quick).key).toBe('convention:secondsPerDay');
    const month = press(quick, 'down', 'return');
    expect(month.session.conventions?.month).toBe('30.42d');
    expect(frame(month)).toContain('10^5 s/day · 30.42-day month');
  });

  test('the servers rule is a convention row: Enter counts servers from daily users (DAU / 8 K) and back', () => {
    const s = press(onEstimator({}, [120, 40], 'twitter'), 'c');
    const atServers = press(s, 'down', 'down', 'down', 'down', 'down');
    expect(chosen(atServers).key).toBe('convention:servers');
    expect(chosen(atServers).type === 'value' && chosen(atServers).display).toBe('peak load');
    const byUsers = press(atServers, 'return');
    expect(byUsers.session.conventions?.servers).toBe('dau');
    const dau = byUsers.estimator.shown!.get('dau')!.value;
    expect(byUsers.estimator.shown!.get('servers')!.value).toBe(Math.ceil(dau / 8000));
    expect(frame(byUsers)).toContain('servers by DAU');
    // The count from peak load is a row of its own now, above the conventions: the choice stays on the servers row.
    expect(byUsers.estimator.shown!.get('servers_by_load')!.value).toBe(s.estimator.shown!.get('servers')!.value);
    expect(chosen(byUsers).key).toBe('convention:servers');
    // The servers line names the course's figure and that the course gives it no date (not the table's date).
    const onServersLine = { ...byUsers, estimator: selectKey(byUsers.estimator, 'estimation', 'servers') };
    expect(chosen(onServersLine).key).toBe('servers');
    const servers = frame(onServersLine);
    expect(servers).toMatch(/limit_daily_users_per_server: Educative, Grokking Modern System Design/);
    expect(servers).toContain('(undated)');
    // The compute cost prices those servers, and its row says so (not the problem's 'API servers and fan-out workers').
    const onCompute = { ...byUsers, estimator: selectKey(byUsers.estimator, 'estimation', 'cost_compute') };
    expect(chosen(onCompute).key).toBe('cost_compute');
    expect(chosen(onCompute).type === 'value' && chosen(onCompute).label).toBe("Servers by daily users (a course's rule of thumb)");
    expect(frame(onCompute)).toContain('Servers by daily users');
    expect(frame(onCompute)).not.toContain('API servers and fan-out workers');
    const back = press(byUsers, 'return');
    expect(back.estimator.shown!.costs.find((c) => c.key === 'cost_compute')!.label).toBe('API servers and fan-out workers');
    expect(back.session.conventions?.servers).toBe('load');
    expect(back.estimator.shown!.get('servers')!.value).toBe(s.estimator.shown!.get('servers')!.value);
  });
});

describe('estimator table on the screen (ink-testing-library)', () => {
  const render = unmountedAfterEach();

  test('typing a range recomputes the spreads as you type, and Enter keeps it', async () => {
    const store = memorySessionStore(makeSession({ current_step: 4 }));
    const open = await render(<PracticeApp ctx={makeContext()} store={store} clock={false} onExit={() => {}} />);
    await waitForText(open, 'Live estimator');
    await sendKeys(open, '\x1b[Z');
    await waitForText(open, /> Daily users/);
    await sendKeys(open, 'z');
    await waitForText(open, 'whole screen');
    await sendKeys(open, '\r');
    await waitForText(open, 'Enter keeps it');
    await sendKeys(open, '\x15');
    await sendKeys(open, '500 to 2000');
    await waitForText(open, /P5 [\d.]+ · P50/);
    await sendKeys(open, '\r');
    const after = await waitForText(open, /▸ Write QPS/);
    expect(rowLine(after, 'Write QPS')).toMatch(/–/);
    expect(store.session.overrides).toEqual({ users: '500 to 2000' });
    expect(loadFramework('hld14').steps[4]!.kind).toBe('estimation');
  });
});
