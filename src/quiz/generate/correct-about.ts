/**
 * *Which is correct about X*: X's correct understanding against what the notes call wrong about
 * X — the row's misconceptions written out, the section's × bullets and denied points, and,
 * only to reach three options, the statements of concepts the notes contrast with X and the
 * other side of X's comparison-table rows. Pure.
 */
import type { ConceptFacts, WrongStatement } from '../facts/concept-facts.ts';
import type { Choice } from '../types.ts';
import { wordingFor } from '../wording.ts';
import type { Draft } from './draft.ts';
import { MAX_OPTIONS, MIN_OPTIONS } from './draft.ts';
import { explanation, sourceOf, splitChoices } from './explain.ts';
import { tableSwaps } from './table-statements.ts';

export function correctAboutDrafts(facts: ConceptFacts): Draft[] {
  const { concept, document } = facts;
  const w = wordingFor(document.language);
  const wrongs: WrongStatement[] = [...facts.rowWrongs, ...facts.extraWrongs];
  const fill: WrongStatement[] = [
    ...facts.contrasts.map(
      (other): WrongStatement => ({
        text: other.correct,
        why: w.thatIs(other.name, other.correct),
        origin: 'contrast',
        section: other.section,
      }),
    ),
    ...tableSwaps(facts),
  ];
  for (const extra of fill) if (wrongs.length < MIN_OPTIONS - 1) wrongs.push(extra);
  if (wrongs.length < MIN_OPTIONS - 1) return [];
  const choices: Choice[] = [
    { text: concept.correct, correct: true, why: null },
    ...wrongs
      .slice(0, MAX_OPTIONS - 1)
      .map((wrong) => ({ text: wrong.text, correct: false, why: wrong.why })),
  ];
  return [
    {
      conceptId: concept.id,
      conceptName: concept.name,
      kind: 'correct-about',
      prompt: w.correctAbout(concept.name),
      choices,
      section: concept.section,
      language: document.language,
      explain: (final) => {
        const { answer } = splitChoices(final);
        return explanation({ answer, concept, source: sourceOf(concept, concept.section) });
      },
    },
  ];
}
