/**
 * A click on an answer button of a daily question: lock the answer, tell only the clicker.
 *
 * One transaction per click (the store's `recordClick`): the delivery's idempotency key, one read of
 * the post with its channel and the question as it was asked, the answer, its streak and the
 * clicker's spaced-repetition card. The reply's question, language and time zone come from that
 * same read, so the click reads nothing else. The option clicked is the one shown, whatever the
 * notes say now.
 */
import type { ClickOutcome } from '../../store/types.ts';
import type { BotDeps } from '../bot-deps.ts';
import { resultCard } from '../cards/result-card.ts';
import { channelKey, viewChannel } from '../channel-view.ts';
import type { AnswerCountRefresher } from '../daily/answer-count-refresher.ts';
import { clickKey, logDuplicate } from '../duplicates.ts';
import { UserError } from '../errors.ts';
import { messages } from '../i18n/catalog.ts';
import { dailyReview } from '../learning/daily-review.ts';
import { nextReviewText } from '../learning/review-format.ts';
import type { ActionEvent, Reply } from '../types.ts';

/** Reads `postId:choiceIndex`. */
export function parseAnswerValue(value: string): { postId: number; choiceIndex: number } | null {
  const m = /^(\d{1,15}):(\d{1,2})$/.exec(value);
  return m ? { postId: Number(m[1]), choiceIndex: Number(m[2]) } : null;
}

/** Repeating it is harmless: the store locks one answer per person and claims the delivery's key. */
export async function answerAction(
  deps: BotDeps,
  event: ActionEvent,
  refresher: AnswerCountRefresher,
): Promise<Reply[]> {
  const parsed = parseAnswerValue(event.value);
  if (!parsed) throw new UserError('no_such_post', viewChannel(deps, event).m.noSuchPost);
  const at = deps.clock();
  const review = dailyReview(deps, event.userId, at);
  let waited = false;
  const outcome: ClickOutcome = await deps.writes.run(
    () =>
      deps.store.recordClick(
        {
          channel: channelKey(event),
          postId: parsed.postId,
          userId: event.userId,
          userName: event.userName,
          choiceIndex: parsed.choiceIndex,
          at,
          ...clickKey(event),
        },
        {
          choiceText: (post, index) => post.question?.choices[index]?.text ?? null,
          reviewCard: review.hook,
        },
      ),
    () => {
      waited = true;
      event.onDelayed?.();
    },
  );
  if (outcome.status === 'duplicate') {
    logDuplicate(deps, event, { action: event.actionId, value: event.value });
    return [];
  }
  if (outcome.status === 'no_such_post')
    throw new UserError('no_such_post', viewChannel(deps, event).m.noSuchPost);
  const { post } = outcome;
  const m = messages(post.locale);
  if (outcome.status === 'closed')
    return [{ visibility: 'ephemeral', tone: 'info', text: m.postClosed }];
  const question = post.question;
  if (!question) throw new UserError('question_withdrawn', m.questionWithdrawn);
  if (outcome.status === 'voided') throw new UserError('question_voided', m.questionVoidedClick);
  if (outcome.status === 'refused') throw new UserError('no_such_post', m.noSuchPost);
  if (outcome.status === 'already')
    return [
      resultCard({
        question,
        choiceIndex: outcome.choiceIndex,
        correct: outcome.correct,
        alreadyAnswered: true,
        m,
      }),
    ];
  refresher.note(post);
  const reviewed = review.outcome();
  const card = resultCard({
    question,
    choiceIndex: outcome.choiceIndex,
    correct: outcome.correct,
    streak: outcome.streak,
    m,
    ...(reviewed
      ? {
          nextReview: nextReviewText(
            m,
            reviewed.intervalDays,
            reviewed.dueAt,
            post.timezone,
            post.locale,
          ),
        }
      : {}),
  });
  // The user waited for a lock: say why the answer came late, and that it is recorded.
  return [waited ? { ...card, text: `${card.text}\n\n${m.answerRecordedLate}` } : card];
}
