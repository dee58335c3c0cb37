/**
 * *Which is a misconception about X*: one statement the notes call wrong (a × bullet, a denied
 * point, a misconception cell written out from them) among two or three true statements of X's
 * section (its correct understanding, first sentence, features, points). True statements that
 * repeat the wrong one's words are avoided, so the answer is not given away by a mirror image.
 * Pure.
 */
import type { ConceptFacts, TrueStatement, WrongStatement } from '../facts/concept-facts.ts';
import { overlap } from '../text/runs.ts';
import { wordingFor } from '../wording.ts';
import { type Draft, MAX_OPTIONS, MIN_OPTIONS, tidyOption } from './draft.ts';
import { explanation, sourceOf, splitChoices } from './explain.ts';

const TRUE_OPTIONS = 3;
const MIRROR = 0.6;

/**
 * The wrong statements that make a "which is a misconception" question: those written in the
 * notes' own words (not a bare cell, not another concept's statement, not the swapped one).
 */
function askable(facts: ConceptFacts): WrongStatement[] {
  const fromRow = facts.rowWrongs.filter(
    (w) => !w.terse && (w.via === 'match' || w.via === 'parallel'),
  );
  return [...fromRow, ...facts.extraWrongs];
}

export function misconceptionAboutDrafts(facts: ConceptFacts): Draft[] {
  return askable(facts)
    .map((wrong) => draftFor(facts, wrong))
    .filter((d): d is Draft => d !== null);
}

function draftFor(facts: ConceptFacts, wrong: WrongStatement): Draft | null {
  const trues = pickTrues(facts.trues, wrong.text);
  if (trues.length < MIN_OPTIONS - 1) return null;
  const { concept, document } = facts;
  const w = wordingFor(document.language);
  return {
    conceptId: concept.id,
    conceptName: concept.name,
    kind: 'misconception-about',
    asksFor: 'misconception',
    prompt: w.misconceptionAbout(concept.name),
    choices: [
      { text: wrong.text, correct: true, why: wrong.note ?? wrong.why },
      ...trues.slice(0, MAX_OPTIONS - 1).map((t) => ({ text: t.text, correct: false, why: null })),
    ],
    section: wrong.section ?? concept.section,
    language: document.language,
    explain: (final) => {
      const { answer } = splitChoices(final);
      const section = wrong.section ?? concept.section;
      return explanation({
        answer,
        concept,
        why: answer.why,
        source: sourceOf(concept, section),
      });
    },
  };
}

/** Up to three true statements, those not mirroring the wrong one first, closest in length. */
function pickTrues(trues: readonly TrueStatement[], wrong: string): TrueStatement[] {
  const length = [...tidyOption(wrong)].length;
  const byLength = (a: TrueStatement, b: TrueStatement): number =>
    Math.abs([...a.text].length - length) - Math.abs([...b.text].length - length);
  const clear = trues.filter((t) => overlap(t.text, wrong) < MIRROR).sort(byLength);
  if (clear.length >= MIN_OPTIONS - 1) return clear.slice(0, TRUE_OPTIONS);
  const mirrors = trues
    .filter((t) => overlap(t.text, wrong) >= MIRROR)
    .sort((a, b) => overlap(a.text, wrong) - overlap(b.text, wrong));
  return [...clear, ...mirrors].slice(0, MIN_OPTIONS - 1);
}
