/**
 * Spaced repetition through the store: each answer (practice or daily) reviews the user's FSRS
 * card for the concept, kept as JSON in the practice state with its due time, so it survives
 * restarts; practice questions come from due cards first, then new concepts.
 */
import {
  type ConceptCardState,
  type Confidence,
  intervalDays,
  isRepeatReview,
  parseCardState,
  predictedRecall,
  type ReviewSource,
  reviewCard,
  serializeCardState,
} from '../../quiz/learning/fsrs-card.ts';
import type { Question } from '../../quiz/types.ts';
import type { BotDeps } from '../bot-deps.ts';
import type { Platform } from '../types.ts';

/** A second answer to the same question within this time is a double click, not a new review. */
export const REPEAT_WINDOW_MS = 30 * 60_000;

/** The user's card for a concept; an unreadable one is logged and treated as new. */
export function loadCard(
  deps: BotDeps,
  platform: Platform,
  userId: string,
  conceptId: string,
): ConceptCardState | null {
  return readCard(deps, deps.store.getPracticeState(platform, userId, conceptId), {
    platform,
    userId,
    conceptId,
  });
}

/** A stored card (JSON, or null when none); an unreadable one is logged and treated as new. */
export function readCard(
  deps: BotDeps,
  stored: string | null,
  { platform, userId, conceptId }: { platform: Platform; userId: string; conceptId: string },
): ConceptCardState | null {
  const parsed = parseCardState(stored);
  if (parsed !== null && 'error' in parsed) {
    deps.logger.warn(
      { platform, userId, conceptId, problem: parsed.error },
      'unreadable practice state; starting a new card',
    );
    return null;
  }
  return parsed;
}

export function saveCard(
  deps: BotDeps,
  platform: Platform,
  userId: string,
  conceptId: string,
  state: ConceptCardState,
): void {
  deps.store.setPracticeState(
    platform,
    userId,
    conceptId,
    serializeCardState(state),
    state.card.due,
  );
}

export interface ReviewOutcome {
  state: ConceptCardState;
  dueAt: number;
  intervalDays: number;
  /** True when this was a repeat of the last review (nothing changed). */
  repeated: boolean;
}

export interface ReviewInput {
  platform: Platform;
  userId: string;
  question: Question;
  correct: boolean;
  source: ReviewSource;
  confidence?: Confidence;
}

/** Reviews the user's card for the question's concept with one answer, and saves it. */
export function recordReview(deps: BotDeps, input: ReviewInput): ReviewOutcome {
  const { platform, userId, question } = input;
  const before = loadCard(deps, platform, userId, question.conceptId);
  const outcome = reviewedCard(deps, before, input, deps.clock());
  if (!outcome.repeated) saveCard(deps, platform, userId, question.conceptId, outcome.state);
  return outcome;
}

/** The card after one answer at `at` (`repeated` when it repeats the last review: unchanged). Saves nothing. */
export function reviewedCard(
  deps: BotDeps,
  before: ConceptCardState | null,
  input: ReviewInput,
  at: number,
): ReviewOutcome {
  const { platform, userId, question } = input;
  if (before && isRepeatReview(before, question.id, at, REPEAT_WINDOW_MS)) {
    return {
      state: before,
      dueAt: before.card.due,
      intervalDays: intervalDays(before),
      repeated: true,
    };
  }
  const state = reviewCard(before, {
    at,
    correct: input.correct,
    confidence: input.confidence ?? null,
    questionId: question.id,
    source: input.source,
  });
  deps.logger.debug(
    {
      platform,
      userId,
      conceptId: question.conceptId,
      source: input.source,
      correct: input.correct,
      rating: state.last?.rating,
      dueAt: state.card.due,
    },
    'practice card reviewed',
  );
  return { state, dueAt: state.card.due, intervalDays: intervalDays(state), repeated: false };
}

/**
 * The concept to practise next: the most overdue due card, else a concept never practised
 * (drawn at random), else the card the user is most likely to have forgotten.
 * @param allowed concept ids that have a question the user may see now
 */
export function nextPracticeConcept(
  deps: BotDeps,
  platform: Platform,
  userId: string,
  allowed: ReadonlySet<string>,
): string | null {
  const now = deps.clock();
  for (const conceptId of deps.store.duePracticeConcepts(platform, userId, now))
    if (allowed.has(conceptId)) return conceptId;
  const cards = [...allowed].map((conceptId) => ({
    conceptId,
    state: loadCard(deps, platform, userId, conceptId),
  }));
  const fresh = cards.filter((c) => c.state === null || c.state.last === null);
  if (fresh.length > 0) return fresh[Math.floor(deps.random() * fresh.length)]!.conceptId;
  let best: { conceptId: string; recall: number } | null = null;
  for (const { conceptId, state } of cards) {
    const recall = state ? (predictedRecall(state, now) ?? 0) : 0;
    if (!best || recall < best.recall) best = { conceptId, recall };
  }
  return best?.conceptId ?? null;
}
