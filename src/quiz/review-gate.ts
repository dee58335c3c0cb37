/**
 * The review gate between drafting and assembly: a draft is finished into the question it would
 * be and checked against every item rule of the review stage (src/quiz/review); the reasons it
 * fails are returned, for `quizbot check`. Pure.
 */
import { namesOf } from './generate/context.ts';
import { type Draft, finish } from './generate/draft.ts';
import { reviewQuestion } from './review/review.ts';
import type { NotesDocument } from './types.ts';

/** The reasons the finished draft breaks an item rule (empty when it breaks none). */
export function reviewDraft(draft: Draft, seed: string, doc: NotesDocument): string[] {
  const concept = doc.concepts.find((c) => c.id === draft.conceptId);
  return reviewQuestion(finish(draft, seed), {
    conceptNames: concept ? namesOf(concept) : [draft.conceptName],
    twoOptionsAllowed: draft.binary === true,
  }).map((r) => `${r.rule}: ${r.message}`);
}
