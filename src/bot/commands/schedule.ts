/**
 * `/quiz schedule [HH:MM] [daily|weekdays|mon,wed,…] [TIMEZONE]` or `/quiz schedule off`.
 * Anyone may look; only admins may change it. Setting a schedule also resumes a paused channel.
 */

import type { Weekday } from '../../store/types.ts';
import { describeSchedule, scheduleCard } from '../cards/schedule-card.ts';
import { UserError } from '../errors.ts';
import type { Messages } from '../i18n/catalog.ts';
import { parseScheduleArgs, type ScheduleError } from '../schedule/parse-schedule.ts';
import type { Command } from './command.ts';

function scheduleErrorMessage(error: ScheduleError, m: Messages): string {
  switch (error.code) {
    case 'bad_time':
      return m.badTime(error.token);
    case 'bad_days':
      return m.badDays(error.token);
    case 'bad_timezone':
      if (error.ambiguous)
        return m.timezoneAmbiguous(error.token, error.suggestions.join(m.listSeparator));
      return error.suggestions.length > 0
        ? m.timezoneDidYouMean(error.token, error.suggestions.join(m.listSeparator))
        : m.badTimezone(error.token);
    case 'repeated':
      return m.repeatedScheduleWord(error.token);
    case 'unexpected':
      return m.unexpectedScheduleWord(error.token);
  }
}

export const scheduleCommand: Command = {
  name: 'schedule',
  adminOnly: false,
  usage: '/quiz schedule [HH:MM] [daily|weekdays|mon,wed,…] [TIMEZONE] | off',
  describe: (m) => m.cmdSchedule,
  options: (m) => [
    { name: 'time', description: m.optTime, kind: 'string', required: false },
    { name: 'days', description: m.optDays, kind: 'string', required: false },
    { name: 'timezone', description: m.optTimezone, kind: 'string', required: false },
  ],
  async run({ deps, event, channel, m, requireAdmin, saveChannel }, args) {
    const parsed = parseScheduleArgs(args);
    if (!parsed.ok) throw new UserError(parsed.error.code, scheduleErrorMessage(parsed.error, m));
    const { request } = parsed;
    if (request.kind === 'show')
      return [scheduleCard(channel.settings, deps.clock(), m, channel.locale)];
    await requireAdmin();
    if (request.kind === 'off') {
      saveChannel({ enabled: false, updatedBy: event.userId });
      return [{ visibility: 'channel', tone: 'info', text: m.scheduleStopped }];
    }
    const saved = saveChannel({
      ...(request.time ? { time: request.time } : {}),
      ...(request.days ? { days: request.days as Weekday[] } : {}),
      ...(request.timezone ? { timezone: request.timezone } : {}),
      enabled: true,
      pausedReason: null,
      updatedBy: event.userId,
      scheduleSince: deps.clock(),
    });
    const card = scheduleCard(saved, deps.clock(), m, channel.locale);
    return [
      {
        ...card,
        visibility: 'channel',
        title: undefined,
        text: `${m.scheduleSet(describeSchedule(saved, m))}\n${card.text.split('\n').slice(1).join('\n')}`.trim(),
      },
    ];
  },
};
