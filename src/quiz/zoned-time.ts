/**
 * Wall-clock arithmetic in IANA time zones with nothing but `Intl`: the local date and time of
 * an instant, and the instant of a local date and time. Local dates (`YYYY-MM-DD`) are the keys
 * of daily posts, so a daylight-saving change can neither skip nor double a day.
 */

/** A wall-clock reading in some zone. */
export interface LocalDateTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** True when `timeZone` is an IANA zone this runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The canonical spelling of a zone (`asia/tokyo` → `Asia/Tokyo`), or null when unknown. */
export function canonicalTimeZone(timeZone: string): string | null {
  if (!isValidTimeZone(timeZone)) return null;
  return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
}

function parts(at: number, timeZone: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(at))) out[p.type] = p.value;
  return out;
}

/** The wall clock in `timeZone` at instant `at` (epoch ms). */
export function localDateTime(at: number, timeZone: string): LocalDateTime {
  const p = parts(at, timeZone);
  return {
    date: `${p.year}-${p.month}-${p.day}`,
    weekday: WEEKDAYS.indexOf(p.weekday ?? 'Sun'),
    hour: Number(p.hour),
    minute: Number(p.minute),
  };
}

/** Offset of `timeZone` from UTC at instant `at`, in ms (Tokyo: +9 h). */
function offsetAt(at: number, timeZone: string): number {
  const p = parts(at, timeZone);
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return asUtc - (at - (at % 1000));
}

/**
 * The instant when the wall clock in `timeZone` shows `date` `hh:mm`. A time that does not exist
 * (skipped by a spring-forward change) resolves to the same offset as before the change, i.e. an
 * hour later on the wall clock; an ambiguous time (fall back) resolves to its first occurrence.
 */
export function zonedInstant(date: string, hour: number, minute: number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const naive = Date.UTC(y, m - 1, d, hour, minute);
  // Two passes settle on the offset in force at the target instant.
  const first = naive - offsetAt(naive, timeZone);
  const second = naive - offsetAt(first, timeZone);
  if (second === first) return first;
  const third = naive - offsetAt(second, timeZone);
  return Math.max(second, third);
}

/** `YYYY-MM-DD` plus `days` (calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Weekday of a calendar date, 0 = Sunday. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
