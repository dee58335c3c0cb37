/** `/quiz leaderboard [week|month|season|all]`: the channel's board, with the caller's own rank. */

import { localDateTime } from '../../quiz/zoned-time.ts';
import type { Period } from '../../store/types.ts';
import { leaderboardCard } from '../cards/leaderboard-card.ts';
import { UserError } from '../errors.ts';
import { type Command, maxArgs } from './command.ts';

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
  usage: '/quiz leaderboard [week|month|season|all]',
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
  ],
  async run({ deps, event, channel, m }, args) {
    maxArgs(args, 1, this.usage, m);
    const period = parsePeriod(args[0]);
    if (!period) throw new UserError('bad_period', m.badPeriod(args[0]!));
    const today = localDateTime(deps.clock(), channel.timezone).date;
    const board = deps.store.leaderboard({
      scope: { kind: 'channel', channel: channel.key },
      period,
      today,
      limit: TOP,
      userId: event.userId,
    });
    if (period === 'season' && board.label === '') board.label = m.noSeason;
    return [leaderboardCard(board, m)];
  },
};
