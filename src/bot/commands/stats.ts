/** `/quiz stats [@user | NAME]`: answered, accuracy, streak, best streak, weakest concepts. */

import { localDateTime } from '../../quiz/zoned-time.ts';
import { MAX_BOARD_LIMIT } from '../../store/leaderboard.ts';
import { conceptNamer } from '../asked-concepts.ts';
import type { BotDeps } from '../bot-deps.ts';
import { statsCard } from '../cards/stats-card.ts';
import type { ChannelView } from '../channel-view.ts';
import { UserError } from '../errors.ts';
import type { Messages } from '../i18n/catalog.ts';
import { type Command, maxArgs } from './command.ts';

/** `<@U123>` or `<@U123|name>` → `U123`. */
export function parseMention(word: string): string | null {
  const m = /^<@!?([^>|\s]+)(?:\|[^>]*)?>$/.exec(word.trim());
  return m ? m[1]! : null;
}

/** How a typed name and a display name are compared: NFKC, any case, no `@`, no invisible characters. */
function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\p{Cf}]/gu, '')
    .trim()
    .replace(/^@/, '')
    .toLowerCase();
}

/**
 * The user a word names: a mention, else someone who has answered in the channel whose display
 * name (or user id) is the word, with or without `@` (`/quiz stats alice` in the terminal).
 */
function findUser(deps: BotDeps, channel: ChannelView, word: string, m: Messages): string {
  const mentioned = parseMention(word);
  if (mentioned) return mentioned;
  const wanted = nameKey(word);
  if (wanted === '') throw new UserError('bad_user', m.badUser(word));
  const board = deps.store.leaderboard({
    scope: { kind: 'channel', channel: channel.key },
    period: 'all',
    today: localDateTime(deps.clock(), channel.timezone).date,
    limit: MAX_BOARD_LIMIT,
  });
  const byName = board.rows.filter((r) => nameKey(r.userName) === wanted);
  const matches =
    byName.length > 0 ? byName : board.rows.filter((r) => nameKey(r.userId) === wanted);
  if (matches.length === 1) return matches[0]!.userId;
  if (matches.length > 1)
    throw new UserError(
      'bad_user',
      m.ambiguousUser(
        word,
        matches.map((r) => `${r.userName} (${r.userId})`).join(m.listSeparator),
      ),
    );
  throw new UserError('bad_user', m.badUser(word));
}

export const statsCommand: Command = {
  name: 'stats',
  adminOnly: false,
  usage: '/quiz stats [@user]',
  describe: (m) => m.cmdStats,
  options: (m) => [{ name: 'user', description: m.optUser, kind: 'user', required: false }],
  async run({ deps, event, channel, m }, args) {
    maxArgs(args, 1, this.usage, m);
    const userId = args[0] === undefined ? event.userId : findUser(deps, channel, args[0], m);
    const stats = deps.store.userStats({ kind: 'channel', channel: channel.key }, userId);
    const name = stats.userName ?? (userId === event.userId ? event.userName : userId);
    const conceptName = conceptNamer(deps, deps.store.askedQuestions(channel.key), m);
    return [statsCard(stats, name, conceptName, m)];
  },
};
