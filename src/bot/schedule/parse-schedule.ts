/**
 * Reads the words of `/quiz schedule [HH:MM] [daily|weekdays|mon,wed,…] [TIMEZONE]` or `off`.
 * The words may come in any order; each is recognised by its shape, and whatever is neither a
 * time nor days is read as a time zone the way people type one (`tokyo`, `JST`, `EST5EDT`). Pure.
 */
import { resolveTimeZone } from '../../shared/time-zones.ts';

/** What the user asked for. Omitted parts keep the channel's current value. */
export type ScheduleRequest =
  | { kind: 'show' }
  | { kind: 'off' }
  | { kind: 'set'; time?: string; days?: number[]; timezone?: string };

/** Why the words could not be read; `token` is the word at fault. */
export type ScheduleError =
  | { code: 'bad_time'; token: string }
  | { code: 'bad_days'; token: string }
  | { code: 'bad_timezone'; token: string; suggestions: string[]; ambiguous: boolean }
  | { code: 'unexpected'; token: string }
  | { code: 'repeated'; token: string };

const DAY_NAMES: Record<string, number> = {
  sun: 0,
  sunday: 0,
  日: 0,
  mon: 1,
  monday: 1,
  月: 1,
  tue: 2,
  tuesday: 2,
  火: 2,
  wed: 3,
  wednesday: 3,
  水: 3,
  thu: 4,
  thursday: 4,
  木: 4,
  fri: 5,
  friday: 5,
  金: 5,
  sat: 6,
  saturday: 6,
  土: 6,
};

const DAY_SETS: Record<string, number[]> = {
  daily: [0, 1, 2, 3, 4, 5, 6],
  everyday: [0, 1, 2, 3, 4, 5, 6],
  毎日: [0, 1, 2, 3, 4, 5, 6],
  weekdays: [1, 2, 3, 4, 5],
  平日: [1, 2, 3, 4, 5],
  weekends: [0, 6],
  土日: [0, 6],
};

/** `9:00`, `09:00`, `21:30` → `HH:MM`; anything else → null. */
export function parseTime(token: string): string | null {
  const m = /^(\d{1,2})[:：](\d{2})$/.exec(token.normalize('NFKC'));
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

/** `weekdays`, `mon,wed,fri`, `月,水,金` → sorted weekday numbers; anything else → null. */
export function parseDays(token: string): number[] | null {
  const lower = token.normalize('NFKC').toLowerCase();
  const set = DAY_SETS[lower];
  if (set) return [...set];
  const names = lower.split(/[,、]/).map((s) => s.trim().replace(/曜日?$/, ''));
  if (names.some((n) => n === '')) return null;
  const days = names.map((n) => DAY_NAMES[n]);
  if (days.some((d) => d === undefined)) return null;
  return [...new Set(days as number[])].sort((a, b) => a - b);
}

function looksLikeTime(token: string): boolean {
  return /^\d/.test(token.normalize('NFKC'));
}

function looksLikeDays(token: string): boolean {
  const first = token.normalize('NFKC').toLowerCase().split(/[,、]/)[0] ?? '';
  return first in DAY_SETS || first.replace(/曜日?$/, '') in DAY_NAMES || token.includes(',');
}

/** `Area/City`, `UTC…`, `GMT…`: meant as a time zone even when it names none. */
function looksLikeTimeZone(token: string): boolean {
  return token.includes('/') || /^(utc|gmt)/i.test(token);
}

/** Reads the schedule words. */
export function parseScheduleArgs(
  args: readonly string[],
): { ok: true; request: ScheduleRequest } | { ok: false; error: ScheduleError } {
  if (args.length === 0) return { ok: true, request: { kind: 'show' } };
  if (args.length === 1 && ['off', 'stop', '停止', 'オフ'].includes(args[0]!.toLowerCase())) {
    return { ok: true, request: { kind: 'off' } };
  }
  const request: { kind: 'set'; time?: string; days?: number[]; timezone?: string } = {
    kind: 'set',
  };
  for (const token of args) {
    if (looksLikeTime(token)) {
      const time = parseTime(token);
      if (!time) return { ok: false, error: { code: 'bad_time', token } };
      if (request.time) return { ok: false, error: { code: 'repeated', token } };
      request.time = time;
    } else if (looksLikeDays(token)) {
      const days = parseDays(token);
      if (!days) return { ok: false, error: { code: 'bad_days', token } };
      if (request.days) return { ok: false, error: { code: 'repeated', token } };
      request.days = days;
    } else {
      const zone = resolveTimeZone(token);
      if (zone.ok) {
        if (request.timezone) return { ok: false, error: { code: 'repeated', token } };
        request.timezone = zone.zone;
      } else if (zone.suggestions.length > 0 || looksLikeTimeZone(token)) {
        const { suggestions } = zone;
        const ambiguous = zone.reason === 'ambiguous';
        return { ok: false, error: { code: 'bad_timezone', token, suggestions, ambiguous } };
      } else {
        return { ok: false, error: { code: 'unexpected', token } };
      }
    }
  }
  return { ok: true, request };
}
