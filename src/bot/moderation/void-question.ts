/**
 * `/quiz void` and `/quiz unvoid`: the store voids (or restores) the question in the team and
 * recounts; here every post of it is edited — to say it was voided and why, or back to the closed
 * question with its right answer marked. A post that cannot be edited now is logged, never fatal:
 * the answers already stopped (or started again) counting.
 */
import type { PostRecord } from '../../store/types.ts';
import type { BotDeps } from '../bot-deps.ts';
import { closedQuestionCard } from '../cards/question-card.ts';
import { voidedQuestionCard } from '../cards/voided-card.ts';
import { withdrawnQuestionCard } from '../cards/withdrawn-card.ts';
import { channelKey, ensureChannel } from '../channel-view.ts';
import { transportFor } from '../daily/delivery.ts';
import { messages } from '../i18n/catalog.ts';
import type { Reply } from '../types.ts';

function cardFor(deps: BotDeps, post: PostRecord): Reply {
  const settings = ensureChannel(deps, channelKey(post));
  const m = messages(settings.locale);
  if (post.void) return voidedQuestionCard(post, m);
  if (!post.question) return withdrawnQuestionCard(post, m);
  return closedQuestionCard({
    question: post.question,
    post,
    answered: deps.store.answerCount(post.id),
    m,
    locale: settings.locale,
    timezone: settings.timezone,
  });
}

/** Edits the posts to match their void state now; returns how many were edited. */
export async function editVoidedPosts(
  deps: BotDeps,
  posts: readonly PostRecord[],
): Promise<number> {
  let edited = 0;
  for (const post of posts) {
    if (post.messageId === null) continue;
    const key = channelKey(post);
    try {
      await transportFor(deps, key).updateMessage(
        { ...key, messageId: post.messageId },
        cardFor(deps, post),
      );
      edited += 1;
    } catch (error) {
      deps.logger.warn(
        { err: error, postId: post.id, voided: post.void !== null },
        'could not edit a post after a void or unvoid',
      );
    }
  }
  return edited;
}
