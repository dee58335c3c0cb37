/** Admin commands: `/quiz post`, `/quiz close` (seasons: season.ts). */

import { type Command, maxArgs } from './command.ts';

export const postCommand: Command = {
  name: 'post',
  adminOnly: true,
  usage: '/quiz post',
  describe: (m) => m.cmdPost,
  options: () => [],
  async run({ event, channel, m, daily }, args) {
    maxArgs(args, 0, this.usage, m);
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
