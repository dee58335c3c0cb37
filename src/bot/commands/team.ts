/**
 * `/quiz team`: the channel's misconception map. `/quiz team report [DAY] [HH:MM] | off | now`:
 * the weekly report's schedule (anyone may look; admins change it or post it now).
 */

import { UserError } from '../errors.ts';
import { reportSettingsCommand } from '../learning/report-settings.ts';
import { teamMapReply } from '../learning/team-map.ts';
import type { Command } from './command.ts';

export const teamCommand: Command = {
  name: 'team',
  adminOnly: false,
  usage: '/quiz team [report [DAY] [HH:MM] | report off | report now]',
  describe: (m) => m.cmdTeam,
  options: (m) => [
    {
      name: 'section',
      description: m.optTeamSection,
      kind: 'choice',
      choices: ['report'],
      choiceLabels: { report: m.choiceWeeklyReport },
      required: false,
    },
    { name: 'setting', description: m.optReportSetting, kind: 'string', required: false },
  ],
  async run(ctx, args) {
    // Discord hands `fri 17:00` over as one option value, and '' for a section left out when a
    // setting is given; Slack and the terminal hand over words.
    if (args.length > 1 && args[0] === '')
      return reportSettingsCommand(
        ctx,
        args
          .slice(1)
          .flatMap((a) => a.split(/\s+/))
          .filter((w) => w !== ''),
      );
    const words = args.flatMap((a) => a.split(/\s+/)).filter((w) => w !== '');
    if (words.length === 0) return [teamMapReply(ctx.deps, ctx.channel)];
    if (words[0]!.normalize('NFKC').toLowerCase() !== 'report')
      throw new UserError('usage', ctx.m.badTeamSection(words[0]!));
    return reportSettingsCommand(ctx, words.slice(1));
  },
};
