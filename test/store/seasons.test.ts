import { describe, expect, it } from 'vitest';
import { createPost, openTestStore, SLACK, tempDir } from './helpers.ts';

describe('seasons', () => {
  it('starting one ends the previous; answers count for the season of their post; old seasons stay queryable', () => {
    const store = openTestStore(tempDir());
    expect(store.currentSeason('slack', 'T1')).toBeNull();
    const before = createPost(store, SLACK, '2026-11-02');
    store.recordAnswer({
      postId: before.id,
      userId: 'U1',
      userName: 'A',
      choiceIndex: 1,
      choiceText: 'B',
      at: before.openedAt + 1,
    });

    const spring = store.startSeason('slack', 'T1', '  Spring  ', 1000);
    expect(spring).toMatchObject({
      platform: 'slack',
      teamId: 'T1',
      name: 'Spring',
      startedAt: 1000,
      endedAt: null,
    });
    const p1 = createPost(store, SLACK, '2026-11-03');
    expect(p1.seasonId).toBe(spring.id);
    store.recordAnswer({
      postId: p1.id,
      userId: 'U1',
      userName: 'A',
      choiceIndex: 1,
      choiceText: 'B',
      at: p1.openedAt + 1,
    });

    const summer = store.startSeason('slack', 'T1', 'Summer', 2000);
    expect(store.currentSeason('slack', 'T1')).toEqual(summer);
    expect(store.listSeasons('slack', 'T1')).toEqual([{ ...spring, endedAt: 2000 }, summer]);
    // A post made before the new season still counts for the old one.
    store.recordAnswer({
      postId: p1.id,
      userId: 'U2',
      userName: 'B',
      choiceIndex: 0,
      choiceText: 'A',
      at: p1.openedAt + 2,
    });
    const p2 = createPost(store, SLACK, '2026-11-04');
    store.recordAnswer({
      postId: p2.id,
      userId: 'U2',
      userName: 'B',
      choiceIndex: 1,
      choiceText: 'B',
      at: p2.openedAt + 1,
    });

    const board = (seasonId?: number) =>
      store.leaderboard({
        scope: { kind: 'team', platform: 'slack', teamId: 'T1' },
        period: 'season',
        today: '2026-11-04',
        limit: 10,
        seasonId,
      });
    expect(board().label).toBe('Summer');
    expect(board().rows.map((r) => [r.userId, r.points])).toEqual([['U2', 10]]);
    expect(board(spring.id).label).toBe('Spring');
    expect(board(spring.id).rows.map((r) => [r.userId, r.points, r.answered])).toEqual([
      ['U1', 11, 1],
      ['U2', 0, 1],
    ]);
    const all = store.leaderboard({
      scope: { kind: 'channel', channel: SLACK },
      period: 'all',
      today: '2026-11-04',
      limit: 10,
    });
    expect(all.rows.map((r) => [r.userId, r.points])).toEqual([
      ['U1', 21],
      ['U2', 10],
    ]);
    expect(store.answerCount(before.id) + store.answerCount(p1.id) + store.answerCount(p2.id)).toBe(
      4,
    );
  });

  it("keeps teams apart and refuses another team's season or a nameless one", () => {
    const store = openTestStore(tempDir());
    const mine = store.startSeason('slack', 'T1', 'One', 0);
    const theirs = store.startSeason('discord', 'G1', 'Other', 0);
    expect(store.currentSeason('slack', 'T1')).toEqual(mine);
    expect(store.currentSeason('discord', 'G1')).toEqual(theirs);
    createPost(store, SLACK, '2026-11-03');
    expect(() =>
      store.leaderboard({
        scope: { kind: 'channel', channel: SLACK },
        period: 'season',
        today: '2026-11-03',
        limit: 5,
        seasonId: theirs.id,
      }),
    ).toThrow(`season ${theirs.id} is not a season of this team`);
    expect(() => store.startSeason('slack', 'T1', '   ', 0)).toThrow(/a season needs a name/);
    expect(store.listSeasons('slack', 'T1')).toEqual([mine]);
  });

  it('gives an empty season board to a team without a season', () => {
    const store = openTestStore(tempDir());
    const post = createPost(store, SLACK, '2026-11-03');
    store.recordAnswer({
      postId: post.id,
      userId: 'U1',
      userName: 'A',
      choiceIndex: 1,
      choiceText: 'B',
      at: post.openedAt + 1,
    });
    expect(
      store.leaderboard({
        scope: { kind: 'channel', channel: SLACK },
        period: 'season',
        today: '2026-11-03',
        limit: 5,
        userId: 'U1',
      }),
    ).toEqual({
      period: 'season',
      label: '',
      rows: [],
      me: null,
    });
  });
});
