/**
 * Practice reminders for the players who asked for them (`/quiz remind on`): one private message
 * a day, at the question time of the channel they asked in, on days they have practice cards due.
 *
 * At most once a day per person, across restarts and processes: the store's row for the person
 * and local date is claimed before the message goes out; a send that fails is logged and not
 * retried that day (a lost nudge is better than a second one).
 */
import { localDateTime } from '../../quiz/zoned-time.ts';
import type { ReminderSetting } from '../../store/player-types.ts';
import type { BotDeps } from '../bot-deps.ts';
import { ACTION } from '../cards/question-card.ts';
import { viewChannel } from '../channel-view.ts';
import { transportFor } from '../daily/delivery.ts';
import type { Messages } from '../i18n/catalog.ts';
import { latestSlot } from '../schedule/slots.ts';
import type { Reply } from '../types.ts';

/** A reminder missed at the question time (downtime) is still sent this long after it, not later. */
export const REMINDER_WINDOW_MS = 3 * 60 * 60_000;
const NAMED = 3;

export function reminderCard(dueNames: readonly string[], m: Messages): Reply {
  const shown = dueNames.slice(0, NAMED);
  if (dueNames.length > NAMED) shown.push(m.homeMoreNames(dueNames.length - NAMED));
  return {
    visibility: 'ephemeral',
    tone: 'info',
    title: m.reminderTitle,
    text: m.reminderText(dueNames.length, shown.join(m.listSeparator)),
    buttons: [
      { actionId: ACTION.practiceNext, label: m.homePracticeDue, value: 'next', style: 'primary' },
    ],
    footer: m.reminderFooter,
  };
}

/** The local date the reminder is due on at `now`, or null when it is not due. */
export function dueReminderDate(
  deps: BotDeps,
  reminder: ReminderSetting,
  now: number,
): string | null {
  const settings = deps.store.getChannel(reminder.channel);
  if (!settings?.enabled || settings.pausedReason !== null) return null;
  const slot = latestSlot(settings, now);
  const today = localDateTime(now, settings.timezone).date;
  if (!slot || slot.localDate !== today || now - slot.at >= REMINDER_WINDOW_MS) return null;
  return today;
}

/** One pass, from the scheduler tick: send every reminder that is due and not yet sent today. */
export async function runReminders(deps: BotDeps): Promise<number> {
  const now = deps.clock();
  const names = new Map(deps.bank.concepts.map((c) => [c.id, c.name]));
  let sent = 0;
  for (const reminder of deps.store.enabledReminders()) {
    if (!deps.transports.has(reminder.platform)) continue;
    const localDate = dueReminderDate(deps, reminder, now);
    if (!localDate) continue;
    const due = deps.store
      .duePracticeConcepts(reminder.platform, reminder.userId, now)
      .flatMap((id) => (names.has(id) ? [names.get(id)!] : []));
    if (due.length === 0) continue;
    if (!deps.store.claimReminder(reminder.platform, reminder.userId, localDate, now)) continue;
    const { m } = viewChannel(deps, reminder.channel);
    const log = { userId: reminder.userId, channel: reminder.channel, localDate, due: due.length };
    try {
      await transportFor(deps, reminder.channel).sendPrivate(
        reminder.channel,
        reminder.userId,
        reminderCard(due, m),
      );
      sent++;
      deps.logger.info(log, 'practice reminder sent');
    } catch (error) {
      deps.logger.warn(
        { ...log, err: error },
        'practice reminder not delivered; not retried today',
      );
    }
  }
  return sent;
}
