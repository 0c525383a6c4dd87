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

  test('the hints under empty headings say to leave the notes first while they have the focus', async () => {
    const open = await render(<ArchitectureView edits={EMPTY} selected={0} field={undefined} focused={false} notesFocused width={58} height={6} />);
    expect(open.lastFrame()).toContain('none yet: Esc, then a adds one (name : kind)');
    expect(open.lastFrame()).toContain('none yet: Esc, then c connects two (from -> to : label)');
  });
});
