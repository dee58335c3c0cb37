/**
 * When a channel's daily question is due. Pure: settings and `now` in, a slot out.
 *
 * A *slot* is one scheduled post: a local date on one of the channel's days, at the channel's
 * `HH:MM` in its time zone. The scheduler asks {@link dueSlot} every minute (and once at
 * start-up, which is how a slot missed during downtime is caught up) and posts when the slot has
 * no post yet — the store's UNIQUE(channel, local date) makes a second post impossible.
 */
import { addDays, localDateTime, weekdayOf, zonedInstant } from '../../quiz/zoned-time.ts';

/** The parts of a channel's settings that decide its slots. */
export interface ScheduleSettings {
  time: string;
  days: readonly number[];
  timezone: string;
  answerWindowMinutes: number;
}

/** One scheduled post. */
export interface Slot {
  localDate: string;
  /** When it should be posted. */
  at: number;
  /** When it closes: the answer window's end, or the next slot if that comes first. */
  closesAt: number;
}

/** A catch-up is skipped when less than this would remain before the slot closes. */
export const MIN_CATCH_UP_MS = 15 * 60_000;

function slotAt(settings: ScheduleSettings, date: string): number {
  const [h, m] = settings.time.split(':').map(Number) as [number, number];
  return zonedInstant(date, h, m, settings.timezone);
}

function isPostingDay(settings: ScheduleSettings, date: string): boolean {
  return settings.days.includes(weekdayOf(date));
}

/** The first slot strictly after instant `after`, or null when the channel has no days. */
export function nextSlot(settings: ScheduleSettings, after: number): Slot | null {
  if (settings.days.length === 0) return null;
  const today = localDateTime(after, settings.timezone).date;
  for (let i = 0; i <= 8; i++) {
    const date = addDays(today, i);
    if (!isPostingDay(settings, date)) continue;
    const at = slotAt(settings, date);
    if (at > after) return { localDate: date, at, closesAt: closesAt(settings, date, at) };
  }
  return null;
}

function closesAt(settings: ScheduleSettings, date: string, at: number): number {
  const windowEnd = at + settings.answerWindowMinutes * 60_000;
  for (let i = 1; i <= 8; i++) {
    const next = addDays(date, i);
    if (isPostingDay(settings, next)) return Math.min(windowEnd, slotAt(settings, next));
  }
  return windowEnd;
}

/** The latest slot at or before `now` (looking back a week), or null. */
export function latestSlot(settings: ScheduleSettings, now: number): Slot | null {
  if (settings.days.length === 0) return null;
  const today = localDateTime(now, settings.timezone).date;
  for (let i = 0; i <= 7; i++) {
    const date = addDays(today, -i);
    if (!isPostingDay(settings, date)) continue;
    const at = slotAt(settings, date);
    if (at <= now) return { localDate: date, at, closesAt: closesAt(settings, date, at) };
  }
  return null;
}

/**
 * The slot that should have a post at `now`: the latest slot, while enough of its answer window
 * is left. Null when nothing is due. The caller still checks the store for an existing post.
 */
export function dueSlot(settings: ScheduleSettings, now: number): Slot | null {
  const slot = latestSlot(settings, now);
  if (!slot) return null;
  const onTime = now - slot.at < 60_000 * 2;
  if (!onTime && slot.closesAt - now < MIN_CATCH_UP_MS) return null;
  return now < slot.closesAt ? slot : null;
}
