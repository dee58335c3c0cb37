/**
 * Posting the day's question in a channel: close the previous one, choose a question, claim the
 * (channel, local date) slot in the store, then send. The store's UNIQUE key is what makes a
 * second post for one local date impossible — across restarts and across processes.
 */
import type { Question } from '../../quiz/types.ts';
import type { ChannelKey, PostRecord } from '../../store/types.ts';
import type { BotDeps } from '../bot-deps.ts';
import { questionCard } from '../cards/question-card.ts';
import { channelKey, ensureChannel } from '../channel-view.ts';
import { messages } from '../i18n/catalog.ts';
import { adaptiveChoice } from '../learning/adaptive-pick.ts';
import { handleDeliveryFailure, transportFor } from './delivery.ts';

/** How long one process holds the right to send a post before another may retry it. */
export const SEND_LEASE_MS = 2 * 60_000;

export type PostOutcome =
  | { status: 'posted'; post: PostRecord }
  | { status: 'exists'; post: PostRecord }
  | { status: 'empty-bank' };

/**
 * The question to post next in a channel. Adaptive (learning engine, bot/learning/adaptive-pick.ts):
 * among the questions not yet asked this round, the concepts with the lowest recent accuracy and
 * the lowest predicted recall across the channel's members come first. The log line says why.
 */
export function pickQuestion(deps: BotDeps, key: ChannelKey): Question | null {
  const choice = adaptiveChoice(deps, key);
  if (!choice) return null;
  const { selection, why } = choice;
  deps.logger.info(
    {
      channel: key,
      questionId: selection.question.id,
      conceptId: selection.question.conceptId,
      need: Number(selection.need.toFixed(3)),
      recentAccuracy: selection.recentAccuracy,
      recentAnswered: selection.recentAnswered,
      predictedRecall:
        selection.predictedRecall === null ? null : Number(selection.predictedRecall.toFixed(3)),
      recallMembers: selection.recallMembers,
      candidates: selection.candidates,
      shortlist: selection.shortlist,
      why,
    },
    'question chosen: not yet asked in this round, aimed at the concept the channel gets wrong or is forgetting',
  );
  return selection.question;
}

/**
 * Creates the post for `localDate` (unless it exists) and sends it.
 * @param closesAt when the post closes
 */
export async function postQuestion(
  deps: BotDeps,
  key: ChannelKey,
  slot: { localDate: string; closesAt: number },
  closePrevious: (post: PostRecord) => Promise<void>,
): Promise<PostOutcome> {
  const existing = deps.store.latestPost(key);
  if (existing && existing.localDate === slot.localDate)
    return { status: 'exists', post: existing };
  if (existing && existing.closedAt === null) await closePrevious(existing);

  const question = pickQuestion(deps, key);
  if (!question) return { status: 'empty-bank' };
  ensureChannel(deps, key);
  const now = deps.clock();
  const { created, post } = deps.store.createPost({
    ...key,
    localDate: slot.localDate,
    questionId: question.id,
    conceptId: question.conceptId,
    correctIndex: question.choices.findIndex((c) => c.correct),
    choiceCount: question.choices.length,
    openedAt: now,
    closesAt: slot.closesAt,
    question,
  });
  if (!created) return { status: 'exists', post };
  await sendPost(deps, post);
  return { status: 'posted', post: deps.store.getPost(post.id) ?? post };
}

/**
 * Sends a created post that has no platform message yet (first try, or a retry after a failure).
 * A lease in the store keeps two processes from sending the same post.
 */
export async function sendPost(deps: BotDeps, post: PostRecord): Promise<boolean> {
  if (post.messageId !== null) return true;
  const question = post.question;
  if (!question) {
    deps.logger.error(
      { postId: post.id, questionId: post.questionId },
      'the post was never sent and its question is no longer in the notes; closing it',
    );
    deps.store.closePost(post.id, deps.clock());
    deps.store.markRevealed(post.id, deps.clock());
    return false;
  }
  if (!deps.store.claimEvent(`send:${post.id}`, deps.clock(), SEND_LEASE_MS)) return false;
  const key = channelKey(post);
  const settings = ensureChannel(deps, key);
  const card = questionCard({
    question,
    post,
    answered: deps.store.answerCount(post.id),
    m: messages(settings.locale),
    locale: settings.locale,
    timezone: settings.timezone,
  });
  try {
    const ref = await transportFor(deps, key).postMessage(key, card);
    deps.store.setPostMessage(post.id, ref.messageId);
    deps.logger.info(
      {
        postId: post.id,
        channel: { platform: post.platform, channelId: post.channelId },
        questionId: post.questionId,
      },
      'question posted',
    );
    return true;
  } catch (error) {
    await handleDeliveryFailure(deps, key, error, 'post question');
    return false;
  }
}
