/**
 * Where wrapped rows split what should stay together: a row that ends with a number whose unit starts the next
 * row ("175" | "MB"), or with an operator whose number does ("x" | "30"). Written apart from the wrap's own rules,
 * so a test with it checks what a reader sees. `continues` says which rows continue the row above (by default all).
 */
export function splitsAtWraps(rows: readonly string[], continues: (row: string) => boolean = () => true): string[] {
  return rows.slice(1).flatMap((row, i) => {
    if (!continues(row)) return [];
    const last = rows[i]!.trimEnd().split(' ').at(-1)!;
    const first = row.trimStart().split(' ')[0]!;
    const numberFromUnit = /^\(?\$?[\d,.]+%?$/.test(last) && /^[A-Za-z%/]/.test(first) && !['x', '/'].includes(first);
    const operatorFromNumber = ['x', '/', '=', '+', '*'].includes(last) && /^\(?\$?\d/.test(first);
    return numberFromUnit || operatorFromNumber ? [`${rows[i]} | ${row}`] : [];
  });
}
