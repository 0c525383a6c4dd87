import type { PriceTable } from '../../core/prices/schema.js';
import type { ReferenceCard } from '../../core/reference/schema.js';
import { wrapText } from '../editor/wrap.js';
import { HELP_SECTIONS, helpRows } from '../keymap.js';
import { numberText } from '../../core/units/number-text.js';

/** A page of an overlay: a title and its rows, already wrapped to the width. */
export interface OverlayPage {
  readonly title: string;
  readonly lines: readonly string[];
}

const pad = (text: string, width: number): string => (text.length >= width ? text : text + ' '.repeat(width - text.length));

function table(rows: readonly (readonly [string, string])[], width: number): string[] {
  const left = Math.min(Math.max(...rows.map(([a]) => a.length), 4) + 2, Math.floor(width * 0.6));
  return rows.flatMap(([a, b]) => wrapText(`${pad(a.length >= left ? `${a.slice(0, left - 2)}… ` : a, left)}${b}`, width, ' '.repeat(left)));
}

const nice = (n: number): string => numberText(n, { maxFraction: 3 });

/**
 * Reference cards as pages: one per latency lineage (figures from different
 * lineages are never mixed on one page), then powers of two, time,
 * availability, and the price table.
 */
export function referencePages(cards: readonly ReferenceCard[], prices: PriceTable | undefined, width: number): OverlayPage[] {
  const pages: OverlayPage[] = [];
  const notes = (texts: readonly (string | undefined)[]) => texts.filter((t): t is string => !!t).flatMap((t) => wrapText(`Note: ${t}`, width, '  '));
  /** A card that is one table: its rows, then where the figures come from, then its notes. */
  const tablePage = (
    card: { title: string; source: string; date: string; notes: readonly string[] },
    rows: readonly (readonly [string, string])[],
    sourceNote = '',
  ): OverlayPage => ({
    title: card.title,
    lines: [...table(rows, width), '', ...wrapText(`Source: ${card.source} (${card.date})${sourceNote}`, width, '  '), ...notes(card.notes)],
  });
  for (const card of cards) {
    switch (card.kind) {
      case 'latency':
        for (const lineage of card.lineages) {
          const rows = lineage.rows.map((r) => [r.label, `${nice(r.value)} ${r.unit}${r.note ? ` (${r.note})` : ''}`] as const);
          const rates = lineage.rates.map((r) => [r.label, `${nice(r.value)}${r.value_max ? `-${nice(r.value_max)}` : ''} ${r.unit}`] as const);
          pages.push({
            title: `${card.title}: ${lineage.label} [${lineage.basis}]`,
            lines: [
              ...wrapText(`Source: ${lineage.source} (${lineage.date}). Compare figures within one lineage only.`, width, '  '),
              '',
              ...table([...rows, ...rates], width),
              ...notes([lineage.note, ...card.notes]),
            ],
          });
        }
        break;
      case 'powers_of_two':
        pages.push(
          tablePage(
            card,
            card.rows.map((r) => [
              `2^${r.power}`,
              `${nice(r.exact)}  ~ ${r.approx}${r.decimal_unit ? `  ${r.decimal_unit}${r.binary_unit ? `/${r.binary_unit}` : ''}` : ''}${r.drift_percent !== undefined ? ` (binary +${r.drift_percent}%)` : ''}`,
            ]),
          ),
        );
        break;
      case 'time':
        pages.push(tablePage(card, card.rows.map((r) => [r.label, `${nice(r.seconds)} s${r.approx ? `  (${r.approx})` : ''}`])));
        break;
      case 'availability':
        pages.push(
          tablePage(
            card,
            [['availability', 'down per year / month / week / day'], ...card.rows.map((r) => [`${r.percent}%`, `${r.per_year} / ${r.per_month} / ${r.per_week} / ${r.per_day}`] as const)],
            '; a month is 30 days, a year 365 days.',
          ),
        );
        break;
    }
  }
  if (prices) {
    pages.push({
      title: `Price table (as of ${prices.as_of})`,
      lines: [
        ...(prices.region ? wrapText(prices.region, width, '  ') : []),
        '',
        ...prices.prices.flatMap((p) => [...wrapText(`price_${p.key}: ${p.value}`, width, '  '), ...wrapText(`  ${p.label}; ${p.source} (${p.as_of ?? prices.as_of})`, width, '    ')]),
        '',
        ...wrapText('Hourly prices become monthly x the hours in your month convention (720 h in a 30-day month). Change one for this session in the cost step, or for good in $HLD_HOME/prices.yaml.', width, '  '),
      ],
    });
  }
  return pages;
}

/** The help overlay: every binding of the keymap, grouped by where it applies. */
export function helpPage(width: number): OverlayPage {
  const lines: string[] = [];
  for (const section of HELP_SECTIONS) {
    const rows = helpRows(section.contexts);
    if (rows.length === 0) continue;
    if (lines.length) lines.push('');
    lines.push(section.title);
    lines.push(...table(rows.map((r) => [`  ${r.keys}`, r.description]), width));
  }
  lines.push(
    '',
    'Values (the same syntax as hld estimate --set)',
    ...wrapText('  300M, 1.5B, 20K, 2 KB, 500 bytes, 20%, 10^5, 1e9, 100M / day, 5 Mbps, 4 s, or an expression over other assumptions such as mau * 0.5.', width, '  '),
    '',
    ...wrapText('Notes, done marks, hints shown, assumption changes and architecture edits are saved as you go.', width),
  );
  return { title: 'Keys', lines };
}
