/**
 * The explanation of a question, for `/quiz explain [ID]` and the Explain button. It never spoils
 * a question that is open somewhere in the team for someone who has not answered it.
 */
import { findQuestion } from '../quiz/lookup.ts';
import type { BotDeps } from './bot-deps.ts';
import { explanationCard } from './cards/result-card.ts';
import { viewChannel } from './channel-view.ts';
import { UserError } from './errors.ts';
import { literal } from './markup.ts';
import type { ChannelRef, Reply } from './types.ts';

/** True when showing the question's answer to `userId` would spoil an open post. */
export function wouldSpoil(
  deps: BotDeps,
  ref: ChannelRef,
  userId: string,
  questionId: string,
): boolean {
  return deps.store
    .openPosts()
    .some(
      (p) =>
        p.questionId === questionId &&
        p.platform === ref.platform &&
        p.teamId === ref.teamId &&
        deps.store.findAnswer(p.id, userId) === null,
    );
}

export function explainReply(
  deps: BotDeps,
  ref: ChannelRef,
  userId: string,
  rawId: string | undefined,
): Reply {
  const { key, m } = viewChannel(deps, ref);
  let questionId: string;
  if (rawId !== undefined) {
    const found = findQuestion(deps.bank, rawId);
    if (!found) throw new UserError('unknown_question', m.unknownQuestion(literal(rawId)));
    questionId = found.id;
  } else {
    const latest = deps.store.latestPost(key);
    if (!latest) throw new UserError('no_question_yet', m.noQuestionYet);
    questionId = latest.questionId;
  }
  const question = deps.questions.get(questionId);
  if (!question) throw new UserError('unknown_question', m.unknownQuestion(questionId));
  if (wouldSpoil(deps, ref, userId, questionId))
    throw new UserError('would_spoil', m.explainWouldSpoil);
  return explanationCard(question, m);
}
