/** `/quiz void ID [REASON]` (admins): the question is never asked again here and its answers stop counting. */
import { VOID_REASON_MAX } from '../../store/voids.ts';
import { UserError } from '../errors.ts';
import { questionById } from '../explain.ts';
import { editVoidedPosts } from '../moderation/void-question.ts';
import type { Command } from './command.ts';

export const voidCommand: Command = {
  name: 'void',
  adminOnly: true,
  usage: '/quiz void ID [REASON]',
  describe: (m) => m.cmdVoid,
  options: (m) => [
    { name: 'id', description: m.optQuestionId, kind: 'string', required: true },
    { name: 'reason', description: m.optVoidReason, kind: 'string', required: false },
  ],
  async run({ deps, event, channel, m }, args) {
    const [rawId = '', ...words] = args;
    if (rawId.trim() === '') throw new UserError('usage', m.missingArg(this.usage));
    const question = questionById(deps, channel.key, rawId);
    if (!question) throw new UserError('unknown_question', m.unknownQuestion(rawId));
    const reason = words.join(' ').trim() || null;
    if (reason && [...reason].length > VOID_REASON_MAX)
      throw new UserError('reason_too_long', m.reasonTooLong(VOID_REASON_MAX));
    const result = deps.store.voidQuestion({
      platform: channel.key.platform,
      teamId: channel.key.teamId,
      questionId: question.id,
      reason,
      by: event.userId,
      at: deps.clock(),
    });
    if (result.status === 'already')
      throw new UserError('already_voided', m.alreadyVoided(question.id));
    await editVoidedPosts(deps, result.posts);
    deps.logger.info(
      { by: event.userId, questionId: question.id, posts: result.posts.length, reason },
      'question voided',
    );
    return [
      {
        visibility: 'ephemeral',
        tone: 'info',
        text: m.voidedDone(question.id, result.posts.length),
      },
    ];
  },
};
