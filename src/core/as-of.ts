/**
 * When a source said a figure. Some sources give no date (a course revised
 * without editions); their rows say `as_of: undated` and read as undated
 * everywhere, never as the date their table was checked, which a reader
 * would take for the source's own.
 */

/** How an undated row is written in a data file and shown. */
export const UNDATED = 'undated';

/** A row's date as shown: `2025`, `2025-06-30`, or `undated`. */
export const asOfText = (asOf: string | null): string => asOf ?? UNDATED;
