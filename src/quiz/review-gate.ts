/**
 * The review gate between drafting and assembly: a draft is finished into the question it would
 * be and checked against every item rule of the review stage (src/quiz/review); the reasons it
 * fails are returned, for `quizbot check`. Pure.
 */
import { namesOf } from './generate/context.ts';
import { type Draft, finish } from './generate/draft.ts';
import { reviewQuestion } from './review/review.ts';
import type { Concept, NotesDocument } from './types.ts';

/** The reasons the finished draft breaks an item rule (empty when it breaks none). */
export function reviewDraft(draft: Draft, seed: string, doc: NotesDocument): string[] {
  const concept = conceptsOf(doc).get(draft.conceptId);
  return reviewQuestion(finish(draft, seed), {
    conceptNames: concept ? namesOf(concept) : [draft.conceptName],
    twoOptionsAllowed: draft.binary === true,
  }).map((r) => `${r.rule}: ${r.message}`);
}

const byId = new WeakMap<NotesDocument, Map<string, Concept>>();

/** The document's concepts by id (built once per document: a bank reviews many drafts). */
function conceptsOf(doc: NotesDocument): Map<string, Concept> {
  let map = byId.get(doc);
  if (!map) {
    map = new Map(doc.concepts.map((c) => [c.id, c]));
    byId.set(doc, map);
  }
  return map;
}
