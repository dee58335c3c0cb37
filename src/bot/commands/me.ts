/** `/quiz me`: the player's home as a private message (the same card as Slack's App Home). */
import { homeCard } from '../home/home-card.ts';
import { playerHome } from '../home/player-home.ts';
import { type Command, maxArgs } from './command.ts';

export const meCommand: Command = {
  name: 'me',
  adminOnly: false,
  usage: '/quiz me',
  describe: (m) => m.cmdMe,
  options: () => [],
  async run({ deps, event, channel, m }, args) {
    maxArgs(args, 0, this.usage, m);
    const home = playerHome(deps, channel.key, event.userId, {
      platform: event.platform,
      showChannel: false,
    });
    return [homeCard(home, m, channel.locale)];
  },
};
