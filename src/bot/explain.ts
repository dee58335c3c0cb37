/**
 * The explanation of a question, for `/quiz explain [ID]` and the Explain button. It never spoils
 * a question that is open somewhere in the team for someone who has not answered it.
 */
import { findQuestion } from '../quiz/lookup.ts';
import { canonicalId } from '../quiz/text/hash.ts';
import type { Question } from '../quiz/types.ts';
import type { BotDeps } from './bot-deps.ts';
import { explanationCard } from './cards/result-card.ts';
import { viewChannel } from './channel-view.ts';
import { UserError } from './errors.ts';
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
  let question: Question | null;
  if (rawId !== undefined) {
    question = questionById(deps, ref, rawId);
    if (!question) throw new UserError('unknown_question', m.unknownQuestion(rawId));
  } else {
    const latest = deps.store.latestPost(key);
    if (!latest) throw new UserError('no_question_yet', m.noQuestionYet);
    question = latest.question;
    if (!question) throw new UserError('question_withdrawn', m.questionWithdrawn);
  }
  if (wouldSpoil(deps, ref, userId, question.id))
    throw new UserError('would_spoil', m.explainWouldSpoil);
  return explanationCard(question, m);
}

/**
 * A question by the ID people see under it: as it was posted in the team when it was (the notes
 * may have changed since), else as the notes give it now.
 */
export function questionById(deps: BotDeps, ref: ChannelRef, rawId: string): Question | null {
  const inBank = findQuestion(deps.bank, rawId);
  for (const id of new Set([inBank?.id, canonicalId(rawId), rawId.trim()])) {
    if (!id) continue;
    const asked = deps.store.askedQuestion(ref.platform, ref.teamId, id);
    if (asked) return asked;
  }
  return inBank ?? null;
}
