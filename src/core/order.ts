/**
 * Strings in code-unit order, for ids and ISO timestamps. For those (ASCII
 * letters, digits and a few marks, in one format) it is the order
 * localeCompare gives, without loading ICU, which costs more than sorting.
 * test/core/order.test.ts holds the two orders side by side.
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
