/**
 * The adaptive daily question: aim the channel's question at what its members get wrong and are
 * about to forget. Pure: signals, clock-derived values and randomness are passed in.
 *
 * 1. Candidates are the questions not yet asked this round (see {@link roundCandidates}): no
 *    repeat until the bank is used up, and not the previous post's concept when avoidable.
 * 2. Each candidate concept gets a *need* in [0, 1] from two signals:
 *    - the channel's recent accuracy on it, smoothed towards 50 % so one answer does not decide
 *      everything: need = 1 − (correct + 1) / (answered + 2);
 *    - the mean FSRS predicted recall of the members who have a card for it: need = 1 − recall.
 *    Both known: 0.6 × accuracy need + 0.4 × recall need; one known: that one; none: 0.5 (a
 *    concept nobody has seen sits between the ones the team gets wrong and the ones it knows).
 * 3. The concepts within {@link SHORTLIST_MARGIN} of the highest need form the shortlist; a
 *    question of the shortlist is drawn with probability proportional to its concept's need.
 *    So a concept the channel gets wrong comes before mastered ones, with some variety among
 *    equally weak concepts.
 */
import { roundCandidates, weightedIndex } from '../selection.ts';
import type { Question } from '../types.ts';

/** What is known about one concept in a channel. */
export interface ConceptSignal {
  /** The channel's answers on the concept in the recent window. */
  /** The channel's recent answers on the concept. */
  recent?: { answered: number; correct: number };
  /** Mean predicted recall (0–1) of the channel's members who have a card for the concept. */
  recall?: { mean: number; members: number };
}

export interface AdaptiveInput {
  questions: readonly Question[];
  /** Question ids already posted in the channel, oldest first. */
  askedIds: readonly string[];
  signals: ReadonlyMap<string, ConceptSignal>;
  /** Uniform in [0, 1). */
  random: () => number;
}

/** The chosen question and why (for the log line). */
export interface AdaptiveSelection {
  question: Question;
  need: number;
  /** Raw recent accuracy on the concept (null when nobody answered it recently). */
  recentAccuracy: number | null;
  recentAnswered: number;
  /** Mean predicted recall (null when no member has a card for it). */
  predictedRecall: number | null;
  recallMembers: number;
  /** Questions that could have been chosen (not yet asked this round). */
  candidates: number;
  /** Distinct concepts among the candidates. */
  concepts: number;
  /** Concept ids within the margin of the highest need. */
  shortlist: string[];
}

export const ACCURACY_SHARE = 0.6;
export const UNEXPLORED_NEED = 0.5;
export const SHORTLIST_MARGIN = 0.05;

/** How much the channel needs a concept (0 = mastered and remembered, 1 = always wrong, forgotten). */
export function conceptNeed(signal: ConceptSignal | undefined): number {
  const recent = signal?.recent;
  const accuracyNeed =
    recent && recent.answered > 0 ? 1 - (recent.correct + 1) / (recent.answered + 2) : null;
  const recall = signal?.recall;
  const recallNeed =
    recall && recall.members > 0 ? 1 - Math.min(1, Math.max(0, recall.mean)) : null;
  if (accuracyNeed !== null && recallNeed !== null)
    return ACCURACY_SHARE * accuracyNeed + (1 - ACCURACY_SHARE) * recallNeed;
  return accuracyNeed ?? recallNeed ?? UNEXPLORED_NEED;
}

/** Picks the channel's next question, or null when the bank is empty. */
export function chooseAdaptiveQuestion(input: AdaptiveInput): AdaptiveSelection | null {
  const candidates = roundCandidates(input.questions, input.askedIds);
  if (candidates.length === 0) return null;
  const needs = new Map<string, number>();
  for (const q of candidates)
    if (!needs.has(q.conceptId))
      needs.set(q.conceptId, conceptNeed(input.signals.get(q.conceptId)));
  const highest = Math.max(...needs.values());
  const shortlist = [...needs]
    .filter(([, need]) => need >= highest - SHORTLIST_MARGIN - 1e-12)
    .map(([id]) => id);
  const pool = candidates.filter((q) => shortlist.includes(q.conceptId));
  // A tiny floor keeps a pool of fully mastered concepts (need 0) drawable.
  const weights = pool.map((q) => needs.get(q.conceptId)! + 1e-6);
  const question = pool[weightedIndex(weights, input.random)]!;
  const signal = input.signals.get(question.conceptId);
  const recent = signal?.recent;
  const recall = signal?.recall;
  return {
    question,
    need: needs.get(question.conceptId)!,
    recentAccuracy: recent && recent.answered > 0 ? recent.correct / recent.answered : null,
    recentAnswered: recent?.answered ?? 0,
    predictedRecall: recall && recall.members > 0 ? recall.mean : null,
    recallMembers: recall?.members ?? 0,
    candidates: candidates.length,
    concepts: needs.size,
    shortlist,
  };
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** One sentence for the log: why this concept today. */
export function explainSelection(s: AdaptiveSelection, conceptName: string): string {
  const parts: string[] = [];
  parts.push(
    s.recentAccuracy === null
      ? 'not answered recently'
      : `recent accuracy ${pct(s.recentAccuracy)} of ${s.recentAnswered} answers`,
  );
  parts.push(
    s.predictedRecall === null
      ? 'no member has practised it'
      : `predicted recall ${pct(s.predictedRecall)} across ${s.recallMembers} members`,
  );
  return (
    `"${conceptName}": ${parts.join(', ')}; need ${s.need.toFixed(2)}, ` +
    `${s.shortlist.length === 1 ? 'the highest' : `among the ${s.shortlist.length} highest`} of ${s.concepts} concepts with questions not yet asked this round`
  );
}
