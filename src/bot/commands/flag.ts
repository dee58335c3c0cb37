/**
 * `/quiz flag [ID] REASON` (anyone): "this question is wrong". Without an ID (or when the first
 * word is not a question's ID) it is about the channel's latest question. The reporter gets a
 * private thank-you; the admins are told privately.
 */
import { FLAG_REASON_MAX } from '../../store/flags.ts';
import { tellAdmins } from '../admins.ts';
import { UserError } from '../errors.ts';
import { questionById } from '../explain.ts';
import { mention } from '../types.ts';
import type { Command } from './command.ts';

export const flagCommand: Command = {
  name: 'flag',
  adminOnly: false,
  usage: '/quiz flag [ID] REASON',
  describe: (m) => m.cmdFlag,
  options: (m) => [
    { name: 'id', description: m.optFlagId, kind: 'string', required: false },
    { name: 'reason', description: m.optFlagReason, kind: 'string', required: true },
  ],
  async run({ deps, event, channel, m }, args) {
    // Discord hands over ['', reason] when the ID is left out; Slack and the terminal hand over words.
    const [first = '', ...rest] = args;
    const named = first.trim() === '' ? null : questionById(deps, channel.key, first);
    const reason = (named || first.trim() === '' ? rest : args).join(' ').trim();
    if (reason === '') throw new UserError('usage', m.flagNeedsReason(this.usage));
    if ([...reason].length > FLAG_REASON_MAX)
      throw new UserError('reason_too_long', m.reasonTooLong(FLAG_REASON_MAX));
    const question = named ?? deps.store.latestPost(channel.key)?.question ?? null;
    const questionId = named?.id ?? deps.store.latestPost(channel.key)?.questionId;
    if (!questionId) throw new UserError('nothing_to_flag', m.flagNoQuestion);
    const flag = deps.store.addFlag({
      ...channel.key,
      questionId,
      userId: event.userId,
      reason,
      at: deps.clock(),
    });
    deps.logger.info({ flag: flag.id, questionId, by: event.userId }, 'question flagged');
    await tellAdmins(
      deps,
      (am) => ({
        visibility: 'ephemeral',
        tone: 'info',
        title: am.flagNoticeTitle,
        text: [
          am.flagNotice(mention(event.userId), questionId, reason),
          ...(question ? [question.prompt] : []),
          am.flagNoticeHint(questionId),
        ].join('\n'),
      }),
      { where: channel.key, except: event.userId },
    );
    return [{ visibility: 'ephemeral', tone: 'info', text: m.flagThanks(questionId) }];
  },
};
