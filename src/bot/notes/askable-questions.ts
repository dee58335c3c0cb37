/**
 * The questions a channel may be asked (the daily choice and practice): the bank's, minus those
 * voided in the channel's team.
 */
import type { Question } from '../../quiz/types.ts';
import type { ChannelKey } from '../../store/types.ts';
import type { BotDeps } from '../bot-deps.ts';

export function askableQuestions(deps: BotDeps, key: ChannelKey): Question[] {
  const voided = new Set(
    deps.store.questionVoids(key.platform, key.teamId).map((v) => v.questionId),
  );
  return deps.bank.questions.filter((q) => !voided.has(q.id));
}
