/** `/quiz stats [@user]`: answered, accuracy, streak, best streak, weakest concepts. */
import { conceptNamer } from '../asked-concepts.ts';
import { statsCard } from '../cards/stats-card.ts';
import { UserError } from '../errors.ts';
import { type Command, maxArgs } from './command.ts';

/** `<@U123>` or `<@U123|name>` → `U123`. */
export function parseMention(word: string): string | null {
  const m = /^<@!?([^>|\s]+)(?:\|[^>]*)?>$/.exec(word.trim());
  return m ? m[1]! : null;
}

export const statsCommand: Command = {
  name: 'stats',
  adminOnly: false,
  usage: '/quiz stats [@user]',
  describe: (m) => m.cmdStats,
  options: (m) => [{ name: 'user', description: m.optUser, kind: 'user', required: false }],
  async run({ deps, event, channel, m }, args) {
    maxArgs(args, 1, this.usage, m);
    const userId = args[0] === undefined ? event.userId : parseMention(args[0]);
    if (!userId) throw new UserError('bad_user', m.badUser(args[0]!));
    const stats = deps.store.userStats({ kind: 'channel', channel: channel.key }, userId);
    const name = stats.userName ?? (userId === event.userId ? event.userName : userId);
    const conceptName = conceptNamer(deps, deps.store.askedQuestions(channel.key), m);
    return [statsCard(stats, name, conceptName, m)];
  },
};
