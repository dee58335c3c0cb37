/**
 * `/quiz remind [on|off]`: one private reminder a day, at this channel's question time, on days
 * the player has practice cards due. Off unless the player turns it on; without a word, says
 * which it is.
 */
import { ensureChannel } from '../channel-view.ts';
import { UserError } from '../errors.ts';
import type { Reply } from '../types.ts';
import { type Command, maxArgs } from './command.ts';

/** Words for on and off, as typed (NFKC, lower case). */
const SWITCH: Record<string, boolean> = {
  on: true,
  オン: true,
  off: false,
  オフ: false,
};

export const remindCommand: Command = {
  name: 'remind',
  adminOnly: false,
  usage: '/quiz remind [on|off]',
  describe: (m) => m.cmdRemind,
  options: (m) => [
    {
      name: 'switch',
      description: m.optOnOff,
      kind: 'choice',
      choices: ['on', 'off'],
      required: false,
    },
  ],
  async run({ deps, event, channel, m }, args): Promise<Reply[]> {
    maxArgs(args, 1, this.usage, m);
    const reply = (text: string): Reply[] => [{ visibility: 'ephemeral', tone: 'info', text }];
    if (args[0] === undefined) {
      const on = deps.store.getReminder(event.platform, event.userId)?.enabled ?? false;
      return reply(on ? m.remindShowOn : m.remindShowOff);
    }
    const on = SWITCH[args[0].normalize('NFKC').toLowerCase()];
    if (on === undefined) throw new UserError('usage', m.badRemindWord(args[0]));
    const settings = ensureChannel(deps, channel.key);
    deps.store.setReminder(event.platform, event.userId, channel.key, on, deps.clock());
    deps.logger.info({ userId: event.userId, channel: channel.key, on }, 'reminder set');
    if (!on) return reply(m.remindOff);
    const lines = [m.remindOn(settings.time, settings.timezone)];
    if (!settings.enabled || settings.pausedReason !== null) lines.push(m.remindOnQuizOff);
    return reply(lines.join('\n'));
  },
};
