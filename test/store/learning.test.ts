/**
 * The learning engine's store methods on real SQLite files: tallies and wrong picks of closed
 * posts only, week tallies, members' practice cards, the report schedule, and the once-per-week
 * report claim across two connections.
 */
import { describe, expect, it } from 'vitest';
import type { ChannelKey } from '../../src/store/types.ts';
import { createPost, openTestStore, SLACK, tempDir } from './helpers.ts';

const OTHER: ChannelKey = { platform: 'slack', teamId: 'T1', channelId: 'C2' };

/** Posts on three dates (two closed, one open) with answers: index 1 is right. */
function seed() {
  const store = openTestStore(tempDir());
  const answers: [string, string, string, number][] = [
    // date, concept, user, choice
    ['2026-11-23', 'saga', 'U1', 0],
    ['2026-11-23', 'saga', 'U2', 0],
    ['2026-11-23', 'saga', 'U3', 1],
    ['2026-11-30', 'saga', 'U1', 0],
    ['2026-11-30', 'saga', 'U2', 2],
    ['2026-12-01', 'cqrs', 'U1', 3], // the open post: never counted
  ];
  // One post at a time: a newer post closes the previous one to answers.
  for (const date of [...new Set(answers.map((a) => a[0]))]) {
    const mine = answers.filter((a) => a[0] === date);
    const post = createPost(store, SLACK, date, {
      conceptId: mine[0]![1],
      questionId: `q-${mine[0]![1]}-${date}`,
    });
    for (const [, , user, choice] of mine) {
      const result = store.recordAnswer({
        postId: post.id,
        userId: user,
        userName: user,
        choiceIndex: choice,
        choiceText: `option ${choice}`,
        at: Date.parse(`${date}T01:00:00Z`),
      });
      expect(result.status).toBe('counted');
    }
    if (date !== '2026-12-01') store.closePost(post.id, Date.parse(`${date}T12:00:00Z`));
  }
  return store;
}

describe('learning queries', () => {
  it('tallies closed posts per concept, in a range of local dates', () => {
    const store = seed();
    expect(store.conceptTallies(SLACK)).toEqual([{ conceptId: 'saga', answered: 5, correct: 1 }]);
    expect(store.conceptTallies(SLACK, { from: '2026-11-30' })).toEqual([
      { conceptId: 'saga', answered: 2, correct: 0 },
    ]);
    expect(store.conceptTallies(OTHER)).toEqual([]);
  });

  it('groups wrong picks by concept and option with distinct people, most people first', () => {
    const store = seed();
    expect(store.wrongPicks(SLACK)).toEqual([
      {
        conceptId: 'saga',
        questionId: 'q-saga-2026-11-23',
        choiceText: 'option 0',
        picks: 3,
        people: 2,
      },
      {
        conceptId: 'saga',
        questionId: 'q-saga-2026-11-30',
        choiceText: 'option 2',
        picks: 1,
        people: 1,
      },
    ]);
    expect(
      store.wrongPicks(SLACK, { from: '2026-11-24', to: '2026-11-30' }).map((w) => w.picks),
    ).toEqual([1, 1]);
  });

  it('tallies ISO weeks asked for that have answers', () => {
    const store = seed();
    expect(store.weekTallies(SLACK, ['2026-W47', '2026-W48', '2026-W49'])).toEqual([
      { weekKey: '2026-W48', answered: 3, correct: 1 },
      { weekKey: '2026-W49', answered: 2, correct: 0 },
    ]);
  });

  it("lists the practice cards of the channel's recent members only", () => {
    const store = seed();
    store.setPracticeState('slack', 'U1', 'saga', '{"u1":1}', 0);
    store.setPracticeState('slack', 'U3', 'saga', '{"u3":1}', 0);
    store.setPracticeState('slack', 'U9', 'saga', '{"stranger":1}', 0);
    store.setPracticeState('discord', 'U1', 'saga', '{"other platform":1}', 0);
    expect(store.memberPracticeStates(SLACK, 0).map((c) => c.userId)).toEqual(['U1', 'U3']);
    // U3 answered only on 11-23.
    expect(
      store.memberPracticeStates(SLACK, Date.parse('2026-11-29T00:00:00Z')).map((c) => c.userId),
    ).toEqual(['U1']);
  });

  it.each([
    [
      (s: ReturnType<typeof seed>) => s.conceptTallies(SLACK, { from: '30/11/2026' }),
      '"30/11/2026" is not a local date',
    ],
    [
      (s: ReturnType<typeof seed>) => s.weekTallies(SLACK, ['2026-48']),
      '"2026-48" is not an ISO week key',
    ],
    [(s: ReturnType<typeof seed>) => s.memberPracticeStates(SLACK, Number.NaN), 'since NaN'],
  ])('refuses bad input with a message naming it (%#)', (call, message) => {
    expect(() => call(seed())).toThrow(message);
  });
});

describe('weekly report schedule and claims', () => {
  it('keeps a schedule per channel and refuses bad ones', () => {
    const store = openTestStore(tempDir());
    expect(store.getReportSchedule(SLACK)).toBeNull();
    store.setReportSchedule(SLACK, {
      weekday: 1,
      time: '08:30',
      enabled: true,
      updatedBy: 'UADMIN',
    });
    store.setReportSchedule(SLACK, {
      weekday: 3,
      time: '18:00',
      enabled: false,
      updatedBy: 'UADMIN',
    });
    expect(store.getReportSchedule(SLACK)).toEqual({
      weekday: 3,
      time: '18:00',
      enabled: false,
      updatedBy: 'UADMIN',
    });
    expect(store.getReportSchedule(OTHER)).toBeNull();
    expect(() =>
      store.setReportSchedule(SLACK, {
        weekday: 7 as never,
        time: '18:00',
        enabled: true,
        updatedBy: null,
      }),
    ).toThrow('weekday 7');
    expect(() =>
      store.setReportSchedule(SLACK, { weekday: 1, time: '25:00', enabled: true, updatedBy: null }),
    ).toThrow('time "25:00"');
    expect(store.getReportSchedule(SLACK)!.weekday).toBe(3);
  });

  it('lets exactly one of two connections claim a week, survives reopening, and hands over an abandoned claim after the lease', () => {
    const dir = tempDir();
    const a = openTestStore(dir);
    const b = openTestStore(dir);
    expect(a.claimWeeklyReport(SLACK, '2026-W49', 1000, 500)).toBe(true);
    expect(b.claimWeeklyReport(SLACK, '2026-W49', 1100, 500)).toBe(false); // held
    expect(b.claimWeeklyReport(SLACK, '2026-W49', 1600, 500)).toBe(true); // a's claim was abandoned
    expect(a.claimWeeklyReport(SLACK, '2026-W49', 1700, 500)).toBe(false);
    b.finishWeeklyReport(SLACK, '2026-W49', 'posted', 'M1', 1650);
    a.close();
    const reopened = openTestStore(dir, {}, 'quizbot.db');
    expect(reopened.claimWeeklyReport(SLACK, '2026-W49', 999_999, 500)).toBe(false); // finished: never again
    expect(reopened.getWeeklyReport(SLACK, '2026-W49')).toEqual({
      weekKey: '2026-W49',
      claimedAt: 1600,
      outcome: 'posted',
      messageId: 'M1',
      finishedAt: 1650,
    });
    expect(reopened.claimWeeklyReport(SLACK, '2026-W50', 999_999, 500)).toBe(true); // a new week
    expect(reopened.claimWeeklyReport(OTHER, '2026-W49', 999_999, 500)).toBe(true); // another channel
    expect(() => reopened.claimWeeklyReport(SLACK, 'W49', 1, 1)).toThrow(
      '"W49" is not an ISO week key',
    );
  });
});
