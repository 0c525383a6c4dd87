import { describe, expect, it } from 'vitest';
import { quoted, shownValue, SHOWN_VALUE_MAX } from '../../src/core/shown-value.js';

describe('shownValue', () => {
  it('leaves ordinary text alone', () => {
    expect(shownValue('mau * 0.4')).toBe('mau * 0.4');
    expect(quoted('500M')).toBe("'500M'");
  });

  it('escapes line breaks, ESC and other control characters so the message stays one line', () => {
    expect(shownValue('a\nb\r\tc')).toBe('a\\nb\\r\\tc');
    expect(shownValue('\u001b[2J')).toBe('\\e[2J');
    expect(shownValue('x\u0007y\u2028z')).toBe('x\\u0007y\\u2028z');
  });

  it('cuts long values and says how long they were', () => {
    const long = '9'.repeat(130_000);
    const shown = shownValue(long);
    expect(shown.startsWith('9'.repeat(SHOWN_VALUE_MAX))).toBe(true);
    expect(shown).toContain('130,000 characters');
    expect(shown.length).toBeLessThan(SHOWN_VALUE_MAX + 30);
  });

  it('never splits a surrogate pair when cutting', () => {
    const emoji = '😀'.repeat(100);
    const shown = shownValue(emoji, 5);
    expect(shown.startsWith('😀'.repeat(5))).toBe(true);
    expect(shown).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
