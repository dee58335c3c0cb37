/**
 * A counted answer to the channel's daily question reviews the user's FSRS card for its concept
 * (rated from correctness alone), inside the answer's own transaction (the store calls
 * {@link DailyReview.hook} between the answer and the card write), so a crash keeps both or neither.
 * A card that cannot be computed is logged and left as it was: it never turns the user's answer
 * into an error.
 */
import { serializeCardState } from '../../quiz/learning/fsrs-card.ts';
import type { AnswerHooks } from '../../store/types.ts';
import type { BotDeps } from '../bot-deps.ts';
import { type ReviewOutcome, readCard, reviewedCard } from './practice-cards.ts';

export interface DailyReview {
  /** For {@link AnswerHooks.reviewCard}. */
  hook: NonNullable<AnswerHooks['reviewCard']>;
  /** The review the last call of the hook made; null before, or when it failed. */
  outcome(): ReviewOutcome | null;
}

/** The card review of `userId`'s daily answer at `at` (the click's time). */
export function dailyReview(deps: BotDeps, userId: string, at: number): DailyReview {
  let outcome: ReviewOutcome | null = null;
  return {
    outcome: () => outcome,
    hook(stored, post, correct) {
      outcome = null;
      // The question as it was asked (the post's record), not as the notes say now.
      const asked = post.question;
      if (!asked) return null;
      try {
        const who = { platform: post.platform, userId, conceptId: asked.conceptId };
        const before = readCard(deps, stored, who);
        const input = { ...who, question: asked, correct, source: 'daily' as const };
        const reviewed = reviewedCard(deps, before, input, at);
        outcome = reviewed;
        if (reviewed.repeated) return null;
        return { state: serializeCardState(reviewed.state), dueAt: reviewed.dueAt };
      } catch (error) {
        deps.logger.error(
          { err: error, userId, conceptId: asked.conceptId },
          'could not update the practice card after a daily answer',
        );
        return null;
      }
    },
  };
}
