/**
 * `/quiz leaderboard [week|month|season [NAME]|all]`: the channel's board, with the caller's own
 * rank. `season NAME`: an earlier season. Before the team's first season the season board counts
 * every answer from the first one.
 */

import { localDateTime } from '../../quiz/zoned-time.ts';
import type { Period } from '../../store/types.ts';
import { leaderboardCard } from '../cards/leaderboard-card.ts';
import { UserError } from '../errors.ts';
import { type Command, maxArgs } from './command.ts';
import { seasonNamed } from './season.ts';

export const PERIODS: readonly Period[] = ['week', 'month', 'season', 'all'];
const PERIOD_WORDS: Record<string, Period> = {
  week: 'week',
  weekly: 'week',
  週: 'week',
  今週: 'week',
  month: 'month',
  monthly: 'month',
  月: 'month',
  今月: 'month',
  season: 'season',
  シーズン: 'season',
  all: 'all',
  'all-time': 'all',
  alltime: 'all',
  通算: 'all',
  全期間: 'all',
};

/** Reads a period word; undefined means the default (this week). */
export function parsePeriod(word: string | undefined): Period | null {
  if (word === undefined) return 'week';
  return PERIOD_WORDS[word.normalize('NFKC').toLowerCase()] ?? null;
}

export const TOP = 10;

export const leaderboardCommand: Command = {
  name: 'leaderboard',
  adminOnly: false,
  usage: '/quiz leaderboard [week|month|season [NAME]|all]',
  describe: (m) => m.cmdLeaderboard,
  options: (m) => [
    {
      name: 'period',
      description: m.optPeriod,
      kind: 'choice',
      choices: [...PERIODS],
      choiceLabels: Object.fromEntries(PERIODS.map((p) => [p, m.periodName(p)])),
      required: false,
    },
    { name: 'season', description: m.optLeaderboardSeason, kind: 'string', required: false },
  ],
  async run({ deps, event, channel, m }, args) {
    // Discord hands over ['', NAME] when the period is left out.
    const period = parsePeriod(args[0] === '' && args.length > 1 ? 'season' : args[0]);
    if (!period) throw new UserError('bad_period', m.badPeriod(args[0]!));
    if (period !== 'season') maxArgs(args, 1, this.usage, m);
    const seasonName = args.slice(1).join(' ').trim();
    const { platform, teamId } = channel.key;
    let seasonId: number | undefined;
    if (seasonName !== '') {
      const seasons = deps.store.listSeasons(platform, teamId);
      const season = seasonNamed(seasons, seasonName);
      if (!season)
        throw new UserError(
          'unknown_season',
          seasons.length === 0
            ? m.seasonUnknownNone(seasonName)
            : m.seasonUnknown(
                seasonName,
                seasons.map((s) => m.quote(s.name)).join(m.listSeparator),
              ),
        );
      seasonId = season.id;
    }
    // Before the team's first season, its season is everything so far.
    const beforeFirst =
      period === 'season' && seasonId === undefined && !deps.store.currentSeason(platform, teamId);
    const today = localDateTime(deps.clock(), channel.timezone).date;
    const board = deps.store.leaderboard({
      scope: { kind: 'channel', channel: channel.key },
      period: beforeFirst ? 'all' : period,
      today,
      limit: TOP,
      userId: event.userId,
      ...(seasonId !== undefined ? { seasonId } : {}),
    });
    if (beforeFirst) {
      board.period = 'season';
      board.label = m.beforeFirstSeason;
    }
    return [leaderboardCard(board, m)];
  },
};
