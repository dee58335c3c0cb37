/**
 * Points for a daily answer. Pure; the store applies it when an answer is recorded, and the
 * brute-force checks in the store tests recompute boards with the same function.
 *
 * A correct answer is worth {@link BASE_POINTS}; a streak adds {@link STREAK_BONUS} for every
 * consecutive correct post before this one, up to {@link MAX_STREAK_BONUS}. A wrong answer is 0.
 */
export const BASE_POINTS = 10;
export const STREAK_BONUS = 1;
export const MAX_STREAK_BONUS = 5;

/** @param streakAfter the user's streak in the channel including this answer (1 for a first correct). */
export function pointsFor(correct: boolean, streakAfter: number): number {
  if (!correct) return 0;
  const bonus = Math.min(Math.max(streakAfter - 1, 0) * STREAK_BONUS, MAX_STREAK_BONUS);
  return BASE_POINTS + bonus;
}
