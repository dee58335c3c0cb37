import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import {
  intervalDays,
  isRepeatReview,
  newCardState,
  parseCardState,
  predictedRecall,
  ratingFor,
  rerateWithConfidence,
  reviewCard,
  serializeCardState,
} from '../../../src/quiz/learning/fsrs-card.ts';

const T0 = Date.parse('2026-11-30T00:00:00Z');
const DAY = 86_400_000;
const review = (correct: boolean, confidence?: 'sure' | 'unsure', at = T0) => ({
  at,
  correct,
  confidence: confidence ?? null,
  questionId: 'q1',
  source: 'practice' as const,
});

describe('FSRS rating rules', () => {
  it('maps correctness and confidence to grades', () => {
    expect(ratingFor(false)).toBe(Rating.Again);
    expect(ratingFor(false, 'sure')).toBe(Rating.Again);
    expect(ratingFor(false, 'unsure')).toBe(Rating.Again);
    expect(ratingFor(true, 'unsure')).toBe(Rating.Hard);
    expect(ratingFor(true)).toBe(Rating.Good);
    expect(ratingFor(true, 'sure')).toBe(Rating.Easy);
  });

  it('brings a new card back sooner the worse the answer: wrong < unsure < right < sure', () => {
    const days = [review(false), review(true, 'unsure'), review(true), review(true, 'sure')].map(
      (r) => intervalDays(reviewCard(null, r)),
    );
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(new Set(days).size).toBe(4);
    expect(days[0]).toBeGreaterThanOrEqual(1); // whole days: no minute-long learning steps
  });

  it('a lapse on a well-known card shortens its interval', () => {
    let state = reviewCard(null, review(true, 'sure'));
    state = reviewCard(state, review(true, undefined, state.card.due));
    const before = intervalDays(state);
    const lapsed = reviewCard(state, review(false, undefined, state.card.due));
    expect(intervalDays(lapsed)).toBeLessThan(before);
    expect(lapsed.card.lapses).toBe(1);
  });
});

describe('confidence after answering', () => {
  it('re-rates the last right answer from the card as it was before', () => {
    const good = reviewCard(null, review(true));
    const sure = rerateWithConfidence(good, 'sure')!;
    expect(sure).toEqual(reviewCard(null, review(true, 'sure')));
    const unsure = rerateWithConfidence(sure, 'unsure')!; // a change of mind replays from `previous`, not on top
    expect(unsure).toEqual(reviewCard(null, review(true, 'unsure')));
  });

  it('does nothing for a wrong answer or a card never reviewed', () => {
    expect(rerateWithConfidence(reviewCard(null, review(false)), 'sure')).toBeNull();
    expect(rerateWithConfidence(newCardState(T0), 'sure')).toBeNull();
  });
});

describe('stored state', () => {
  it('round-trips through JSON', () => {
    const state = reviewCard(
      reviewCard(null, review(true)),
      review(false, undefined, T0 + 3 * DAY),
    );
    expect(parseCardState(serializeCardState(state))).toEqual(state);
    expect(parseCardState(null)).toBeNull();
  });

  it.each([
    ['not json', 'practice state is not JSON'],
    ['{"version":2}', 'not a version 1 FSRS card'],
    [
      '{"version":1,"card":{"due":"soon"},"previous":null,"last":null}',
      'not a version 1 FSRS card',
    ],
    ['null', 'not a version 1 FSRS card'],
  ])('names what is wrong with %s', (json, message) => {
    const parsed = parseCardState(json);
    expect(parsed && 'error' in parsed ? parsed.error : '').toContain(message);
  });
});

describe('predicted recall', () => {
  it('is unknown for a new card and falls as time passes', () => {
    expect(predictedRecall(newCardState(T0), T0)).toBeNull();
    const state = reviewCard(null, review(true));
    const now = predictedRecall(state, T0)!;
    const later = predictedRecall(state, T0 + 10 * DAY)!;
    expect(now).toBeCloseTo(1, 5);
    expect(later).toBeLessThan(now);
    expect(later).toBeGreaterThan(0);
  });

  it('is lower for a concept answered wrong than for one answered right with "sure"', () => {
    const wrong = reviewCard(null, review(false));
    const sure = reviewCard(null, review(true, 'sure'));
    expect(predictedRecall(wrong, T0 + 2 * DAY)!).toBeLessThan(
      predictedRecall(sure, T0 + 2 * DAY)!,
    );
  });
});

describe('double clicks', () => {
  it('treats the same question answered again within the window as a repeat', () => {
    const state = reviewCard(null, review(true));
    expect(isRepeatReview(state, 'q1', T0 + 60_000, 30 * 60_000)).toBe(true);
    expect(isRepeatReview(state, 'q2', T0 + 60_000, 30 * 60_000)).toBe(false);
    expect(isRepeatReview(state, 'q1', T0 + 31 * 60_000, 30 * 60_000)).toBe(false);
    expect(isRepeatReview(null, 'q1', T0, 30 * 60_000)).toBe(false);
  });
});
