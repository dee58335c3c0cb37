/** `/quiz explain [ID]`: the explanation of the channel's latest question, or of question ID. */
import { explainReply } from '../explain.ts';
import { type Command, maxArgs } from './command.ts';

export const explainCommand: Command = {
  name: 'explain',
  adminOnly: false,
  usage: '/quiz explain [ID]',
  describe: (m) => m.cmdExplain,
  options: (m) => [{ name: 'id', description: m.optQuestionId, kind: 'string', required: false }],
  async run({ deps, event, m }, args) {
    maxArgs(args, 1, this.usage, m);
    return [explainReply(deps, event, event.userId, args[0])];
  },
};
