const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * "2026-11-21 10:05" in this machine's time zone. Times are stored in UTC
 * (ISO strings); lists show them the way the user's clock read at the time.
 */
export function localTime(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
