/**
 * Calendar buckets of a local date (`YYYY-MM-DD` in the channel's time zone). Pure: the caller
 * turns a timestamp into a local date; these only do calendar arithmetic on it.
 *
 * Weeks are ISO 8601 weeks: they start on Monday, and week 1 is the week holding the year's first
 * Thursday, so `2027-01-01` (a Friday) is in `2026-W53` and `2024-12-30` (a Monday) in `2025-W01`.
 */

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Parses and checks a local date; throws a {@link RangeError} naming the bad value. */
export function parseLocalDate(localDate: string): { year: number; month: number; day: number } {
  const m = LOCAL_DATE.exec(localDate);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (
      probe.getUTCFullYear() === year &&
      probe.getUTCMonth() === month - 1 &&
      probe.getUTCDate() === day
    ) {
      return { year, month, day };
    }
  }
  throw new RangeError(
    `"${localDate}" is not a local date: expected a real calendar date as YYYY-MM-DD, e.g. 2026-11-28`,
  );
}

/** True when `localDate` is a real calendar date written `YYYY-MM-DD`. */
export function isLocalDate(localDate: string): boolean {
  try {
    parseLocalDate(localDate);
    return true;
  } catch {
    return false;
  }
}

/** ISO week key, e.g. `2026-W48`. Weeks start on Monday. */
export function weekKey(localDate: string): string {
  const { year, month, day } = parseLocalDate(localDate);
  const date = Date.UTC(year, month - 1, day);
  const isoWeekday = ((new Date(date).getUTCDay() + 6) % 7) + 1; // Monday 1 … Sunday 7
  const thursday = new Date(date + (4 - isoWeekday) * DAY_MS);
  const isoYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / DAY_MS / 7) + 1;
  return `${isoYear}-W${String(week).padStart(2, '0')}`;
}

/** Month key, e.g. `2026-11`. */
export function monthKey(localDate: string): string {
  const { year, month } = parseLocalDate(localDate);
  return `${year}-${String(month).padStart(2, '0')}`;
}
