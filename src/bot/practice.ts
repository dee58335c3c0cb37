/**
 * Private practice: a question only the caller sees, answered without touching the leaderboard.
 * Questions open in the team's channels are never offered (that would spoil them).
 */
import type { Question } from '../quiz/types.ts';
import type { BotDeps } from './bot-deps.ts';
import { practiceCard } from './cards/question-card.ts';
import { resultCard } from './cards/result-card.ts';
import { viewChannel } from './channel-view.ts';
import { UserError } from './errors.ts';
import { confidenceButtons } from './learning/confidence.ts';
import { loadCard, nextPracticeConcept, recordReview } from './learning/practice-cards.ts';
import { nextReviewText } from './learning/review-format.ts';
import { askableQuestions } from './notes/askable-questions.ts';
import type { ActionEvent, ChannelRef, Reply } from './types.ts';

function openQuestionIds(deps: BotDeps, ref: ChannelRef): Set<string> {
  return new Set(
    deps.store
      .openPosts()
      .filter((p) => p.platform === ref.platform && p.teamId === ref.teamId)
      .map((p) => p.questionId),
  );
}

/**
 * Chooses a practice question. For one concept when asked (a "practise this" button); otherwise
 * the spaced-repetition schedule decides (learning/practice-cards.ts): the most overdue due card,
 * then a concept never practised, then the card most likely forgotten. Within the concept, a
 * question other than the one last answered when there is one.
 */
export function choosePracticeQuestion(
  deps: BotDeps,
  ref: ChannelRef,
  userId: string,
  conceptId?: string,
): Question | null {
  const open = openQuestionIds(deps, ref);
  const allowed = askableQuestions(deps, ref).filter(
    (q) => !open.has(q.id) && (conceptId === undefined || q.conceptId === conceptId),
  );
  if (allowed.length === 0) return null;
  const concept =
    conceptId ??
    nextPracticeConcept(deps, ref.platform, userId, new Set(allowed.map((q) => q.conceptId)));
  const ofConcept = allowed.filter((q) => q.conceptId === concept);
  const lastId = concept
    ? loadCard(deps, ref.platform, userId, concept)?.last?.questionId
    : undefined;
  const others = ofConcept.filter((q) => q.id !== lastId);
  const pool = others.length > 0 ? others : ofConcept.length > 0 ? ofConcept : allowed;
  return pool[Math.floor(deps.random() * pool.length)]!;
}

export function practiceReply(
  deps: BotDeps,
  ref: ChannelRef,
  userId: string,
  conceptId?: string,
): Reply {
  const { m } = viewChannel(deps, ref);
  const question = choosePracticeQuestion(deps, ref, userId, conceptId);
  if (!question) throw new UserError('empty_bank', m.emptyBank);
  return practiceCard(question, m);
}

/** A click on a practice question's option: `questionId:choiceIndex`. */
export function practiceAnswer(deps: BotDeps, event: ActionEvent): Reply {
  const { m, locale, timezone } = viewChannel(deps, event);
  const match = /^([^:]+):(\d{1,2})$/.exec(event.value);
  const question = match ? deps.questions.get(match[1]!) : undefined;
  const choiceIndex = match ? Number(match[2]) : -1;
  if (!question || choiceIndex >= question.choices.length)
    throw new UserError('unknown_question', m.unknownQuestion(match?.[1] ?? event.value));
  const correct = question.choices[choiceIndex]!.correct;
  deps.store.recordPracticeAnswer({
    platform: event.platform,
    userId: event.userId,
    questionId: question.id,
    conceptId: question.conceptId,
    correct,
    at: deps.clock(),
  });
  // Spaced repetition: the answer reviews the user's FSRS card (Again when wrong, Good when right);
  // a right answer offers "sure / unsure" to re-rate it Easy / Hard.
  const review = recordReview(deps, {
    platform: event.platform,
    userId: event.userId,
    question,
    correct,
    source: 'practice',
  });
  const reviewAt = review.state.last?.at;
  return resultCard({
    question,
    choiceIndex,
    correct,
    m,
    practice: true,
    nextReview: nextReviewText(m, review.intervalDays, review.dueAt, timezone, locale),
    ...(correct && !review.repeated && reviewAt !== undefined
      ? { confidence: confidenceButtons(question, reviewAt, m) }
      : {}),
  });
}
