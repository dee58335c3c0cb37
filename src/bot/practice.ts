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
import type { ActionEvent, ChannelRef, Reply } from './types.ts';

function openQuestionIds(deps: BotDeps, ref: ChannelRef): Set<string> {
  return new Set(deps.store.openPosts().filter((p) => p.platform === ref.platform && p.teamId === ref.teamId).map((p) => p.questionId));
}

/** Chooses a practice question: due concepts first, then any; optionally for one concept. */
export function choosePracticeQuestion(deps: BotDeps, ref: ChannelRef, userId: string, conceptId?: string): Question | null {
  const open = openQuestionIds(deps, ref);
  const allowed = deps.bank.questions.filter((q) => !open.has(q.id) && (conceptId === undefined || q.conceptId === conceptId));
  if (allowed.length === 0) return null;
  const due = deps.store.duePracticeConcepts(ref.platform, userId, deps.clock());
  for (const concept of due) {
    const ofConcept = allowed.filter((q) => q.conceptId === concept);
    if (ofConcept.length > 0) return ofConcept[Math.floor(deps.random() * ofConcept.length)]!;
  }
  return allowed[Math.floor(deps.random() * allowed.length)]!;
}

export function practiceReply(deps: BotDeps, ref: ChannelRef, userId: string, conceptId?: string): Reply {
  const { m } = viewChannel(deps, ref);
  const question = choosePracticeQuestion(deps, ref, userId, conceptId);
  if (!question) throw new UserError('empty_bank', m.emptyBank);
  return practiceCard(question, m);
}

/** A click on a practice question's option: `questionId:choiceIndex`. */
export function practiceAnswer(deps: BotDeps, event: ActionEvent): Reply {
  const { m } = viewChannel(deps, event);
  const match = /^([^:]+):(\d{1,2})$/.exec(event.value);
  const question = match ? deps.questions.get(match[1]!) : undefined;
  const choiceIndex = match ? Number(match[2]) : -1;
  if (!question || choiceIndex >= question.choices.length) throw new UserError('unknown_question', m.unknownQuestion(match?.[1] ?? event.value));
  const correct = question.choices[choiceIndex]!.correct;
  deps.store.recordPracticeAnswer({
    platform: event.platform,
    userId: event.userId,
    questionId: question.id,
    conceptId: question.conceptId,
    correct,
    at: deps.clock(),
  });
  return resultCard({ question, choiceIndex, correct, m, practice: true });
}
