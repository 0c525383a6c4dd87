import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFileError, UsageError } from '../../src/core/errors.js';
import { loadReferenceCard, loadReferenceCards, referenceFile } from '../../src/core/reference/load.js';
import {
  downtimeSeconds,
  parseDuration,
  type AvailabilityCard,
  type LatencyCard,
  type PowersOfTwoCard,
  type ReferenceCard,
  type TimeCard,
} from '../../src/core/reference/schema.js';

function card<Kind extends ReferenceCard['kind']>(kind: Kind): Extract<ReferenceCard, { kind: Kind }> {
  const found = loadReferenceCards().find((c) => c.kind === kind);
  if (!found) throw new Error(`no ${kind} card`);
  return found as Extract<ReferenceCard, { kind: Kind }>;
}

let scratch: string | undefined;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

/** The shipped reference.yaml with one exact piece of text replaced, in a scratch file. */
function editedCopy(from: string, to: string): string {
  const source = readFileSync(referenceFile(), 'utf8');
  expect(source.split(from)).toHaveLength(2); // the edit must hit exactly one place
  scratch = mkdtempSync(join(tmpdir(), 'hld-reference-'));
  const file = join(scratch, 'reference.yaml');
  writeFileSync(file, source.replace(from, to));
  return file;
}

describe('reference cards', () => {
  it('load the four cards in order', () => {
    expect(loadReferenceCards().map((c) => [c.id, c.kind])).toEqual([
      ['latency', 'latency'],
      ['powers-of-two', 'powers_of_two'],
      ['time', 'time'],
      ['availability', 'availability'],
    ]);
  });

  it('give every card and every row a source and a date', () => {
    const rows = loadReferenceCards().flatMap((c): { source: string; date: string }[] => {
      expect(c.source.length, c.id).toBeGreaterThan(0);
      expect(c.date.length, c.id).toBeGreaterThan(0);
      if (c.kind === 'latency') return c.lineages.flatMap((l) => [l, ...l.rows, ...l.rates]);
      return c.rows;
    });
    expect(rows.length).toBeGreaterThan(60);
    for (const row of rows) {
      expect(row.source).toMatch(/\S/);
      expect(row.date).toMatch(/\S/);
    }
  });

  it('a row that names its own source keeps it', () => {
    const billing = card('time').rows.find((r) => r.label === 'Billing month');
    expect(billing?.source).toMatch(/Infracost/);
    expect(card('time').rows.find((r) => r.label === '1 day')?.source).toBe(card('time').source);
  });
});

describe('latency lineages', () => {
  const latency = (): LatencyCard => card('latency');

  it('keep the four lineages apart, each under its own label and date', () => {
    const lineages = latency().lineages;
    expect(lineages.map((l) => l.id)).toEqual(['dean-2007', 'ladis-2009', 'primer-2012', 'napkin-math-2026']);
    expect(new Set(lineages.map((l) => l.label)).size).toBe(4);
    for (const lineage of lineages) {
      for (const row of [...lineage.rows, ...lineage.rates]) {
        expect(row.source, `${lineage.id}: ${row.label}`).toBe(lineage.source);
        expect(row.date, `${lineage.id}: ${row.label}`).toBe(lineage.date);
      }
    }
    expect(lineages.find((l) => l.id === 'napkin-math-2026')?.basis).toBe('measured');
    expect(lineages.filter((l) => l.basis === 'measured')).toHaveLength(1);
  });

  it('record the figures where the lineages disagree', () => {
    const figure = (lineage: string, label: string) => {
      const row = latency().lineages.find((l) => l.id === lineage)?.rows.find((r) => r.label === label);
      return row ? `${row.value} ${row.unit}` : undefined;
    };
    expect(figure('dean-2007', 'Mutex lock/unlock')).toBe('100 ns');
    expect(figure('ladis-2009', 'Mutex lock/unlock')).toBe('25 ns');
    expect(figure('dean-2007', 'Compress 1 KB with a fast codec')).toBe('10 us');
    expect(figure('ladis-2009', 'Compress 1 KB with a fast codec')).toBe('3 us');
    expect(figure('dean-2007', 'Read 1 MB sequentially from disk')).toBe('30 ms');
    expect(figure('ladis-2009', 'Read 1 MB sequentially from disk')).toBe('20 ms');
    expect(figure('primer-2012', 'Read 4 KB randomly from SSD')).toBe('150 us');
    expect(figure('napkin-math-2026', 'Random SSD read')).toBe('100 us');
    expect(figure('napkin-math-2026', 'Network round trip within a region')).toBe('250 us');
  });

  it('reject a slipped unit that puts a row out of order', () => {
    const file = editedCopy(
      '{ label: Send 2 KB over a 1 Gbps network, value: 20, unit: us }\n          - { label: Read 1 MB sequentially from memory, value: 250, unit: us }\n          - { label: Round trip within a datacenter, value: 500, unit: us }\n          - { label: Disk seek, value: 10, unit: ms }\n          - { label: Read 1 MB sequentially from the network, value: 10, unit: ms }\n          - { label: Read 1 MB sequentially from disk, value: 30',
      '{ label: Send 2 KB over a 1 Gbps network, value: 20, unit: us }\n          - { label: Read 1 MB sequentially from memory, value: 250, unit: ms }\n          - { label: Round trip within a datacenter, value: 500, unit: us }\n          - { label: Disk seek, value: 10, unit: ms }\n          - { label: Read 1 MB sequentially from the network, value: 10, unit: ms }\n          - { label: Read 1 MB sequentially from disk, value: 30',
    );
    expect(() => loadReferenceCards(file)).toThrow(DataFileError);
    expect(() => loadReferenceCards(file)).toThrow(`${file}: cards.0.lineages.0.rows.8.value: 500 us is faster than the row before it (250 ms)`);
  });
});

describe('availability', () => {
  const availability = (): AvailabilityCard => card('availability');
  const secondsIn = { per_year: 365 * 24 * 3600, per_month: 30 * 24 * 3600, per_week: 7 * 24 * 3600, per_day: 24 * 3600 };
  const unitSeconds: Record<string, number> = { ms: 0.001, s: 1, min: 60, h: 3600, d: 86400 };

  it('states 52.56 minutes a year for four nines', () => {
    const four = availability().rows.find((r) => r.percent === 99.99);
    expect(four?.per_year).toBe('52.56 min');
    expect(downtimeSeconds(99.99, 'per_year') / 60).toBeCloseTo(52.56, 9);
  });

  it('recomputes every stated downtime from its percentage', () => {
    const rows = availability().rows;
    expect(rows.map((r) => r.percent)).toEqual([99, 99.9, 99.95, 99.99, 99.999]);
    for (const row of rows) {
      for (const period of ['per_year', 'per_month', 'per_week', 'per_day'] as const) {
        // Independent of the schema: split "52.56 min" by hand and compare at the shown precision.
        const [digits = '', unit = ''] = row[period].split(' ');
        const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
        const exact = ((1 - row.percent / 100) * secondsIn[period]) / unitSeconds[unit]!;
        expect(Math.abs(Number(digits) - exact), `${row.percent}% ${period}`).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
      }
    }
  });

  it('rejects a typo in a downtime figure, naming the field and the right value', () => {
    const file = editedCopy('per_year: 52.56 min', 'per_year: 52.65 min');
    expect(() => loadReferenceCards(file)).toThrow(
      `${file}: cards.3.rows.3.per_year: 99.99% allows 52.56 min per year, not 52.65 min`,
    );
  });

  it('rejects a figure in the wrong unit', () => {
    const file = editedCopy('per_day: 8.64 s', 'per_day: 8.64 min');
    expect(() => loadReferenceCards(file)).toThrow(`${file}: cards.3.rows.3.per_day: `);
  });

  it('parses stated durations and keeps their precision', () => {
    expect(parseDuration('52.56 min')).toEqual({ value: 52.56, unit: 'min', decimals: 2, seconds: 52.56 * 60 });
    expect(parseDuration('864 ms')).toMatchObject({ decimals: 0, seconds: 0.864 });
    expect(parseDuration('52.56 minutes')).toBeUndefined();
    expect(parseDuration('52,56 min')).toBeUndefined();
  });
});

describe('powers of two and time', () => {
  it('holds exact powers and the binary/decimal drift', () => {
    const powers: PowersOfTwoCard = card('powers_of_two');
    for (const row of powers.rows) expect(row.exact, `2^${row.power}`).toBe(2 ** row.power);
    const drift = Object.fromEntries(powers.rows.filter((r) => r.binary_unit).map((r) => [r.binary_unit, r.drift_percent]));
    expect(drift).toEqual({ KiB: 2.4, MiB: 4.9, GiB: 7.4, TiB: 10, PiB: 12.6 });
    for (const row of powers.rows.filter((r) => r.drift_percent !== undefined)) {
      const exactDrift = (2 ** row.power / 10 ** ((row.power / 10) * 3) - 1) * 100;
      expect(Math.abs(exactDrift - row.drift_percent!)).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });

  it('rejects a wrong power of two', () => {
    const file = editedCopy('exact: 65536', 'exact: 65535');
    expect(() => loadReferenceCards(file)).toThrow(`${file}: cards.1.rows.1.exact: 2^16 is 65536, not 65535`);
  });

  it('rejects a wrong drift', () => {
    const file = editedCopy('drift_percent: 7.4', 'drift_percent: 7.3');
    expect(() => loadReferenceCards(file)).toThrow(`${file}: cards.1.rows.3.drift_percent: `);
  });

  it('converts hours to seconds, with the 30-day month and the 730-hour billing month', () => {
    const time: TimeCard = card('time');
    for (const row of time.rows) expect(row.seconds, row.label).toBe(row.hours * 3600);
    const seconds = Object.fromEntries(time.rows.map((r) => [r.label, r.seconds]));
    expect(seconds['1 day']).toBe(86_400);
    expect(seconds['30-day month']).toBe(2_592_000);
    expect(seconds['365-day year']).toBe(31_536_000);
    expect(seconds['Billing month']).toBe(730 * 3600);
  });
});

describe('looking up one card', () => {
  it('finds a card by id', () => {
    expect(loadReferenceCard('availability').kind).toBe('availability');
  });

  it('suggests the nearest id for a typo', () => {
    expect(() => loadReferenceCard('availabilty')).toThrow(UsageError);
    expect(() => loadReferenceCard('availabilty')).toThrow(/unknown reference card 'availabilty'.*did you mean 'availability'\?/);
  });
});
