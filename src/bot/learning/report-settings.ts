/**
 * `/quiz team report [DAY] [HH:MM] | off | now`: shows (anyone) or sets (admins) the channel's
 * weekly report schedule, or posts this week's report at once.
 */

import { weekKey } from '../../quiz/periods.ts';
import { localDateTime } from '../../quiz/zoned-time.ts';
import type { ReportSchedule } from '../../store/learning-types.ts';
import type { Weekday } from '../../store/types.ts';
import { ensureChannel } from '../channel-view.ts';
import type { CommandContext } from '../commands/command.ts';
import { UserError } from '../errors.ts';
import { formatWhen, type Messages } from '../i18n/catalog.ts';
import { literal } from '../markup.ts';
import { parseTime } from '../schedule/parse-schedule.ts';
import type { Reply } from '../types.ts';
import { nextReportAt, parseWeekday } from './report-slot.ts';
import { buildReportReply, postWeeklyReport, reportSchedule } from './weekly-report.ts';

export type ReportRequest =
  | { kind: 'show' }
  | { kind: 'off' }
  | { kind: 'now' }
  | { kind: 'set'; weekday?: Weekday; time?: string };

/** Reads the words after `report`; throws a UserError naming the word it cannot read. */
export function parseReportArgs(words: readonly string[], m: Messages): ReportRequest {
  if (words.length === 0) return { kind: 'show' };
  const only = words.length === 1 ? words[0]!.normalize('NFKC').toLowerCase() : null;
  if (only === 'off' || only === 'stop' || only === '停止' || only === 'オフ')
    return { kind: 'off' };
  if (only === 'now' || only === '今すぐ') return { kind: 'now' };
  const request: { kind: 'set'; weekday?: Weekday; time?: string } = { kind: 'set' };
  for (const word of words) {
    const day = parseWeekday(word);
    const time = day === null ? parseTime(word) : null;
    if (day !== null && request.weekday === undefined) request.weekday = day;
    else if (time !== null && request.time === undefined) request.time = time;
    else throw new UserError('usage', m.badReportWord(literal(word)));
  }
  return request;
}

function describe(schedule: ReportSchedule, timezone: string, m: Messages): string {
  return m.reportScheduleLine(
    m.dayNames[schedule.weekday] ?? String(schedule.weekday),
    schedule.time,
    timezone,
  );
}

export async function reportSettingsCommand(
  ctx: CommandContext,
  words: readonly string[],
): Promise<Reply[]> {
  const { deps, channel, m, event } = ctx;
  const request = parseReportArgs(words, m);
  const current = reportSchedule(deps, channel.key);
  const now = deps.clock();
  if (request.kind === 'show') {
    const lines = current.enabled
      ? [
          describe(current, channel.timezone, m),
          m.reportScheduleNext(
            formatWhen(
              nextReportAt(current, channel.timezone, now),
              channel.timezone,
              channel.locale,
            ),
          ),
        ]
      : [m.reportScheduleOff];
    if (!channel.settings?.enabled) lines.push(m.reportScheduleNeedsDaily);
    return [
      {
        visibility: 'ephemeral',
        tone: 'info',
        title: m.reportScheduleTitle,
        text: lines.join('\n'),
      },
    ];
  }
  await ctx.requireAdmin();
  ensureChannel(deps, channel.key);
  if (request.kind === 'off') {
    deps.store.setReportSchedule(channel.key, {
      ...current,
      enabled: false,
      updatedBy: event.userId,
    });
    return [{ visibility: 'channel', tone: 'info', text: m.reportStopped }];
  }
  if (request.kind === 'now') {
    const localDate = localDateTime(now, channel.timezone).date;
    const week = weekKey(localDate);
    if (deps.store.getWeeklyReport(channel.key, week)?.outcome === 'posted')
      throw new UserError('already_posted', m.reportAlreadyPosted(week));
    if (!buildReportReply(deps, channel.key, localDate))
      throw new UserError('nothing_to_report', m.reportNothingThisWeek(week));
    const outcome = await postWeeklyReport(deps, channel.key, { weekKey: week, localDate });
    if (outcome === 'taken') throw new UserError('already_posted', m.reportAlreadyPosted(week));
    if (outcome !== 'posted') return [{ visibility: 'ephemeral', tone: 'error', text: m.apology }];
    return [{ visibility: 'ephemeral', tone: 'info', text: m.reportPostedNow(week) }];
  }
  const saved = deps.store.setReportSchedule(channel.key, {
    weekday: request.weekday ?? current.weekday,
    time: request.time ?? current.time,
    enabled: true,
    updatedBy: event.userId,
  });
  const next = formatWhen(
    nextReportAt(saved, channel.timezone, now),
    channel.timezone,
    channel.locale,
  );
  const lines = [
    m.reportScheduleSet(describe(saved, channel.timezone, m)),
    m.reportScheduleNext(next),
  ];
  if (!channel.settings?.enabled) lines.push(m.reportScheduleNeedsDaily);
  return [{ visibility: 'channel', tone: 'info', text: lines.join('\n') }];
}
