/**
 * When a channel's weekly report is due. Pure: a schedule, a time zone and `now` in.
 *
 * The report belongs to the channel's local ISO week (Monday to Sunday). It is due from the
 * schedule's day and time in that week until the week ends — so a report missed during downtime is
 * caught up once, later the same week, and a new week starts clean. The store's UNIQUE row per
 * channel and week makes a second post impossible.
 */
import { weekKey } from '../../quiz/periods.ts';
import { addDays, localDateTime, weekdayOf, zonedInstant } from '../../quiz/zoned-time.ts';
import type { ReportSchedule } from '../../store/learning-types.ts';
import type { Weekday } from '../../store/types.ts';

/** A channel that never set its own: Friday 17:00 local, on. */
export const DEFAULT_REPORT_SCHEDULE: ReportSchedule = {
  weekday: 5,
  time: '17:00',
  enabled: true,
  updatedBy: null,
};

export interface ReportSlot {
  /** The local ISO week, e.g. `2026-W48`. */
  weekKey: string;
  /** Today's local date (the week's leaderboard and trend are computed from it). */
  localDate: string;
  /** When the report was due. */
  at: number;
}

/** Monday = 0 … Sunday = 6. */
const isoIndex = (weekday: number): number => (weekday + 6) % 7;

/** The instant of the schedule's day and time in the ISO week of `localDate`. */
export function reportInstant(
  schedule: Pick<ReportSchedule, 'weekday' | 'time'>,
  localDate: string,
  timezone: string,
): number {
  const monday = addDays(localDate, -isoIndex(weekdayOf(localDate)));
  const day = addDays(monday, isoIndex(schedule.weekday));
  const [h, m] = schedule.time.split(':').map(Number) as [number, number];
  return zonedInstant(day, h, m, timezone);
}

/** This week's report if it is due at `now` (on or after its time, same local week), else null. */
export function dueReport(
  schedule: ReportSchedule,
  timezone: string,
  now: number,
): ReportSlot | null {
  if (!schedule.enabled) return null;
  const today = localDateTime(now, timezone).date;
  const at = reportInstant(schedule, today, timezone);
  return now >= at ? { weekKey: weekKey(today), localDate: today, at } : null;
}

/** The next time a report will be due after `now` (this week's if still ahead, else next week's). */
export function nextReportAt(schedule: ReportSchedule, timezone: string, now: number): number {
  const today = localDateTime(now, timezone).date;
  const thisWeek = reportInstant(schedule, today, timezone);
  return thisWeek > now ? thisWeek : reportInstant(schedule, addDays(today, 7), timezone);
}

/** Reads `mon`…`sun` / `月`…`日` (with or without 曜/曜日); null when not a single day. */
export function parseWeekday(token: string): Weekday | null {
  const names: Record<string, Weekday> = {
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
  return (
    names[
      token
        .normalize('NFKC')
        .toLowerCase()
        .replace(/曜日?$/, '')
    ] ?? null
  );
}
