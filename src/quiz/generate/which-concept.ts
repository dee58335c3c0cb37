/**
 * *Which concept is this*: a defining statement of X → X's name, the distractors being the
 * concepts that the notes say the statement does not fit (their misconception cell points at
 * X — アンバサダー's `補助 ×` points at サイドカー — or they share a comparison table with X).
 * One question from the row's correct understanding, one from the section's first sentence when
 * it says something more. Pure.
 */
import type { ConceptFacts } from '../facts/concept-facts.ts';
import { mentions } from '../facts/mentions.ts';
import { pointingAt } from '../facts/rewrite.ts';
import { overlap } from '../text/runs.ts';
import type { Concept } from '../types.ts';
import { wordingFor } from '../wording.ts';
import { type Draft, MAX_OPTIONS, MIN_OPTIONS, tidyOption } from './draft.ts';
import { explanation, sourceOf, splitChoices } from './explain.ts';

/** Concepts whose notes rule out X's statements for them. */
export function rejecters(facts: ConceptFacts): Concept[] {
  const { concept, document } = facts;
  // Issue 11 item 7 (i11a): a map built once per document instead of a scan of every concept's cells.
  const byRow = (pointingAt(document.concepts).get(concept.id) ?? []).filter(
    (other) => other.id !== concept.id,
  );
  const byTable = facts.contrasts.filter((c) =>
    facts.tables.some((t) => [...t.columns.values()].some((k) => k.id === c.id)),
  );
  return [...new Map([...byRow, ...byTable].map((c) => [c.id, c])).values()];
}

/** An intro this close to the correct understanding would only ask the same question again. */
const SAME_STATEMENT = 0.9;

export function whichConceptDrafts(facts: ConceptFacts): Draft[] {
  const options = rejecters(facts).slice(0, MAX_OPTIONS - 1);
  if (options.length < MIN_OPTIONS - 1) return [];
  const { concept } = facts;
  const statements = [concept.correct];
  const intro = facts.intro;
  if (intro && overlap(intro, concept.correct) < SAME_STATEMENT) statements.push(intro);
  return statements
    .map(tidyOption)
    .filter((statement) => ![concept, ...options].some((c) => mentions(statement, c)))
    .map((statement) => draftFor(facts, statement, options));
}

function draftFor(facts: ConceptFacts, statement: string, options: readonly Concept[]): Draft {
  const { concept, document } = facts;
  const w = wordingFor(document.language);
  return {
    conceptId: concept.id,
    conceptName: concept.name,
    kind: 'which-concept',
    prompt: w.whichConcept(statement),
    choices: [
      { text: concept.name, correct: true, why: tidyOption(concept.correct) },
      ...options.map((o) => ({
        text: o.name,
        correct: false,
        why: w.conceptIs(o.name, tidyOption(o.correct)),
      })),
    ],
    section: concept.section,
    language: document.language,
    explain: (final) => {
      const { answer } = splitChoices(final);
      return explanation({ answer, concept, source: sourceOf(concept, concept.section) });
    },
  };
}
