/**
 * Predicted recall of a concept across a channel's members: the mean of each member's FSRS
 * forgetting curve at `at`, over the members who have a card for it. Pure.
 */
import { parseCardState, predictedRecall } from './fsrs-card.ts';

/** One member's stored card for one concept (the JSON kept by the store). */
export interface MemberCard {
  userId: string;
  conceptId: string;
  state: string;
}

export interface TeamRecall {
  mean: number;
  members: number;
}

/** Mean predicted recall per concept id. Unreadable or never-reviewed cards are left out. */
export function teamRecall(cards: readonly MemberCard[], at: number): Map<string, TeamRecall> {
  const sums = new Map<string, { sum: number; members: number }>();
  for (const card of cards) {
    const state = parseCardState(card.state);
    if (state === null || 'error' in state) continue;
    const recall = predictedRecall(state, at);
    if (recall === null) continue;
    const entry = sums.get(card.conceptId) ?? { sum: 0, members: 0 };
    entry.sum += recall;
    entry.members += 1;
    sums.set(card.conceptId, entry);
  }
  return new Map([...sums].map(([id, s]) => [id, { mean: s.sum / s.members, members: s.members }]));
}
