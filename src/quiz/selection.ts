/**
 * Which question a channel gets next. Pure: everything, randomness included, is passed in.
 *
 * - No repeat until the bank is used up: only the questions asked least often in this channel
 *   are candidates (so after a full round, a new round starts).
 * - Favour what the channel gets wrong: a candidate's weight grows as the channel's accuracy on
 *   its concept falls; a concept nobody has answered yet sits in the middle.
 * - Avoid the concept of the previous post when another is possible.
 */
import type { Question } from './types.ts';

/** How the channel has done on one concept. */
export interface ConceptRecord {
  answered: number;
  correct: number;
}

export interface SelectionInput {
  questions: readonly Question[];
  /** Question ids already posted in the channel, oldest first. */
  askedIds: readonly string[];
  /** The channel's record per concept id. */
  conceptRecords: ReadonlyMap<string, ConceptRecord>;
  /** Uniform in [0, 1). */
  random: () => number;
}

/** Why a question was chosen (for a log line). */
export interface Selection {
  question: Question;
  weight: number;
  /** Accuracy on the concept, or null when unanswered. */
  conceptAccuracy: number | null;
  candidates: number;
}

const UNANSWERED_WEIGHT = 2;

/** Weight of a concept: 1 (always right) … 4 (always wrong); unanswered: 2. */
export function conceptWeight(record: ConceptRecord | undefined): number {
  if (!record || record.answered === 0) return UNANSWERED_WEIGHT;
  const accuracy = record.correct / record.answered;
  return 1 + 3 * (1 - accuracy);
}

/**
 * The questions that may come next in a channel: those asked least often (no repeat until the bank
 * is used up), without the previous post's concept when another is possible. Empty only for an
 * empty bank. Shared by {@link chooseQuestion} and the adaptive choice (learning/adaptive-selection.ts).
 */
export function roundCandidates(questions: readonly Question[], askedIds: readonly string[]): Question[] {
  if (questions.length === 0) return [];
  const askCount = new Map<string, number>();
  for (const id of askedIds) askCount.set(id, (askCount.get(id) ?? 0) + 1);
  const fewest = Math.min(...questions.map((q) => askCount.get(q.id) ?? 0));
  const candidates = questions.filter((q) => (askCount.get(q.id) ?? 0) === fewest);

  const previous = askedIds.at(-1);
  const previousConcept = previous ? questions.find((q) => q.id === previous)?.conceptId : undefined;
  const fresh = candidates.filter((q) => q.conceptId !== previousConcept);
  return fresh.length > 0 ? fresh : candidates;
}

/** Picks the next question, or null when the bank is empty. */
export function chooseQuestion(input: SelectionInput): Selection | null {
  const { questions, askedIds, conceptRecords, random } = input;
  const candidates = roundCandidates(questions, askedIds);
  if (candidates.length === 0) return null;

  const weights = candidates.map((q) => conceptWeight(conceptRecords.get(q.conceptId)));
  const total = weights.reduce((a, b) => a + b, 0);
  let pick = random() * total;
  let index = 0;
  while (index < candidates.length - 1 && pick >= weights[index]!) {
    pick -= weights[index]!;
    index++;
  }
  const question = candidates[index]!;
  const record = conceptRecords.get(question.conceptId);
  return {
    question,
    weight: weights[index]!,
    conceptAccuracy: record && record.answered > 0 ? record.correct / record.answered : null,
    candidates: candidates.length,
  };
}
