/** `/quiz flags` (admins): the team's open flags, by question, oldest first. */

import { questionById } from '../explain.ts';
import { formatShortDate } from '../i18n/catalog.ts';
import { mention } from '../types.ts';
import { type Command, maxArgs } from './command.ts';

/** Questions listed; the rest are counted. */
export const FLAGS_SHOWN = 10;

export const flagsCommand: Command = {
  name: 'flags',
  adminOnly: true,
  usage: '/quiz flags',
  describe: (m) => m.cmdFlags,
  options: () => [],
  async run({ deps, channel, m }, args) {
    maxArgs(args, 0, this.usage, m);
    const flags = deps.store.openFlags(channel.key.platform, channel.key.teamId);
    if (flags.length === 0)
      return [{ visibility: 'ephemeral', tone: 'info', title: m.flagsTitle(0), text: m.flagsNone }];
    const byQuestion = new Map<string, typeof flags>();
    for (const f of flags)
      byQuestion.set(f.questionId, [...(byQuestion.get(f.questionId) ?? []), f]);
    const groups = [...byQuestion].slice(0, FLAGS_SHOWN).map(([id, list]) => {
      const prompt = questionById(deps, channel.key, id)?.prompt ?? null;
      return [
        m.flagsQuestionLine(id, prompt, list.length),
        ...list.map(
          (f) =>
            `  ${m.flagsLine(f.reason, mention(f.userId), formatShortDate(f.at, channel.timezone, channel.locale))}`,
        ),
      ].join('\n');
    });
    const more = byQuestion.size - FLAGS_SHOWN;
    return [
      {
        visibility: 'ephemeral',
        tone: 'info',
        title: m.flagsTitle(flags.length),
        text: [...groups, ...(more > 0 ? [m.flagsMore(more)] : [])].join('\n'),
        footer: m.flagsFooter,
      },
    ];
  },
};
