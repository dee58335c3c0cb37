/** Admin commands: `/quiz post`, `/quiz close`, `/quiz season new [NAME]`. */

import { localDateTime } from '../../quiz/zoned-time.ts';
import { UserError } from '../errors.ts';
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

export const SEASON_NAME_MAX = 60;

export const seasonCommand: Command = {
  name: 'season',
  adminOnly: true,
  usage: '/quiz season new [NAME]',
  describe: (m) => m.cmdSeason,
  options: (m) => [
    {
      name: 'action',
      description: m.optSeasonAction,
      kind: 'choice',
      choices: ['new'],
      choiceLabels: { new: m.choiceNewSeason },
      required: true,
    },
    { name: 'name', description: m.optSeasonName, kind: 'string', required: false },
  ],
  async run({ deps, channel, m }, args) {
    const [action, ...nameWords] = args;
    if (action === undefined) throw new UserError('usage', m.missingArg(this.usage));
    if (action.toLowerCase() !== 'new')
      throw new UserError('bad_season_action', m.badSeasonAction(action));
    const now = deps.clock();
    const name =
      nameWords.join(' ').trim() || m.defaultSeasonName(localDateTime(now, channel.timezone).date);
    if ([...name].length > SEASON_NAME_MAX)
      throw new UserError('season_name_too_long', m.seasonNameTooLong(SEASON_NAME_MAX));
    const season = deps.store.startSeason(channel.key.platform, channel.key.teamId, name, now);
    return [{ visibility: 'channel', tone: 'info', text: m.seasonStarted(season.name) }];
  },
};
