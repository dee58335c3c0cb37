/** `/quiz unvoid ID` (admins): undoes `/quiz void`; the answers count again. */
import { canonicalId } from '../../quiz/text/hash.ts';
import { UserError } from '../errors.ts';
import { questionById } from '../explain.ts';
import { editVoidedPosts } from '../moderation/void-question.ts';
import { type Command, maxArgs } from './command.ts';

export const unvoidCommand: Command = {
  name: 'unvoid',
  adminOnly: true,
  usage: '/quiz unvoid ID',
  describe: (m) => m.cmdUnvoid,
  options: (m) => [{ name: 'id', description: m.optQuestionId, kind: 'string', required: true }],
  async run({ deps, event, channel, m }, args) {
    maxArgs(args, 1, this.usage, m);
    const rawId = args[0]?.trim() ?? '';
    if (rawId === '') throw new UserError('usage', m.missingArg(this.usage));
    // A voided question may be gone from the notes and never posted here: try the ID as typed too.
    const id = questionById(deps, channel.key, rawId)?.id ?? canonicalId(rawId);
    const result = deps.store.unvoidQuestion({
      platform: channel.key.platform,
      teamId: channel.key.teamId,
      questionId: id,
      by: event.userId,
      at: deps.clock(),
    });
    if (result.status === 'not_voided') throw new UserError('not_voided', m.notVoided(rawId));
    await editVoidedPosts(deps, result.posts);
    deps.logger.info({ by: event.userId, questionId: id }, 'question unvoided');
    return [
      { visibility: 'ephemeral', tone: 'info', text: m.unvoidedDone(id, result.posts.length) },
    ];
  },
};
