/** A user's stats: answered, accuracy, streaks, weakest concepts, wrong answers picked most. */
import type { UserStats } from '../../store/types.ts';
import { formatPercent, type Messages } from '../i18n/catalog.ts';
import type { Reply } from '../types.ts';

export function statsCard(
  stats: UserStats,
  displayName: string,
  conceptName: (id: string) => string,
  m: Messages,
): Reply {
  if (stats.answered === 0) {
    return {
      visibility: 'ephemeral',
      tone: 'info',
      title: m.statsTitle(displayName),
      text: m.statsNone,
    };
  }
  const fields = [
    { label: m.statsAnswered, value: String(stats.answered), inline: true },
    {
      label: m.statsAccuracy,
      value: m.statsAccuracyValue(formatPercent(stats.accuracy), stats.correct, stats.answered),
      inline: true,
    },
    { label: m.statsStreak, value: String(stats.streak), inline: true },
    { label: m.statsBest, value: String(stats.bestStreak), inline: true },
  ];
  const weakest = stats.weakestConcepts.slice(0, 3);
  if (weakest.length > 0) {
    fields.push({
      label: m.statsWeakest,
      value: weakest
        .map((w) =>
          m.statsWeakLine(
            conceptName(w.conceptId),
            formatPercent(w.accuracy),
            w.correct,
            w.answered,
          ),
        )
        .join('\n'),
      inline: false,
    });
  }
  const picked = stats.topMisconceptions.slice(0, 3);
  if (picked.length > 0) {
    fields.push({
      label: m.statsMisconceptions,
      value: picked
        .map((p) => m.statsPickedLine(conceptName(p.conceptId), p.choiceText, p.count))
        .join('\n'),
      inline: false,
    });
  }
  return {
    visibility: 'ephemeral',
    tone: 'info',
    title: m.statsTitle(displayName),
    text: '',
    fields,
  };
}
