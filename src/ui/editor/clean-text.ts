/**
 * Text as it may be stored: typed or pasted into the notes editor, piped into
 * the plain walk, or read back from a session file. Kept apart from the
 * editor (and its string-width import) so the plain walk can use it without
 * loading what only the screens need.
 */

const TAB = '  ';

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` without lone surrogates (half an emoji from a broken paste or file): they cannot be saved as UTF-8. */
export const withoutLoneSurrogates = (text: string): string => text.replace(LONE_SURROGATE, '');

/**
 * Typed or pasted text made safe to store: Windows and old-Mac line ends become \n, tabs spaces;
 * escape sequences, other control characters and lone surrogates (which cannot be saved as UTF-8) go.
 */
export function cleanText(text: string): string {
  return withoutLoneSurrogates(
    text
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, TAB)
      .replace(/\x1b\[[0-9;]*[A-Za-z~]/g, '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/g, ''),
  );
}
