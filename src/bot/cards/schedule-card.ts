/** A channel's schedule as words: `平日 09:00（Asia/Tokyo）`, and when the next question comes. */
import type { ChannelSettings } from '../../store/types.ts';
import { formatWhen, type Messages } from '../i18n/catalog.ts';
import { nextSlot } from '../schedule/slots.ts';
import type { Locale, Reply } from '../types.ts';
import { describePause } from './pause-reason.ts';

export function describeDays(days: readonly number[], m: Messages): string {
  if (days.length === 7) return m.daysDaily;
  if (days.length === 5 && [1, 2, 3, 4, 5].every((d) => days.includes(d))) return m.daysWeekdays;
  return m.dayList(days.map((d) => m.dayNames[d] ?? String(d)));
}

/** A channel that has never had a daily schedule (first seen through `/quiz post`). */
function neverScheduled(s: ChannelSettings): boolean {
  return !s.enabled && s.scheduleSince === null && s.updatedBy === null;
}

export function describeSchedule(s: ChannelSettings, m: Messages): string {
  return m.scheduleLine(s.time, describeDays(s.days, m), s.timezone);
}

export function scheduleCard(
  settings: ChannelSettings | null,
  now: number,
  m: Messages,
  locale: Locale,
): Reply {
  const lines: string[] = [];
  if (!settings || neverScheduled(settings)) lines.push(m.scheduleNone);
  else if (!settings.enabled) lines.push(m.scheduleOff);
  else {
    lines.push(describeSchedule(settings, m));
    if (settings.pausedReason)
      lines.push(m.schedulePausedNote(describePause(settings.pausedReason, m)));
    const next = nextSlot(settings, now);
    if (next && !settings.pausedReason)
      lines.push(m.scheduleNext(formatWhen(next.at, settings.timezone, locale)));
  }
  return { visibility: 'ephemeral', tone: 'info', title: m.scheduleTitle, text: lines.join('\n') };
}
