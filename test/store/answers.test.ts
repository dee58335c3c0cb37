import { describe, expect, it } from 'vitest';
import type { NewAnswer } from '../../src/store/types.ts';
import { createPost, openTestStore, SLACK, tempDir } from './helpers.ts';

const click = (
  postId: number,
  userId: string,
  choiceIndex: number,
  at: number,
  userName = `name-${userId}`,
): NewAnswer => ({
  postId,
  userId,
  userName,
  choiceIndex,
  choiceText: `choice ${choiceIndex}`,
  at,
});

describe('recordAnswer', () => {
  it('counts the same click twice only once and returns the locked choice', () => {
    const store = openTestStore(tempDir());
    const post = createPost(store, SLACK, '2026-11-27');
    expect(store.recordAnswer(click(post.id, 'U1', 1, post.openedAt + 10))).toEqual({
      status: 'counted',
      choiceIndex: 1,
      correct: true,
      streak: 1,
      points: 10,
    });
    expect(store.recordAnswer(click(post.id, 'U1', 1, post.openedAt + 11))).toEqual({
      status: 'already',
      choiceIndex: 1,
      correct: true,
    });
    expect(store.recordAnswer(click(post.id, 'U1', 3, post.openedAt + 12))).toEqual({
      status: 'already',
      choiceIndex: 1,
      correct: true,
    });
    expect(store.answerCount(post.id)).toBe(1);
    const board = store.leaderboard({
      scope: { kind: 'channel', channel: SLACK },
      period: 'all',
      today: '2026-11-27',
      limit: 10,
    });
    expect(board.rows).toEqual([
      {
        rank: 1,
        userId: 'U1',
        userName: 'name-U1',
        points: 10,
        correct: 1,
        answered: 1,
        accuracy: 1,
        streak: 1,
      },
    ]);
  });

  it('refuses a click on a closed post, past its closing time, or on a post a newer one replaced', () => {
    const store = openTestStore(tempDir());
    const first = createPost(store, SLACK, '2026-11-27');
    expect(store.recordAnswer(click(first.id, 'U1', 0, first.closesAt))).toEqual({
      status: 'closed',
    });
    const second = createPost(store, SLACK, '2026-11-28');
    expect(store.recordAnswer(click(first.id, 'U2', 0, first.openedAt + 1))).toEqual({
      status: 'closed',
    });
    expect(store.recordAnswer(click(second.id, 'U2', 0, second.openedAt + 1)).status).toBe(
      'counted',
    );
    expect(store.closePost(second.id, second.openedAt + 2)).toBe(true);
    expect(store.recordAnswer(click(second.id, 'U3', 0, second.openedAt + 1))).toEqual({
      status: 'closed',
    });
    // A user who answered before the close still sees their answer.
    expect(store.recordAnswer(click(second.id, 'U2', 1, second.openedAt + 3))).toEqual({
      status: 'already',
      choiceIndex: 0,
      correct: false,
    });
    expect(store.answerCount(first.id)).toBe(0);
    expect(store.answerCount(second.id)).toBe(1);
  });

  it("keeps a manual channel's post open past its closing time until it is closed", () => {
    const store = openTestStore(tempDir());
    store.upsertChannel(SLACK, { revealMode: 'manual' });
    const post = createPost(store, SLACK, '2026-11-27');
    expect(store.recordAnswer(click(post.id, 'U1', 1, post.closesAt + 60_000)).status).toBe(
      'counted',
    );
    store.closePost(post.id, post.closesAt + 120_000);
    expect(store.recordAnswer(click(post.id, 'U2', 1, post.closesAt + 60_000))).toEqual({
      status: 'closed',
    });
  });

  it('reports an unknown post', () => {
    const store = openTestStore(tempDir());
    expect(store.recordAnswer(click(99, 'U1', 0, 1))).toEqual({ status: 'no_such_post' });
  });

  it.each([
    [{ choiceIndex: 4 }, /choiceIndex 4 is out of range: post \d+ has 4 choices/],
    [{ choiceIndex: -1 }, /choiceIndex -1 must be a whole number from 0/],
    [{ userId: '' }, /userId must be a non-empty string/],
    [{ at: Number.NaN }, /at NaN is not a time/],
  ])('refuses a click with %j and records nothing', (bad, message) => {
    const store = openTestStore(tempDir());
    const post = createPost(store, SLACK, '2026-11-27');
    expect(() =>
      store.recordAnswer({ ...click(post.id, 'U1', 0, post.openedAt + 1), ...bad }),
    ).toThrow(message);
    expect(store.answerCount(post.id)).toBe(0);
    expect(
      store.leaderboard({
        scope: { kind: 'channel', channel: SLACK },
        period: 'all',
        today: '2026-11-27',
        limit: 10,
      }).rows,
    ).toEqual([]);
  });

  it('counts choices, lists answers, finds a locked answer', () => {
    const store = openTestStore(tempDir());
    const post = createPost(store, SLACK, '2026-11-27');
    store.recordAnswer(click(post.id, 'U2', 3, post.openedAt + 20));
    store.recordAnswer(click(post.id, 'U1', 1, post.openedAt + 10));
    store.recordAnswer(click(post.id, 'U3', 3, post.openedAt + 30));
    expect(store.answerDistribution(post.id)).toEqual([0, 1, 0, 2]);
    expect(store.answerDistribution(12345)).toEqual([]);
    expect(store.answersForPost(post.id)).toEqual([
      { userId: 'U1', userName: 'name-U1', choiceIndex: 1, correct: true, at: post.openedAt + 10 },
      { userId: 'U2', userName: 'name-U2', choiceIndex: 3, correct: false, at: post.openedAt + 20 },
      { userId: 'U3', userName: 'name-U3', choiceIndex: 3, correct: false, at: post.openedAt + 30 },
    ]);
    expect(store.findAnswer(post.id, 'U2')).toEqual({ choiceIndex: 3, correct: false });
    expect(store.findAnswer(post.id, 'U9')).toBeNull();
    store.closePost(post.id, post.openedAt + 40);
    expect(store.answerDistribution(post.id)).toEqual([0, 1, 0, 2]);
  });

  it('keeps the newest display name', () => {
    const store = openTestStore(tempDir());
    const first = createPost(store, SLACK, '2026-11-27');
    store.recordAnswer(click(first.id, 'U1', 1, first.openedAt + 1, 'Aiko'));
    const second = createPost(store, SLACK, '2026-11-28');
    store.recordAnswer(click(second.id, 'U1', 1, second.openedAt + 1, 'Aiko S.'));
    expect(store.answersForPost(first.id)[0]?.userName).toBe('Aiko S.');
    expect(store.userStats({ kind: 'channel', channel: SLACK }, 'U1').userName).toBe('Aiko S.');
  });
});

describe('streaks', () => {
  it('grows on consecutive posts, breaks on a wrong answer or a missed post, not on a day without a post', () => {
    const store = openTestStore(tempDir());
    const answer = (date: string, choice: number | null) => {
      const post = createPost(store, SLACK, date);
      if (choice !== null)
        return store.recordAnswer(click(post.id, 'U1', choice, post.openedAt + 1));
      return null;
    };
    expect(answer('2026-11-23', 1)).toMatchObject({ streak: 1, points: 10 });
    expect(answer('2026-11-24', 1)).toMatchObject({ streak: 2, points: 11 });
    // 25th: no post at all (e.g. a holiday) — nothing breaks.
    expect(answer('2026-11-26', 1)).toMatchObject({ streak: 3, points: 12 });
    expect(store.streak(SLACK, 'U1')).toEqual({ current: 3, best: 3 });
    expect(answer('2026-11-27', 0)).toMatchObject({ correct: false, streak: 0, points: 0 });
    expect(store.streak(SLACK, 'U1')).toEqual({ current: 0, best: 3 });
    expect(answer('2026-11-30', 1)).toMatchObject({ streak: 1 });
    expect(answer('2026-12-01', 1)).toMatchObject({ streak: 2 });
    // The next post is open and unanswered: the run still counts (they may yet answer).
    const open = createPost(store, SLACK, '2026-12-02');
    expect(store.streak(SLACK, 'U1')).toEqual({ current: 2, best: 3 });
    // Closed without their answer: the run is broken.
    store.closePost(open.id, open.openedAt + 5);
    expect(store.streak(SLACK, 'U1')).toEqual({ current: 0, best: 3 });
    expect(answer('2026-12-03', 1)).toMatchObject({ streak: 1 });
    expect(store.streak({ ...SLACK, channelId: 'nowhere' }, 'U1')).toEqual({ current: 0, best: 0 });
  });

  it('caps the streak bonus as pointsFor does', () => {
    const store = openTestStore(tempDir());
    const points: number[] = [];
    for (let day = 1; day <= 9; day++) {
      const post = createPost(store, SLACK, `2026-12-0${day}`);
      const result = store.recordAnswer(click(post.id, 'U1', 1, post.openedAt + 1));
      if (result.status === 'counted') points.push(result.points);
    }
    expect(points).toEqual([10, 11, 12, 13, 14, 15, 15, 15, 15]);
  });
});
