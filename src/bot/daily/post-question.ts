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
import type { Reply } from '../types.ts';
import { handleDeliveryFailure } from './delivery.ts';
import { deliverOnce, findEarlierCopy } from './exactly-once.ts';
import { LEASE_MS, withLease } from './lease.ts';

/** How long a process that died while sending a post keeps others from retrying it. */
export const SEND_LEASE_MS = LEASE_MS;

/**
 * What became of sending a post. `sent`: the platform confirmed the message (now or earlier).
 * `failed`: it refused or did not answer (the post stays, retried by the scheduler unless the
 * channel was paused). `busy`: another attempt (this process or another) is sending it right now.
 */
export type SendResult =
  | { status: 'sent' }
  | { status: 'failed'; error: unknown }
  | { status: 'busy' }
  | { status: 'withdrawn' }
  /** Closed before its question reached the channel: it is not sent any more. */
  | { status: 'closed' };

export type PostOutcome =
  | { status: 'posted'; post: PostRecord; send: SendResult }
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
  const send = await sendPost(deps, post);
  return { status: 'posted', post: deps.store.getPost(post.id) ?? post, send };
}

function questionCardOf(deps: BotDeps, post: PostRecord, question: Question): Reply {
  const settings = ensureChannel(deps, channelKey(post));
  return questionCard({
    question,
    post,
    answered: deps.store.answerCount(post.id),
    m: messages(settings.locale),
    locale: settings.locale,
    timezone: settings.timezone,
  });
}

/**
 * The question message of a post that has none recorded: the copy an earlier attempt sent (the
 * process died before recording it), looked for in the channel and recorded; null when it never
 * reached the channel. Call it holding the post's send lease (see {@link sendPost}).
 */
export async function recoverQuestionMessage(
  deps: BotDeps,
  post: PostRecord,
): Promise<string | null> {
  if (post.messageId !== null) return post.messageId;
  if (!post.question) return null;
  const ref = await findEarlierCopy(
    deps,
    post,
    'question',
    questionCardOf(deps, post, post.question),
  );
  if (!ref) return null;
  deps.store.setPostMessage(post.id, ref.messageId);
  return ref.messageId;
}

/**
 * Sends a created post that has no platform message yet (first try, or a retry after a failure).
 * A lease in the store keeps two processes from sending the same post at once, and the delivery
 * record (exactly-once.ts) keeps an attempt after a crash from sending it a second time.
 */
export async function sendPost(deps: BotDeps, post: PostRecord): Promise<SendResult> {
  if (post.messageId !== null) return { status: 'sent' };
  const attempt = await withLease(deps, `send:${post.id}`, () => sendHolding(deps, post.id));
  return attempt.status === 'busy' ? { status: 'busy' } : attempt.value;
}

/** The send itself, under the post's lease, on the post as it is now (another process may have sent it). */
async function sendHolding(deps: BotDeps, postId: number): Promise<SendResult> {
  const post = deps.store.getPost(postId);
  if (!post || post.messageId !== null) return { status: 'sent' };
  const question = post.question;
  if (!question) {
    deps.logger.error(
      { postId: post.id, questionId: post.questionId },
      'the post was never sent and its question is no longer in the notes; closing it',
    );
    deps.store.closePost(post.id, deps.clock());
    deps.store.markRevealed(post.id, deps.clock());
    return { status: 'withdrawn' };
  }
  // Closed (by /quiz close, or its window ended) before it went out: the reveal finds any copy
  // an earlier attempt sent; nothing new goes out for a closed post.
  if (post.closedAt !== null) return { status: 'closed' };
  const key = channelKey(post);
  const card = questionCardOf(deps, post, question);
  try {
    const { ref, how } = await deliverOnce(deps, post, 'question', card);
    deps.store.setPostMessage(post.id, ref.messageId);
    deps.logger.info(
      {
        postId: post.id,
        channel: { platform: post.platform, channelId: post.channelId },
        questionId: post.questionId,
        ...(how === 'sent' ? {} : { how }),
      },
      'question posted',
    );
    return { status: 'sent' };
  } catch (error) {
    await handleDeliveryFailure(deps, key, error, 'post question');
    return { status: 'failed', error };
  }
}
