/**
 * Names of leaderboard boards. A board is a scope (one channel, or a whole team) and a period
 * bucket; every answer adds to the boards of its post:
 *
 * | scope   | week             | month          | season       | all time |
 * |---------|------------------|----------------|--------------|----------|
 * | channel | `c3/w2026-W48`   | `c3/m2026-11`  | `c3/s2`      | `c3/a`   |
 * | team    | `t1/w2026-W48`   | `t1/m2026-11`  | `t1/s2`      | `t1/a`   |
 *
 * `c3` / `t1` are the channel's and team's row ids; week and month come from the post's local date;
 * a post made while the team had no season adds to no season board.
 */
import type { Period } from './types.ts';

export interface PostBuckets {
  channelRef: number;
  teamRef: number;
  weekKey: string;
  monthKey: string;
  seasonId: number | null;
}

export const channelScope = (channelRef: number): string => `c${channelRef}`;
export const teamScope = (teamRef: number): string => `t${teamRef}`;

/** The bucket part of a board name for `period`. */
export function bucket(
  period: Period,
  keys: { weekKey: string; monthKey: string; seasonId: number | null },
): string | null {
  switch (period) {
    case 'week':
      return `w${keys.weekKey}`;
    case 'month':
      return `m${keys.monthKey}`;
    case 'season':
      return keys.seasonId === null ? null : `s${keys.seasonId}`;
    case 'all':
      return 'a';
  }
}

const PERIODS: readonly Period[] = ['week', 'month', 'season', 'all'];

/** Every board an answer to this post adds to (8, or 6 without a season). */
export function boardsOfPost(post: PostBuckets): string[] {
  const boards: string[] = [];
  for (const scope of [channelScope(post.channelRef), teamScope(post.teamRef)]) {
    for (const period of PERIODS) {
      const b = bucket(period, post);
      if (b !== null) boards.push(`${scope}/${b}`);
    }
  }
  return boards;
}
