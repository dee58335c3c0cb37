/**
 * A counted answer to the channel's daily question reviews the user's FSRS card for its concept
 * (rated from correctness alone). The answer itself is already locked: a failure here is logged
 * and never turns the user's answer into an error.
 */
import type { Question } from '../../quiz/types.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { ChannelView } from '../channel-view.ts';
import type { EventBase } from '../types.ts';
import { recordReview } from './practice-cards.ts';
import { nextReviewText } from './review-format.ts';

/** Reviews the card; returns "next review in N days" for the result card, or null on failure. */
export function reviewDailyAnswer(
  deps: BotDeps,
  event: EventBase,
  view: ChannelView,
  question: Question,
  correct: boolean,
): string | null {
  try {
    const { m, locale, timezone } = view;
    const review = recordReview(deps, {
      platform: event.platform,
      userId: event.userId,
      question,
      correct,
      source: 'daily',
    });
    return nextReviewText(m, review.intervalDays, review.dueAt, timezone, locale);
  } catch (error) {
    deps.logger.error(
      { err: error, userId: event.userId, conceptId: question.conceptId },
      'could not update the practice card after a daily answer',
    );
    return null;
  }
}
