/** The explanation text of a question: answer, correct understanding, each other option, source. */
import type { Choice, Concept } from '../types.ts';
import type { Wording } from '../wording.ts';
import { tidyOption } from './draft.ts';

export interface ExplanationParts {
  wording: Wording;
  /** Opening line(s), e.g. `正解：…`. */
  answer: string;
  concept: Concept | null;
  /** Lines between the answer and the other options (a table row, a definition). */
  notes?: string[];
  /** The options other than the answer, with their `why`. */
  others: readonly Choice[];
  /** True when the other options are the true ones (a "which is a misconception" question). */
  othersAreTrue?: boolean;
  section: string | null;
}

/** Joins the parts into the explanation shown by `/quiz explain`. */
export function explanation(parts: ExplanationParts): string {
  const { wording: w } = parts;
  const lines = [parts.answer];
  const correct = parts.concept ? tidyOption(parts.concept.correct) : null;
  if (parts.concept && correct && !parts.answer.endsWith(correct))
    lines.push(w.understanding(parts.concept.name, correct));
  lines.push(...(parts.notes ?? []));
  if (parts.others.length > 0) {
    lines.push(parts.othersAreTrue ? w.whyOthersRight : w.whyOthersWrong);
    for (const other of parts.others) {
      lines.push(
        parts.othersAreTrue
          ? w.rightBecause(other.text, other.why)
          : w.wrongBecause(other.text, other.why ?? w.rowSaysWrong),
      );
    }
  }
  lines.push(w.source(parts.section));
  return lines.join('\n');
}

/** The correct choice and the others. */
export function splitChoices(choices: readonly Choice[]): { answer: Choice; others: Choice[] } {
  const answer = choices.find((c) => c.correct);
  if (!answer) throw new Error('a question needs a correct choice');
  return { answer, others: choices.filter((c) => !c.correct) };
}
