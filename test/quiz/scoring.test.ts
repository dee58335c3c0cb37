import { describe, expect, it } from 'vitest';
import { BASE_POINTS, MAX_STREAK_BONUS, pointsFor } from '../../src/quiz/scoring.ts';

describe('pointsFor', () => {
  it('gives nothing for a wrong answer, whatever the streak', () => {
    expect(pointsFor(false, 0)).toBe(0);
    expect(pointsFor(false, 9)).toBe(0);
  });
  it('gives the base for a first correct answer and a capped bonus for a streak', () => {
    expect(pointsFor(true, 1)).toBe(BASE_POINTS);
    expect(pointsFor(true, 2)).toBe(BASE_POINTS + 1);
    expect(pointsFor(true, 100)).toBe(BASE_POINTS + MAX_STREAK_BONUS);
  });
});
