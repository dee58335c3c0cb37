/**
 * The question a post asked, as stored with the post (`posts.question`, JSON). It is written once,
 * when the post is created (or, for posts made before migration 0006, filled in at start-up), and
 * read back by everything that shows or scores the post, so an edit of the notes can change
 * neither an open post nor a past one.
 */
import type { Question } from '../quiz/types.ts';

/** The JSON stored for a question. */
export function serializeQuestion(question: Question): string {
  return JSON.stringify(question);
}

/**
 * The stored question, or null when there is none or the text is not a question (a record
 * damaged by hand is treated as a question that is gone, never as a crash).
 */
export function parseStoredQuestion(json: string | null): Question | null {
  if (json === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  return looksLikeQuestion(value) ? value : null;
}

function looksLikeQuestion(value: unknown): value is Question {
  if (typeof value !== 'object' || value === null) return false;
  const q = value as Partial<Question>;
  return (
    typeof q.id === 'string' &&
    typeof q.prompt === 'string' &&
    typeof q.conceptId === 'string' &&
    Array.isArray(q.choices) &&
    q.choices.length >= 2 &&
    q.choices.every((c) => typeof c?.text === 'string' && typeof c.correct === 'boolean') &&
    q.choices.filter((c) => c.correct).length === 1
  );
}

/** Where the question's key is among its options (as shown). */
export function keyIndex(question: Question): number {
  return question.choices.findIndex((c) => c.correct);
}
