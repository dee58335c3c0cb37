/**
 * A player's home, as data: for one channel, their streak, points and rank this week, accuracy
 * and weakest concepts; for the player, the practice cards due and whether reminders are on; and
 * the channel's next question time. Read from the store only; the card (home-card.ts) words it.
 */
import { localDateTime } from '../../quiz/zoned-time.ts';
import type { ChannelKey, UserStats } from '../../store/types.ts';
import type { BotDeps } from '../bot-deps.ts';
import { viewChannel } from '../channel-view.ts';
import { nextSlot } from '../schedule/slots.ts';
import type { Platform } from '../types.ts';

/** Weakest concepts shown, each with a "practice this" button. */
export const HOME_WEAKEST = 3;

export interface PlayerHome {
  platform: Platform;
  userId: string;
  /** The channel described; null when the player's team has no channel with quizbot yet. */
  channel: ChannelKey | null;
  /** Whether the home says which channel it is about (Slack's App Home: not asked from a channel). */
  showChannel: boolean;
  streak: { current: number; best: number };
  /** Null when the player has not answered this week. */
  week: { points: number; rank: number } | null;
  stats: Pick<UserStats, 'answered' | 'correct' | 'accuracy'>;
  /** Below 100 %, weakest first, concepts still in the notes. */
  weakest: {
    conceptId: string;
    name: string;
    accuracy: number;
    correct: number;
    answered: number;
  }[];
  /** Names of the concepts whose practice cards are due, most overdue first. */
  due: { conceptId: string; name: string }[];
  /** When the channel's next daily question is posted; null when its quiz is off or paused. */
  nextQuestionAt: number | null;
  timezone: string;
  reminder: boolean;
}

/** The home for `userId` in `channel` (a channel the player asked from, or chose for them). */
export function playerHome(
  deps: BotDeps,
  channel: ChannelKey | null,
  userId: string,
  options: { platform: Platform; showChannel: boolean },
): PlayerHome {
  const now = deps.clock();
  const names = new Map(deps.bank.concepts.map((c) => [c.id, c.name]));
  // Concepts as the channel's posts asked them (a concept renamed in the notes keeps its name).
  if (channel)
    for (const q of deps.store.askedQuestions(channel)) names.set(q.conceptId, q.conceptName);
  const view = channel ? viewChannel(deps, channel) : null;
  const settings = view?.settings ?? null;
  const stats = channel
    ? deps.store.userStats({ kind: 'channel', channel }, userId)
    : { answered: 0, correct: 0, accuracy: 0, weakestConcepts: [] };
  const board =
    channel && view
      ? deps.store.leaderboard({
          scope: { kind: 'channel', channel },
          period: 'week',
          today: localDateTime(now, view.timezone).date,
          limit: 1,
          userId,
        }).me
      : null;
  const next = settings?.enabled && settings.pausedReason === null ? nextSlot(settings, now) : null;
  return {
    platform: options.platform,
    userId,
    channel,
    showChannel: options.showChannel,
    streak: channel ? deps.store.streak(channel, userId) : { current: 0, best: 0 },
    week: board && board.answered > 0 ? { points: board.points, rank: board.rank } : null,
    stats: { answered: stats.answered, correct: stats.correct, accuracy: stats.accuracy },
    weakest: stats.weakestConcepts
      .filter((w) => w.accuracy < 1 && names.has(w.conceptId))
      .slice(0, HOME_WEAKEST)
      .map((w) => ({ ...w, name: names.get(w.conceptId)! })),
    due: deps.store
      .duePracticeConcepts(options.platform, userId, now)
      .filter((id) => names.has(id))
      .map((id) => ({ conceptId: id, name: names.get(id)! })),
    nextQuestionAt: next?.at ?? null,
    timezone: view?.timezone ?? deps.settings.defaultTimezone,
    reminder: deps.store.getReminder(options.platform, userId)?.enabled ?? false,
  };
}

/**
 * The channel an App Home is about: where the player answered last in the team, else the team's
 * first channel with a running daily quiz, else none.
 */
export function homeChannel(
  deps: BotDeps,
  platform: Platform,
  teamId: string,
  userId: string,
): ChannelKey | null {
  const played = deps.store.lastPlayedChannel(platform, teamId, userId);
  if (played) return played;
  const running = deps.store
    .listChannels({ enabled: true })
    .find((c) => c.platform === platform && c.teamId === teamId && c.pausedReason === null);
  return running ? { platform, teamId, channelId: running.channelId } : null;
}
