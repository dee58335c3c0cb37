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
import { withdrawnQuestionCard, withdrawnRevealCard } from '../cards/withdrawn-card.ts';
import { channelKey, ensureChannel } from '../channel-view.ts';
import { DeliveryError } from '../errors.ts';
import { messages } from '../i18n/catalog.ts';
import type { Reply } from '../types.ts';
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
  if (post.void) {
    // Voided: the post was edited to say so; there is nothing to reveal.
    deps.store.markRevealed(post.id, deps.clock());
    return;
  }
  const key = channelKey(post);
  if (!deps.store.claimEvent(`reveal:${post.id}`, deps.clock(), REVEAL_LEASE_MS)) return;
  const settings = ensureChannel(deps, key);
  const m = messages(settings.locale);
  const transport = transportFor(deps, key);
  const question = post.question;
  try {
    if (!question) {
      // Posted before questions were kept with posts, and gone from the notes since. A post that
      // never reached the channel is closed without a word.
      if (post.messageId !== null) {
        await editPost(deps, post, withdrawnQuestionCard(post, m));
        await transport.postMessage(key, withdrawnRevealCard(post, m));
      }
      deps.store.markRevealed(post.id, deps.clock());
      deps.logger.warn({ postId: post.id }, 'question withdrawn: it is no longer in the notes');
      return;
    }
    const answers = deps.store.answersForPost(post.id);
    await editPost(
      deps,
      post,
      closedQuestionCard({
        question,
        post,
        answered: answers.length,
        m,
        locale: settings.locale,
        timezone: settings.timezone,
      }),
    );
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

/** Edits the question post; a post someone deleted is left alone (the reveal still tells the channel). */
async function editPost(deps: BotDeps, post: PostRecord, card: Reply): Promise<void> {
  if (post.messageId === null) return;
  const key = channelKey(post);
  try {
    await transportFor(deps, key).updateMessage({ ...key, messageId: post.messageId }, card);
  } catch (error) {
    if (!(error instanceof DeliveryError && error.failure === 'message_unavailable')) throw error;
    deps.logger.warn({ postId: post.id }, 'the question post is gone; posting without editing it');
  }
}
