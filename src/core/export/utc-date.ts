/**
 * A moment in UTC as en-GB ICU data writes it (`Mon, 30 Nov 2026` and
 * `09:30`), by hand: the first Intl.DateTimeFormat in a process loads ICU,
 * which costs more than the whole export. test/core/export/utc-date.test.ts
 * compares it with Intl.DateTimeFormat over the whole date range.
 */

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/** `Mon, 30 Nov 2026`. Years before 1 are written as ICU writes them without an era (year 0 is 1 BC, so `1`). */
export function utcDay(date: Date): string {
  const year = date.getUTCFullYear();
  return `${WEEKDAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${year > 0 ? year : 1 - year}`;
}

/** `09:30`, on a 24-hour clock. */
export function utcTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
}
