import { describe, expect, test } from 'vitest';
import { ArchitectureView } from '../../src/ui/components/architecture-view.js';
import { lineInput } from '../../src/ui/editor/line-input.js';
import { columns } from '../../src/ui/editor/graphemes.js';
import { unmountedAfterEach } from './ink-helpers.js';

const EMPTY = { added_components: [], removed_components: [], added_connections: [], removed_connections: [] };

describe('the architecture editor view', () => {
  const render = unmountedAfterEach();

  test('a refusal longer than its two rows ends with an ellipsis, within the width', async () => {
    const error = `no component 'edge proxy' in your design; yours are ${Array.from({ length: 12 }, (_, i) => `[Service ${i + 1}]`).join(', ')}`;
    const open = await render(<ArchitectureView edits={EMPTY} selected={0} field={{ mode: 'connection', input: lineInput('edge proxy -> api'), error }} focused width={40} height={10} />);
    const rows = (open.lastFrame() ?? '').split('\n');
    const refusal = rows.slice(rows.findIndex((r) => r.startsWith('✗')));
    expect(refusal).toHaveLength(2);
    expect(refusal[1]!.trimEnd()).toMatch(/…$/);
    for (const row of rows) expect(columns(row)).toBeLessThanOrEqual(40);
  });

  test('a design longer than its rows says how many rows are above and below, and keeps the chosen one in view', async () => {
    const added_components = Array.from({ length: 12 }, (_, i) => ({ id: `s${i + 1}`, label: `Service ${i + 1}`, kind: 'service' as const }));
    const edits = { ...EMPTY, added_components };
    // 12 components under their heading, then Connections and its empty line: 15 rows in 8.
    const top = (await render(<ArchitectureView edits={edits} selected={0} field={undefined} focused width={40} height={8} />)).lastFrame()!.split('\n');
    expect(top).toHaveLength(8);
    expect(top[0]).toBe('Components');
    expect(top[1]).toMatch(/^> \[Service 1\]/);
    expect(top[7]).toBe('  ↓ 8 more');
    const bottom = (await render(<ArchitectureView edits={edits} selected={11} field={undefined} focused width={40} height={8} />)).lastFrame()!.split('\n');
    expect(bottom[0]).toBe('  ↑ 8 more');
    expect(bottom.join('\n')).toMatch(/^> \[Service 12\]/m);
    expect(bottom.join('\n')).not.toMatch(/↓ \d+ more/);
    const middle = (await render(<ArchitectureView edits={edits} selected={6} field={undefined} focused width={40} height={8} />)).lastFrame()!.split('\n');
    expect(middle[0]).toMatch(/^ {2}↑ \d+ more$/);
    expect(middle[7]).toMatch(/^ {2}↓ \d+ more$/);
    expect(middle.join('\n')).toMatch(/^> \[Service 7\]/m);
    // Counted: the rows between the signs and the two counts make all 15.
    const counts = middle.join(' ').match(/\d+(?= more)/g)!.map(Number);
    expect(6 + counts[0]! + counts[1]!).toBe(15);
  });

  test('the hints under empty headings say to leave the notes first while they have the focus', async () => {
    const open = await render(<ArchitectureView edits={EMPTY} selected={0} field={undefined} focused={false} notesFocused width={58} height={6} />);
    expect(open.lastFrame()).toContain('none yet: Esc, then a adds one (name : kind)');
    expect(open.lastFrame()).toContain('none yet: Esc, then c connects two (from -> to : label)');
  });
});
