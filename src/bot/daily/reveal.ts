/**
 * Closing a post and revealing it: the original message is edited (buttons disabled, right
 * answer marked) and a reveal is posted. `closePost` is true for exactly one caller, and a lease
 * keeps two processes from revealing twice; a reveal that failed is retried by the next tick.
 */

import { localDateTime } from '../../quiz/zoned-time.ts';
import type { PostRecord } from '../../store/types.ts';
import type { BotDeps } from '../bot-deps.ts';
import { closedQuestionCard } from '../cards/question-card.ts';
import { revealCard } from '../cards/reveal-card.ts';
import { channelKey, ensureChannel } from '../channel-view.ts';
import { DeliveryError } from '../errors.ts';
import { messages } from '../i18n/catalog.ts';
import { handleDeliveryFailure, transportFor } from './delivery.ts';

export const REVEAL_LEASE_MS = 2 * 60_000;

/** Closes the post (if still open) and reveals it. Safe to call from several places at once. */
export async function closeAndReveal(deps: BotDeps, post: PostRecord): Promise<void> {
  deps.store.closePost(post.id, deps.clock());
  const current = deps.store.getPost(post.id);
  if (!current || current.revealedAt !== null) return;
  await reveal(deps, current);
}

/** Posts the reveal of a closed post (once). */
export async function reveal(deps: BotDeps, post: PostRecord): Promise<void> {
  if (post.revealedAt !== null) return;
  const key = channelKey(post);
  const question = deps.questions.get(post.questionId);
  if (!question) {
    deps.logger.error(
      { postId: post.id, questionId: post.questionId },
      'question no longer in the bank; nothing to reveal',
    );
    deps.store.markRevealed(post.id, deps.clock());
    return;
  }
  if (!deps.store.claimEvent(`reveal:${post.id}`, deps.clock(), REVEAL_LEASE_MS)) return;
  const settings = ensureChannel(deps, key);
  const m = messages(settings.locale);
  const transport = transportFor(deps, key);
  const answers = deps.store.answersForPost(post.id);
  try {
    if (post.messageId !== null) {
      try {
        await transport.updateMessage(
          { ...key, messageId: post.messageId },
          closedQuestionCard({
            question,
            post,
            answered: answers.length,
            m,
            locale: settings.locale,
            timezone: settings.timezone,
          }),
        );
      } catch (error) {
        // Someone deleted the question post: the reveal below still tells the channel the answer.
        if (!(error instanceof DeliveryError && error.failure === 'message_unavailable'))
          throw error;
        deps.logger.warn(
          { postId: post.id },
          'the question post is gone; posting the reveal without editing it',
        );
      }
    }
    const today = localDateTime(deps.clock(), settings.timezone).date;
    const week = deps.store.leaderboard({
      scope: { kind: 'channel', channel: key },
      period: 'week',
      today,
      limit: 3,
    });
    await transport.postMessage(
      key,
      revealCard({
        question,
        post,
        distribution: deps.store.answerDistribution(post.id),
        correctUserIds: answers.filter((a) => a.correct).map((a) => a.userId),
        top3: week.rows,
        m,
      }),
    );
    deps.store.markRevealed(post.id, deps.clock());
    deps.logger.info({ postId: post.id, answers: answers.length }, 'question revealed');
  } catch (error) {
    await handleDeliveryFailure(deps, key, error, 'reveal');
  }
}
