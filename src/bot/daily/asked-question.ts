/**
 * Posts made before questions were kept with posts (migration 0006) get their question at
 * start-up, right after the database is migrated: the bank's question of the same id, but only
 * when it is still the one that was asked (same key position and number of options, and every
 * answered option's text unchanged; the store checks). Idempotent: a post that has its question is
 * never touched again. An open post left without one is closed and revealed as withdrawn by the
 * scheduler's next tick (reveal.ts).
 */
import type { BotDeps } from '../bot-deps.ts';

export interface RestoredQuestions {
  /** Posts that got their question from the bank. */
  restored: number;
  /** Posts whose question is gone from the notes or changed since it was asked. */
  gone: number;
}

export function restoreAskedQuestions(deps: BotDeps): RestoredQuestions {
  const result: RestoredQuestions = { restored: 0, gone: 0 };
  for (const post of deps.store.postsWithoutQuestion()) {
    const question = deps.questions.get(post.questionId);
    if (question && deps.store.attachPostQuestion(post.id, question)) result.restored += 1;
    else {
      result.gone += 1;
      if (post.closedAt === null)
        deps.logger.warn(
          { postId: post.id, questionId: post.questionId },
          'the open question is no longer in the notes as it was asked; it will be closed as withdrawn',
        );
    }
  }
  if (result.restored + result.gone > 0)
    deps.logger.info(result, 'questions of earlier posts restored from the notes');
  return result;
}
