/**
 * A player's home as a card: the same on every platform (Slack's App Home view, `/quiz me` as a
 * private message on Discord and in the terminal). Buttons: "practice this" for each weak
 * concept, and "start reviewing" when cards are due.
 */
import { ACTION } from '../cards/question-card.ts';
import { formatPercent, formatWhen, type Messages } from '../i18n/catalog.ts';
import type { Button, Field, Locale, Reply } from '../types.ts';
import type { PlayerHome } from './player-home.ts';

/** Due concepts named before "N more". */
const DUE_NAMES = 3;

/** `<#C123>`: Slack and Discord show the channel's name. */
export function channelMention(channelId: string): string {
  return `<#${channelId}>`;
}

function names(list: readonly { name: string }[], m: Messages): string {
  const shown = list.slice(0, DUE_NAMES).map((c) => c.name);
  if (list.length > DUE_NAMES) shown.push(m.homeMoreNames(list.length - DUE_NAMES));
  return shown.join(m.listSeparator);
}

export function homeCard(home: PlayerHome, m: Messages, locale: Locale): Reply {
  const fields: Field[] = [];
  if (home.showChannel && home.channel)
    fields.push({
      label: m.homeChannel,
      value: channelMention(home.channel.channelId),
      inline: true,
    });
  fields.push(
    {
      label: m.homeStreak,
      value: m.homeStreakValue(home.streak.current, home.streak.best),
      inline: true,
    },
    {
      label: m.homeWeek,
      value: home.week ? m.homeWeekValue(home.week.points, home.week.rank) : m.homeWeekNone,
      inline: true,
    },
    {
      label: m.homeAccuracy,
      value:
        home.stats.answered === 0
          ? m.homeAccuracyNone
          : m.homeAccuracyValue(
              formatPercent(home.stats.accuracy),
              home.stats.correct,
              home.stats.answered,
            ),
      inline: true,
    },
    {
      label: m.homeDue,
      value:
        home.due.length === 0 ? m.homeDueNone : m.homeDueValue(home.due.length, names(home.due, m)),
      inline: true,
    },
    {
      label: m.homeNext,
      value:
        home.nextQuestionAt === null
          ? m.homeNextOff
          : formatWhen(home.nextQuestionAt, home.timezone, locale),
      inline: true,
    },
  );
  fields.push({
    label: m.homeWeakest,
    value:
      home.weakest.length === 0
        ? m.homeWeakestNone
        : home.weakest
            .map((w) => m.homeWeakestLine(w.name, formatPercent(w.accuracy), w.correct, w.answered))
            .join('\n'),
  });
  const buttons: Button[] = home.weakest.map((w) => ({
    actionId: ACTION.quizMe,
    label: m.homePracticeThis(w.name),
    value: w.conceptId,
  }));
  if (home.due.length > 0)
    buttons.push({
      actionId: ACTION.practiceNext,
      label: m.homePracticeDue,
      value: 'next',
      style: 'primary',
    });
  return {
    visibility: 'ephemeral',
    tone: 'info',
    title: m.homeTitle,
    text: home.stats.answered === 0 ? m.homeNoAnswers : '',
    fields,
    ...(buttons.length > 0 ? { buttons } : {}),
    footer: home.reminder ? m.homeRemindOn : m.homeRemindOff,
  };
}
