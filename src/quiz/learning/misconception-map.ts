/**
 * The misconception map of a channel: which wrong options its members hold most, concept by
 * concept, with the correction from the notes, and which concepts they have mastered. Pure: the
 * counts come from the store, names and corrections from the question bank.
 */
import { optionBody, optionLabel } from '../review/labelled-options.ts';
import type { Concept, Question } from '../types.ts';

/** The channel's answers on one concept (daily questions). */
export interface ConceptTally {
  conceptId: string;
  answered: number;
  correct: number;
}

/** How often one wrong option was chosen on one concept. */
export interface WrongPick {
  conceptId: string;
  /** One of the questions the option was shown in (for the correction). */
  questionId: string;
  choiceText: string;
  /** Answers that chose it. */
  picks: number;
  /** Distinct people who chose it. */
  people: number;
}

/** A misconception the channel holds. */
export interface HeldMisconception {
  conceptId: string;
  conceptName: string;
  /** The belief: the option chosen, or for a missed "which is wrong?" question the false statement not spotted. */
  choiceText: string;
  picks: number;
  /** People who showed it (summed over the options that mean it; one answer per person per post). */
  people: number;
  /** picks / answers on the concept. */
  share: number;
  /** Why it is wrong: the option's explanation from the notes, else the concept's correct understanding. */
  correction: string;
}

export interface ConceptMastery {
  conceptId: string;
  conceptName: string;
  answered: number;
  correct: number;
  accuracy: number;
  /** Mean predicted recall of the members with a card, or null. */
  recall: number | null;
}

export interface ConceptMisconceptions extends ConceptMastery {
  misconceptions: HeldMisconception[];
}

export interface MisconceptionMap {
  /** Every held misconception, most people first (then most picks). */
  held: HeldMisconception[];
  /** Concepts with at least one wrong pick, weakest first, each with its misconceptions. */
  byConcept: ConceptMisconceptions[];
  /** Concepts answered at least {@link MASTERY.minAnswers} times at {@link MASTERY.minAccuracy} or better (and not forgotten). */
  mastered: ConceptMastery[];
}

/** When a concept counts as mastered by the channel. */
export const MASTERY = { minAnswers: 3, minAccuracy: 0.8, minRecall: 0.7 } as const;

export interface MisconceptionInput {
  concepts: readonly Concept[];
  questions: ReadonlyMap<string, Question>;
  tallies: readonly ConceptTally[];
  wrongPicks: readonly WrongPick[];
  /** Mean predicted recall per concept id (optional). */
  recall?: ReadonlyMap<string, number>;
}

/** The correction for a wrong option: its `why` in the question, else the concept's correct understanding. */
export function correctionFor(
  question: Question | undefined,
  choiceText: string,
  concept: Concept | undefined,
): string {
  const why = question?.choices.find((c) => c.text === choiceText && !c.correct)?.why?.trim();
  if (why) return why;
  return concept?.correct ?? '';
}

/**
 * What a wrong pick says the person believes, and its correction. Usually the option they chose.
 * But a "which of these is wrong?" question (`misconception-about`) is missed by *not* spotting
 * the false statement: the belief held is that statement (the question's right answer), and the
 * correction is the notes' reason it is false.
 */
export function heldBelief(
  question: Question | undefined,
  choiceText: string,
  concept: Concept | undefined,
): { statement: string; correction: string } {
  if (question?.kind === 'misconception-about') {
    const falseStatement = question.choices.find((c) => c.correct);
    if (falseStatement)
      return {
        statement: withoutOwnLabel(falseStatement.text, question.conceptName),
        correction: falseStatement.why?.trim() || (concept?.correct ?? ''),
      };
  }
  return { statement: choiceText, correction: correctionFor(question, choiceText, concept) };
}

/**
 * A statement without the label that names the question's concept (`APIコンポジション：効率的である`
 * of a misconception asked among siblings' statements, generate/misconception-among.ts): the map
 * shows it under that concept's name already.
 */
function withoutOwnLabel(text: string, conceptName: string): string {
  return optionLabel(text) === conceptName ? (optionBody(text) ?? text) : text;
}

export function buildMisconceptionMap(input: MisconceptionInput): MisconceptionMap {
  const concepts = new Map(input.concepts.map((c) => [c.id, c]));
  const name = (id: string) => concepts.get(id)?.name ?? id;
  const tallies = new Map(input.tallies.map((t) => [t.conceptId, t]));
  const mastery = (t: ConceptTally): ConceptMastery => ({
    conceptId: t.conceptId,
    conceptName: name(t.conceptId),
    answered: t.answered,
    correct: t.correct,
    accuracy: t.answered === 0 ? 0 : t.correct / t.answered,
    recall: input.recall?.get(t.conceptId) ?? null,
  });

  // Picks that mean the same belief (e.g. different true options of one "which is wrong?" question) add up.
  const beliefs = new Map<string, HeldMisconception>();
  for (const w of input.wrongPicks) {
    if (w.picks <= 0) continue;
    const { statement, correction } = heldBelief(
      input.questions.get(w.questionId),
      w.choiceText,
      concepts.get(w.conceptId),
    );
    const id = `${w.conceptId}\u0000${statement}`;
    const known = beliefs.get(id);
    if (known) {
      known.picks += w.picks;
      known.people += w.people;
      continue;
    }
    beliefs.set(id, {
      conceptId: w.conceptId,
      conceptName: name(w.conceptId),
      choiceText: statement,
      picks: w.picks,
      people: w.people,
      share: 0,
      correction,
    });
  }
  const held = [...beliefs.values()]
    .map((h) => {
      const answered = tallies.get(h.conceptId)?.answered ?? h.picks;
      return { ...h, share: h.picks / Math.max(answered, h.picks) };
    })
    .sort(
      (a, b) =>
        b.people - a.people ||
        b.picks - a.picks ||
        a.conceptId.localeCompare(b.conceptId) ||
        a.choiceText.localeCompare(b.choiceText),
    );

  const byConceptId = new Map<string, ConceptMisconceptions>();
  for (const h of held) {
    let entry = byConceptId.get(h.conceptId);
    if (!entry) {
      entry = {
        ...mastery(
          tallies.get(h.conceptId) ?? { conceptId: h.conceptId, answered: h.picks, correct: 0 },
        ),
        misconceptions: [],
      };
      byConceptId.set(h.conceptId, entry);
    }
    entry.misconceptions.push(h);
  }
  const byConcept = [...byConceptId.values()].sort(
    (a, b) =>
      a.accuracy - b.accuracy || b.answered - a.answered || a.conceptId.localeCompare(b.conceptId),
  );

  const mastered = input.tallies
    .map(mastery)
    .filter(
      (c) =>
        c.answered >= MASTERY.minAnswers &&
        c.accuracy >= MASTERY.minAccuracy &&
        (c.recall === null || c.recall >= MASTERY.minRecall),
    )
    .sort(
      (a, b) =>
        b.accuracy - a.accuracy ||
        b.answered - a.answered ||
        a.conceptId.localeCompare(b.conceptId),
    );

  return { held, byConcept, mastered };
}
