/**
 * The documented ranking: points desc, correct desc, answered asc, who reached the score first
 * (latest point-earning answer; at 0 points, earliest answer), user id asc.
 */
import { describe, expect, it } from 'vitest';
import { createPost, openTestStore, SLACK, tempDir } from './helpers.ts';

describe('leaderboard ranking', () => {
  it('breaks every kind of tie in the documented order', () => {
    const store = openTestStore(tempDir());
    const d1 = createPost(store, SLACK, '2026-11-23'); // correct choice: 1
    const answer = (postId: number, userId: string, choice: number, at: number) =>
      store.recordAnswer({
        postId,
        userId,
        userName: userId,
        choiceIndex: choice,
        choiceText: `c${choice}`,
        at,
      });
    // Day 1: everyone but "late" and "zero-*" answers right.
    answer(d1.id, 'bob', 1, d1.openedAt + 30);
    answer(d1.id, 'amy', 1, d1.openedAt + 20);
    answer(d1.id, 'cat', 1, d1.openedAt + 20);
    answer(d1.id, 'dan', 1, d1.openedAt + 10);
    answer(d1.id, 'zero-b', 0, d1.openedAt + 5);
    answer(d1.id, 'zero-a', 0, d1.openedAt + 7);
    const d2 = createPost(store, SLACK, '2026-11-24');
    // Day 2: dan answers wrong (same points and correct as nobody else, but one more attempt).
    answer(d2.id, 'dan', 0, d2.openedAt + 1);
    // An answer recorded later but stamped earlier does not move "reached" back.
    answer(d2.id, 'late', 1, d2.openedAt + 50);

    const board = store.leaderboard({
      scope: { kind: 'channel', channel: SLACK },
      period: 'all',
      today: '2026-11-24',
      limit: 10,
    });
    expect(board.rows.map((r) => [r.rank, r.userId, r.points, r.correct, r.answered])).toEqual([
      [1, 'amy', 10, 1, 1], // reached 10 at +20, same as cat: user id decides
      [2, 'cat', 10, 1, 1],
      [3, 'bob', 10, 1, 1], // reached at +30
      [4, 'late', 10, 1, 1], // reached on day 2
      [5, 'dan', 10, 1, 2], // one more attempt for the same score
      [6, 'zero-b', 0, 0, 1], // at 0 points: earliest answer first
      [7, 'zero-a', 0, 0, 1],
    ]);
    for (const row of board.rows) {
      const alone = store.leaderboard({
        scope: { kind: 'channel', channel: SLACK },
        period: 'all',
        today: '2026-11-24',
        limit: 1,
        userId: row.userId,
      });
      expect(alone.me).toEqual(row);
    }
  });

  it('keeps the latest point-earning time even when answers arrive out of time order', () => {
    const store = openTestStore(tempDir());
    const a = createPost(store, SLACK, '2026-11-23');
    const b = createPost(store, { ...SLACK, channelId: 'C2' }, '2026-11-23');
    const answer = (postId: number, userId: string, at: number) =>
      store.recordAnswer({ postId, userId, userName: userId, choiceIndex: 1, choiceText: 'B', at });
    answer(a.id, 'x', a.openedAt + 100);
    answer(a.id, 'y', a.openedAt + 60);
    answer(b.id, 'x', a.openedAt + 50); // recorded after, stamped before: x still reached 20 at +100
    answer(b.id, 'y', a.openedAt + 70);
    const team = store.leaderboard({
      scope: { kind: 'team', platform: 'slack', teamId: 'T1' },
      period: 'all',
      today: '2026-11-23',
      limit: 10,
    });
    expect(team.rows.map((r) => [r.userId, r.points])).toEqual([
      ['y', 20],
      ['x', 20],
    ]);
  });
});
