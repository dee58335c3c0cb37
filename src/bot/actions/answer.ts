/** A click on an answer button of a daily question: lock the answer, tell only the clicker. */
import type { BotDeps } from '../bot-deps.ts';
import { resultCard } from '../cards/result-card.ts';
import type { ChannelView } from '../channel-view.ts';
import type { AnswerCountRefresher } from '../daily/answer-count-refresher.ts';
import { UserError } from '../errors.ts';
import { reviewDailyAnswer } from '../learning/daily-review.ts';
import type { ActionEvent, Reply } from '../types.ts';

/** Reads `postId:choiceIndex`. */
export function parseAnswerValue(value: string): { postId: number; choiceIndex: number } | null {
  const m = /^(\d{1,15}):(\d{1,2})$/.exec(value);
  return m ? { postId: Number(m[1]), choiceIndex: Number(m[2]) } : null;
}

/** Repeating it is harmless: the store locks one answer per person, so no idempotency claim is needed. */
export async function answerAction(
  deps: BotDeps,
  event: ActionEvent,
  view: ChannelView,
  refresher: AnswerCountRefresher,
): Promise<Reply[]> {
  const { m } = view;
  const parsed = parseAnswerValue(event.value);
  const post = parsed ? deps.store.getPost(parsed.postId) : null;
  if (!parsed || !post) throw new UserError('no_such_post', m.noSuchPost);
  // The question as it was posted: the option clicked is the one shown, whatever the notes say now.
  const question = post.question;
  if (!question) throw new UserError('question_withdrawn', m.questionWithdrawn);
  if (post.void) throw new UserError('question_voided', m.questionVoidedClick);
  if (parsed.choiceIndex >= question.choices.length)
    throw new UserError('no_such_post', m.noSuchPost);

  const result = deps.store.recordAnswer({
    postId: post.id,
    userId: event.userId,
    userName: event.userName,
    choiceIndex: parsed.choiceIndex,
    choiceText: question.choices[parsed.choiceIndex]!.text,
    at: deps.clock(),
  });
  switch (result.status) {
    case 'counted': {
      refresher.note(post.id);
      // Learning engine: a counted daily answer also reviews the user's FSRS card for the concept.
      const nextReview = reviewDailyAnswer(deps, event, view, question, result.correct);
      return [
        resultCard({
          question,
          choiceIndex: result.choiceIndex,
          correct: result.correct,
          streak: result.streak,
          m,
          ...(nextReview ? { nextReview } : {}),
        }),
      ];
    }
    case 'already':
      return [
        resultCard({
          question,
          choiceIndex: result.choiceIndex,
          correct: result.correct,
          alreadyAnswered: true,
          m,
        }),
      ];
    case 'closed':
      return [{ visibility: 'ephemeral', tone: 'info', text: m.postClosed }];
    case 'no_such_post':
      throw new UserError('no_such_post', m.noSuchPost);
  }
}
