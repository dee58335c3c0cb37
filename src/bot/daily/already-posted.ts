/**
 * `/quiz post` on a day whose question is already out: the person asking sees that question again,
 * privately, rather than only being told it exists (their copy scrolled away, or they are new to
 * the channel). An open question comes back as it was posted, with its answer buttons: they carry
 * the post's id (`postId:choiceIndex`, see question-card.ts), so an answer given on this copy is
 * locked against the same post, once per person, exactly as on the channel's message. Nothing is
 * posted in the channel again, so there is still one message to count answers on and close.
 * A question that is closed is not opened again: the reply says so and points to its explanation.
 * Seeing it again needs no admin (the question is public in the channel); only posting does.
 */
import { localDateTime } from '../../quiz/zoned-time.ts';
import type { PostRecord } from '../../store/types.ts';
import type { BotDeps } from '../bot-deps.ts';
import { questionCard } from '../cards/question-card.ts';
import { explainButton } from '../cards/result-card.ts';
import type { ChannelView } from '../channel-view.ts';
import { ensureChannel } from '../channel-view.ts';
import { UserError } from '../errors.ts';
import type { Reply } from '../types.ts';

/**
 * What `userId` is shown for today's post, which already reached the channel (or was closed).
 * @throws UserError when there is nothing to show (its question is no longer known).
 */
export function alreadyPostedReplies(
  deps: BotDeps,
  channel: ChannelView,
  post: PostRecord,
  userId: string,
): Reply[] {
  const m = channel.m;
  const question = post.question;
  if (!question) throw new UserError('already_posted', m.alreadyPostedToday(post.questionId));
  if (post.void)
    return [
      { visibility: 'ephemeral', tone: 'info', text: m.alreadyPostedVoided(post.questionId) },
    ];
  const settings = ensureChannel(deps, channel.key);
  const now = deps.clock();
  // Where posts close on their own, a click after the window is refused even before the
  // scheduler closes the post: buttons that would only say "closed" are not offered.
  const closed = post.closedAt !== null || (settings.revealMode === 'auto' && now >= post.closesAt);
  if (closed) {
    if (post.revealedAt === null)
      return [
        { visibility: 'ephemeral', tone: 'info', text: m.alreadyPostedClosed(post.questionId) },
      ];
    return [
      {
        visibility: 'ephemeral',
        tone: 'info',
        text: m.alreadyPostedRevealed(post.questionId),
        buttons: [explainButton(question, m)],
      },
    ];
  }
  const card = questionCard({
    question,
    post,
    answered: deps.store.answerCount(post.id),
    m,
    locale: settings.locale,
    timezone: settings.timezone,
  });
  const mine = deps.store.findAnswer(post.id, userId);
  const status = mine
    ? m.alreadyAnswered(
        `${mine.choiceIndex + 1}. ${question.choices[mine.choiceIndex]?.text ?? ''}`,
      )
    : m.alreadyPostedAnswerHere;
  return [
    {
      ...card,
      visibility: 'ephemeral',
      text: `${m.alreadyPostedShownAgain(status)}\n\n${card.text}`,
    },
  ];
}

/**
 * Today's post of the channel (in its time zone) once it reached the channel or was closed, as
 * {@link alreadyPostedReplies} shows it to `userId`; null when there is none yet (or it is still
 * to be sent: that is an admin's `/quiz post`).
 */
export function showTodaysPost(
  deps: BotDeps,
  channel: ChannelView,
  userId: string,
): Reply[] | null {
  const post = deps.store.latestPost(channel.key);
  if (!post || post.localDate !== localDateTime(deps.clock(), channel.timezone).date) return null;
  if (post.messageId === null && post.closedAt === null) return null;
  return alreadyPostedReplies(deps, channel, post, userId);
}
