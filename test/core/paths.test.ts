import { homedir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { hldHome } from '../../src/core/paths.js';

test('the user folder: HLD_HOME, else an absolute XDG_DATA_HOME, else ~/.local/share', () => {
  expect(hldHome({ HLD_HOME: '/h', XDG_DATA_HOME: '/x' })).toBe('/h');
  expect(hldHome({ XDG_DATA_HOME: '/x/data' })).toBe('/x/data/hld-dojo');
  expect(hldHome({})).toBe(join(homedir(), '.local', 'share', 'hld-dojo'));
  expect(hldHome({ XDG_DATA_HOME: '' })).toBe(join(homedir(), '.local', 'share', 'hld-dojo'));
});

test('a relative XDG_DATA_HOME is ignored, as the XDG Base Directory spec requires (issue 11)', () => {
  expect(hldHome({ XDG_DATA_HOME: 'data' })).toBe(join(homedir(), '.local', 'share', 'hld-dojo'));
  expect(hldHome({ XDG_DATA_HOME: './.local/share' })).toBe(join(homedir(), '.local', 'share', 'hld-dojo'));
});
