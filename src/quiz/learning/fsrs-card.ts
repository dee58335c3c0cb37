/**
 * Spaced repetition with FSRS (ts-fsrs): one card per user and concept. Pure: every function takes
 * the time (`at`, epoch ms) it works at; nothing reads a clock.
 *
 * Rating rules (see {@link ratingFor}):
 * - wrong → Again (whatever the confidence: a confident mistake is still a lapse);
 * - right and "unsure" → Hard;
 * - right, no confidence given → Good;
 * - right and "sure" → Easy.
 *
 * Intervals are whole days (no minute-long learning steps): the bot talks in "next review in
 * 3 days", and people practise in chat, not in a flash-card app. Fuzz is off so tests can assert
 * exact intervals. With these parameters a new card comes back after 1 day (Again), 2 (Hard),
 * 3 (Good) or 8 (Easy).
 */
import { type Card, createEmptyCard, fsrs, type Grade, generatorParameters, Rating } from 'ts-fsrs';

export type Confidence = 'sure' | 'unsure';
/** What produced a review: a private practice answer or an answer to the channel's daily question. */
export type ReviewSource = 'practice' | 'daily';

const DAY_MS = 86_400_000;

/** The FSRS parameters the bot schedules with. */
export const FSRS_PARAMETERS = generatorParameters({
  request_retention: 0.9,
  maximum_interval: 365,
  enable_fuzz: false,
  enable_short_term: false,
  learning_steps: [],
  relearning_steps: [],
});

const scheduler = fsrs(FSRS_PARAMETERS);

/** A ts-fsrs card in JSON-safe form (times in epoch ms). */
export interface StoredCard {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  lastReview: number | null;
}

/** The last review of a card, kept so a confidence click can re-rate it. */
export interface LastReview {
  at: number;
  /** ts-fsrs Rating (1 Again … 4 Easy). */
  rating: number;
  correct: boolean;
  questionId: string;
  source: ReviewSource;
  confidence: Confidence | null;
}

/** What the store keeps per user and concept (as JSON, via `setPracticeState`). */
export interface ConceptCardState {
  version: 1;
  card: StoredCard;
  /** The card as it was before {@link last}; null for a card never reviewed. */
  previous: StoredCard | null;
  last: LastReview | null;
}

/** The FSRS grade of an answer. */
export function ratingFor(correct: boolean, confidence?: Confidence | null): Grade {
  if (!correct) return Rating.Again;
  if (confidence === 'sure') return Rating.Easy;
  if (confidence === 'unsure') return Rating.Hard;
  return Rating.Good;
}

function toStored(card: Card): StoredCard {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

function toCard(stored: StoredCard): Card {
  return {
    due: new Date(stored.due),
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsedDays,
    scheduled_days: stored.scheduledDays,
    learning_steps: stored.learningSteps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state,
    ...(stored.lastReview === null ? {} : { last_review: new Date(stored.lastReview) }),
  };
}

/** A card never reviewed, due at `at`. */
export function newCardState(at: number): ConceptCardState {
  return { version: 1, card: toStored(createEmptyCard(new Date(at))), previous: null, last: null };
}

const NUMBER_FIELDS = [
  'due',
  'stability',
  'difficulty',
  'elapsedDays',
  'scheduledDays',
  'learningSteps',
  'reps',
  'lapses',
  'state',
] as const;

function isStoredCard(value: unknown): value is StoredCard {
  if (typeof value !== 'object' || value === null) return false;
  const card = value as Record<string, unknown>;
  return (
    NUMBER_FIELDS.every((f) => Number.isFinite(card[f])) &&
    (card.lastReview === null || Number.isFinite(card.lastReview))
  );
}

/**
 * Reads a stored state. Returns null for a missing one, and `{ error }` for one this code cannot
 * read (the caller starts a new card and logs the error, so a bad row never blocks practice).
 */
export function parseCardState(json: string | null): ConceptCardState | { error: string } | null {
  if (json === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { error: `practice state is not JSON: ${(error as Error).message}` };
  }
  const state = value as Partial<ConceptCardState> | null;
  if (
    state?.version !== 1 ||
    !isStoredCard(state.card) ||
    (state.previous !== null && !isStoredCard(state.previous))
  ) {
    return { error: 'practice state is not a version 1 FSRS card' };
  }
  return state as ConceptCardState;
}

export function serializeCardState(state: ConceptCardState): string {
  return JSON.stringify(state);
}

/** One answer to review a card with. */
export interface ReviewInput {
  at: number;
  correct: boolean;
  confidence?: Confidence | null;
  questionId: string;
  source: ReviewSource;
}

/** Reviews the card (a new one when `state` is null) and returns its next state. */
export function reviewCard(state: ConceptCardState | null, review: ReviewInput): ConceptCardState {
  const current = state ?? newCardState(review.at);
  const grade = ratingFor(review.correct, review.confidence);
  const next = scheduler.next(toCard(current.card), new Date(review.at), grade);
  return {
    version: 1,
    card: toStored(next.card),
    previous: current.card,
    last: {
      at: review.at,
      rating: grade,
      correct: review.correct,
      questionId: review.questionId,
      source: review.source,
      confidence: review.confidence ?? null,
    },
  };
}

/**
 * Re-rates the last review with a confidence given after answering: the review is replayed from
 * the card as it was before, at the same time, with the grade the confidence implies.
 * Null when there is nothing to re-rate (no review yet, or the last answer was wrong: a wrong
 * answer is Again whatever the confidence).
 */
export function rerateWithConfidence(
  state: ConceptCardState,
  confidence: Confidence,
): ConceptCardState | null {
  const { last, previous } = state;
  if (!last || !previous || !last.correct) return null;
  const grade = ratingFor(true, confidence);
  const next = scheduler.next(toCard(previous), new Date(last.at), grade);
  return {
    version: 1,
    card: toStored(next.card),
    previous,
    last: { ...last, rating: grade, confidence },
  };
}

/** Days from the last review to the due date (0 for a card never reviewed). */
export function intervalDays(state: ConceptCardState): number {
  if (!state.last) return 0;
  return Math.max(0, Math.round((state.card.due - state.last.at) / DAY_MS));
}

/**
 * Predicted probability (0–1) that the user recalls the concept at `at`, from the FSRS forgetting
 * curve. Null for a card never reviewed (nothing to predict from).
 */
export function predictedRecall(state: ConceptCardState, at: number): number | null {
  if (state.card.reps === 0 || state.card.lastReview === null) return null;
  const recall = scheduler.get_retrievability(
    toCard(state.card),
    new Date(Math.max(at, state.card.lastReview)),
    false,
  );
  return Number.isFinite(recall) ? Math.min(1, Math.max(0, recall)) : null;
}

/** True when `questionId` was the card's last review less than `windowMs` before `at` (a double click). */
export function isRepeatReview(
  state: ConceptCardState | null,
  questionId: string,
  at: number,
  windowMs: number,
): boolean {
  const last = state?.last;
  return (
    last !== null &&
    last !== undefined &&
    last.questionId === questionId &&
    at - last.at >= 0 &&
    at - last.at < windowMs
  );
}
