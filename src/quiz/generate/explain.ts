/**
 * The explanation of a question as data ({@link Explanation}): why the key is right in the notes'
 * words, further lines from the notes, and the source. The labels around it (正解 / Answer,
 * 出典 / Source…) are the bot's, in the channel's language.
 */
import type { Choice, Concept, Explanation, SourceRef } from '../types.ts';
import { tidyOption } from './draft.ts';

export interface ExplanationParts {
  /** The key as it will be shown. */
  answer: Choice;
  /** The concept the question is about, when there is one. */
  concept: Concept | null;
  /** Why the key is right, in the notes' words; defaults to the concept's correct understanding. */
  why?: string | null;
  /** Further lines from the notes (a table row, a definition). */
  notes?: string[];
  source: SourceRef;
}

/** The structured explanation; the concept's correct understanding is not repeated when it is the key. */
export function explanation(parts: ExplanationParts): Explanation {
  const correct = parts.concept ? tidyOption(parts.concept.correct) : null;
  const why = parts.why !== undefined ? parts.why : correct;
  return {
    why: why && why !== parts.answer.text ? why : null,
    notes: parts.notes ?? [],
    source: parts.source,
  };
}

/** Where a question drawn from `concept` (or a table in `section`) comes from. */
export function sourceOf(concept: Concept | null, section: string | null, file = ''): SourceRef {
  return {
    file: concept?.source.file ?? file,
    line: concept?.source.line ?? 0,
    section,
  };
}

/** The correct choice and the others. */
export function splitChoices(choices: readonly Choice[]): { answer: Choice; others: Choice[] } {
  const answer = choices.find((c) => c.correct);
  if (!answer) throw new Error('a question needs a correct choice');
  return { answer, others: choices.filter((c) => !c.correct) };
}
