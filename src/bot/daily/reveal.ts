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
import { deliverOnce } from './exactly-once.ts';
import { LEASE_MS, withLease } from './lease.ts';
import { recoverQuestionMessage } from './post-question.ts';

/** How long a process that died while revealing a post keeps others from retrying it. */
export const REVEAL_LEASE_MS = LEASE_MS;

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
  await withLease(deps, `reveal:${post.id}`, async () => {
    // As the post is now: another process may have revealed it, or recorded its message.
    const current = deps.store.getPost(post.id);
    if (current && current.revealedAt === null) await revealHolding(deps, current);
  });
}

async function revealHolding(deps: BotDeps, post: PostRecord): Promise<void> {
  if (post.void) {
    // Voided: the post was edited to say so; there is nothing to reveal.
    deps.store.markRevealed(post.id, deps.clock());
    return;
  }
  const key = channelKey(post);
  const settings = ensureChannel(deps, key);
  const m = messages(settings.locale);
  const question = post.question;
  try {
    if (question && post.messageId === null) {
      // Its question may have gone out unrecorded (the sending process died): it is found and
      // recorded first, so the reveal replies to it and its buttons close. Under the send lease,
      // so that no attempt sends it meanwhile; one in progress is left to finish (next pass).
      const found = await withLease(deps, `send:${post.id}`, () =>
        recoverQuestionMessage(deps, post),
      );
      if (found.status === 'busy') return;
      if (found.value === null) {
        deps.store.markRevealed(post.id, deps.clock());
        deps.logger.info(
          { postId: post.id },
          'closed before its question reached the channel: nothing to reveal',
        );
        return;
      }
      const recorded = deps.store.getPost(post.id);
      if (recorded) await revealHolding(deps, recorded);
      return;
    }
    if (!question) {
      // Posted before questions were kept with posts, and gone from the notes since. A post that
      // never reached the channel is closed without a word.
      if (post.messageId !== null) {
        await editPost(deps, post, withdrawnQuestionCard(post, m));
        await deliverOnce(deps, post, 'reveal', withdrawnRevealCard(post, m), {
          ...key,
          messageId: post.messageId,
        });
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
    await deliverOnce(
      deps,
      post,
      'reveal',
      revealCard({
        question,
        post,
        distribution: deps.store.answerDistribution(post.id),
        correctUserIds: answers.filter((a) => a.correct).map((a) => a.userId),
        top3: week.rows,
        m,
      }),
      post.messageId === null ? undefined : { ...key, messageId: post.messageId },
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
