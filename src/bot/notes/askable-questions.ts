/**
 * The questions a channel may be asked (the daily choice and practice): those of the notes the
 * channel draws from (all by default, see channel-notes.ts), minus those voided in its team.
 */
import type { Question } from '../../quiz/types.ts';
import type { ChannelKey } from '../../store/types.ts';
import type { BotDeps } from '../bot-deps.ts';
import { questionsOfChannelNotes } from './channel-notes.ts';

export function askableQuestions(deps: BotDeps, key: ChannelKey): Question[] {
  const voided = new Set(
    deps.store.questionVoids(key.platform, key.teamId).map((v) => v.questionId),
  );
  return questionsOfChannelNotes(deps, key).filter((q) => !voided.has(q.id));
}
