import { applyConventionFlag, CONVENTION_FLAGS, DEFAULT_CONVENTIONS, type ConventionFlag, type Conventions } from '../core/conventions.js';

/**
 * The convention flags every command that computes numbers takes (estimate,
 * practice, mock, drill): one option spec, one parser and one help block, so
 * `--month 30.42d` means the same wherever it is typed.
 */
export const CONVENTION_OPTIONS = {
  day: { type: 'string' },
  month: { type: 'string' },
  year: { type: 'string' },
  storage: { type: 'string' },
  bandwidth: { type: 'string' },
  servers: { type: 'string' },
} as const;

/** The help lines for the flags above, indented as every command's help is. */
export const CONVENTIONS_HELP = `Conventions (printed with every estimate)
      --day 86400|1e5           seconds in a day (default 86400)
      --month 30d|30.42d|2.5Ms  a month in days, 28 to 31 (30.42d is
                                365/12), or the quick-math 2.5 M seconds
                                (default 30d); hourly prices x hours in
                                this month = monthly
      --year 365d|12mo          365 days or 12 months (default 365d)
      --storage decimal|binary  KB = 1,000 B or 1,024 B (default decimal)
      --bandwidth bytes|bits    show bandwidth in B/s or bit/s (default
                                bytes)
      --servers load|dau        count servers from peak load (default), or
                                as Educative's course does: DAU / the daily
                                users one server serves (a limit, with its
                                source)`;

/** Each convention flag's ready-made values (`storage` -> decimal, binary) for shell completion: the forms typed as they are, not the prose. */
export const CONVENTION_VALUES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(CONVENTION_FLAGS).map(([flag, spec]) => [flag.slice(2), (spec.accepted as readonly string[]).filter((value) => !value.includes(' '))]),
);

/** Whether any convention flag was given, so a resumed session's own conventions are kept otherwise. */
export function hasConventionFlags(values: Partial<Record<string, unknown>>): boolean {
  return (Object.keys(CONVENTION_FLAGS) as ConventionFlag[]).some((flag) => typeof values[flag.slice(2)] === 'string');
}

/** Convention flags into a Conventions value, starting from `base` (the defaults unless given). */
export function conventionsFromFlags(values: Partial<Record<string, unknown>>, base: Conventions = DEFAULT_CONVENTIONS): Conventions {
  let conventions = base;
  for (const flag of Object.keys(CONVENTION_FLAGS) as ConventionFlag[]) {
    const raw = values[flag.slice(2)];
    if (typeof raw === 'string') conventions = applyConventionFlag(conventions, flag, raw);
  }
  return conventions;
}
