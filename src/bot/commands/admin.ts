/** Admin commands: `/quiz post`, `/quiz close` (seasons: season.ts). */

import { showTodaysPost } from '../daily/already-posted.ts';
import { type Command, maxArgs } from './command.ts';

/**
 * Anyone may see the day's question again once it is out (already-posted.ts); only admins post.
 * So the gate is here, after that look, not the registry's `adminOnly`.
 */
export const postCommand: Command = {
  name: 'post',
  adminOnly: false,
  usage: '/quiz post',
  describe: (m) => m.cmdPost,
  options: () => [],
  async run({ deps, event, channel, m, daily, requireAdmin }, args) {
    maxArgs(args, 0, this.usage, m);
    const shown = showTodaysPost(deps, channel, event.userId);
    if (shown) return shown;
    await requireAdmin();
    return daily.postNow(channel, event.userId);
  },
};

export const closeCommand: Command = {
  name: 'close',
  adminOnly: true,
  usage: '/quiz close',
  describe: (m) => m.cmdClose,
  options: () => [],
  async run({ channel, m, daily }, args) {
    maxArgs(args, 0, this.usage, m);
    return daily.closeNow(channel);
  },
};
