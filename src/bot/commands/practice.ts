/** `/quiz practice`: a private question for the caller only; not on the leaderboard. */
import { practiceReply } from '../practice.ts';
import { type Command, maxArgs } from './command.ts';

export const practiceCommand: Command = {
  name: 'practice',
  adminOnly: false,
  usage: '/quiz practice',
  describe: (m) => m.cmdPractice,
  options: () => [],
  async run({ deps, event, m }, args) {
    maxArgs(args, 0, this.usage, m);
    return [practiceReply(deps, event, event.userId)];
  },
};
