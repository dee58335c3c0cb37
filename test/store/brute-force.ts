/**
 * Brute-force recomputation of boards, streaks and stats from the raw answers, written without the
 * store's incremental rules: a streak is re-derived by looking back over the channel's posts, a
 * week key by walking to the Thursday of the week, ranks by sorting everything. Answers to a
 * voided question's posts are left out, and those posts are skipped when looking back.
 */
import { pointsFor } from '../../src/quiz/scoring.ts';
import type { LeaderboardRow, Period } from '../../src/store/types.ts';

export interface RawPost {
  id: number;
  channel: string;
  team: string;
  seq: number;
  localDate: string;
  seasonId: number | null;
  questionId: string;
  conceptId: string;
  correctIndex: number;
  closed: boolean;
  /** The post's question is voided in its team: its answers do not count anywhere. */
  voided?: boolean;
}

export interface RawAnswer {
  postId: number;
  userId: string;
  choiceIndex: number;
  choiceText: string;
  at: number;
}

/** Week keys already walked: the recounts ask for the same few dozen dates again and again. */
const weekKeys = new Map<string, string>();

/** ISO week by walking: the Thursday of the date's Monday-based week names the year. */
export function bruteWeekKey(localDate: string): string {
  let key = weekKeys.get(localDate);
  if (key === undefined) {
    key = walkToWeekKey(localDate);
    weekKeys.set(localDate, key);
  }
  return key;
}

function walkToWeekKey(localDate: string): string {
  const day = new Date(`${localDate}T12:00:00Z`);
  const mondayOffset = (day.getUTCDay() + 6) % 7;
  const thursday = new Date(day.getTime() + (3 - mondayOffset) * 86_400_000);
  const year = thursday.getUTCFullYear();
  let week = 0;
  for (
    let t = new Date(Date.UTC(year, 0, 1, 12));
    t <= thursday;
    t = new Date(t.getTime() + 86_400_000)
  ) {
    if (t.getUTCDay() === 4) week += 1;
  }
  return `${year}-W${String(week).padStart(2, '0')}`;
}

interface Scored extends RawAnswer {
  post: RawPost;
  correct: boolean;
  streakAfter: number;
  points: number;
}

export class BruteForce {
  readonly scored: Scored[];
  private readonly posts: RawPost[];

  /** @param names display names by `platform|userId` (the newest one each user gave). */
  constructor(
    posts: RawPost[],
    answers: RawAnswer[],
    private readonly names: Map<string, string>,
  ) {
    this.posts = posts;
    const byId = new Map(posts.map((p) => [p.id, p]));
    const correctPosts = new Map<string, Set<number>>(); // channel|user → ids of posts answered correctly
    for (const a of answers) {
      const post = byId.get(a.postId)!;
      const key = `${post.channel}|${a.userId}`;
      if (!correctPosts.has(key)) correctPosts.set(key, new Set());
      if (a.choiceIndex === post.correctIndex) correctPosts.get(key)!.add(post.id);
    }
    this.scored = answers
      .filter((a) => !byId.get(a.postId)!.voided)
      .map((a) => {
        const post = byId.get(a.postId)!;
        const correct = a.choiceIndex === post.correctIndex;
        let streakAfter = 0;
        if (correct) {
          // Count back over the channel's earlier posts that count (voided ones are skipped).
          const mine = correctPosts.get(`${post.channel}|${a.userId}`)!;
          const earlier = this.countingPosts(post.channel).filter((p) => p.seq < post.seq);
          streakAfter = 1;
          for (let i = earlier.length - 1; i >= 0 && mine.has(earlier[i]!.id); i--)
            streakAfter += 1;
        }
        return { ...a, post, correct, streakAfter, points: pointsFor(correct, streakAfter) };
      });
  }

  /** The channel's posts whose answers count, by seq. */
  private countingPosts(channel: string): RawPost[] {
    return this.posts
      .filter((p) => p.channel === channel && !p.voided)
      .sort((a, b) => a.seq - b.seq);
  }

  /** Current (still counting) and best streak of a user in a channel. */
  streak(channel: string, userId: string): { current: number; best: number } {
    const mine = this.scored.filter((a) => a.post.channel === channel && a.userId === userId);
    const best = Math.max(0, ...mine.map((a) => a.streakAfter));
    const counting = this.countingPosts(channel);
    const latest = counting[counting.length - 1];
    if (!latest) return { current: 0, best };
    const onLatest = mine.find((a) => a.post.id === latest.id);
    if (onLatest) return { current: onLatest.streakAfter, best };
    const previous = counting[counting.length - 2];
    const onPrevious = previous && mine.find((a) => a.post.id === previous.id);
    return { current: !latest.closed && onPrevious ? onPrevious.streakAfter : 0, best };
  }

  /** Channel names are `platform/team/channel`, team names `platform/team`. */
  private nameIn(scope: { channel?: string; team?: string }, userId: string): string | undefined {
    const platform = (scope.channel ?? scope.team)!.split('/')[0];
    return this.names.get(`${platform}|${userId}`);
  }

  private inScope(scope: { channel?: string; team?: string }, a: Scored): boolean {
    return scope.channel !== undefined
      ? a.post.channel === scope.channel
      : a.post.team === scope.team;
  }

  private scopeStreak(
    scope: { channel?: string; team?: string },
    userId: string,
  ): { current: number; best: number } {
    const channels =
      scope.channel !== undefined
        ? [scope.channel]
        : [...new Set(this.posts.filter((p) => p.team === scope.team).map((p) => p.channel))];
    const all = channels.map((c) => this.streak(c, userId));
    return {
      current: Math.max(0, ...all.map((s) => s.current)),
      best: Math.max(0, ...all.map((s) => s.best)),
    };
  }

  /** The whole board, ranked: points desc, correct desc, answered asc, reached asc, user id asc. */
  board(
    scope: { channel?: string; team?: string },
    period: Period,
    bucket: string | number,
  ): LeaderboardRow[] {
    const inBucket = (a: Scored): boolean => {
      if (period === 'week') return bruteWeekKey(a.post.localDate) === bucket;
      if (period === 'month') return a.post.localDate.slice(0, 7) === bucket;
      if (period === 'season') return a.post.seasonId === bucket;
      return true;
    };
    const users = new Map<string, Scored[]>();
    for (const a of this.scored) {
      if (!this.inScope(scope, a) || !inBucket(a)) continue;
      users.set(a.userId, [...(users.get(a.userId) ?? []), a]);
    }
    const rows = [...users].map(([userId, list]) => {
      const points = list.reduce((s, a) => s + a.points, 0);
      const earning = list.filter((a) => a.points > 0).map((a) => a.at);
      const reached =
        earning.length > 0 ? Math.max(...earning) : Math.min(...list.map((a) => a.at));
      const correct = list.filter((a) => a.correct).length;
      return { userId, points, correct, answered: list.length, reached };
    });
    rows.sort(
      (a, b) =>
        b.points - a.points ||
        b.correct - a.correct ||
        a.answered - b.answered ||
        a.reached - b.reached ||
        (a.userId < b.userId ? -1 : 1),
    );
    return rows.map((r, i) => ({
      rank: i + 1,
      userId: r.userId,
      userName: this.nameIn(scope, r.userId) ?? r.userId,
      points: r.points,
      correct: r.correct,
      answered: r.answered,
      accuracy: r.correct / r.answered,
      streak: this.scopeStreak(scope, r.userId).current,
    }));
  }

  userStats(scope: { channel?: string; team?: string }, userId: string) {
    const mine = this.scored.filter((a) => a.userId === userId && this.inScope(scope, a));
    const correct = mine.filter((a) => a.correct).length;
    const streak = this.scopeStreak(scope, userId);
    const wrong = new Map<string, { conceptId: string; choiceText: string; count: number }>();
    for (const a of mine.filter((x) => !x.correct)) {
      const k = `${a.post.conceptId}\u0000${a.choiceText}`;
      const entry = wrong.get(k) ?? {
        conceptId: a.post.conceptId,
        choiceText: a.choiceText,
        count: 0,
      };
      entry.count += 1;
      wrong.set(k, entry);
    }
    return {
      userId,
      userName: this.nameIn(scope, userId) ?? null,
      answered: mine.length,
      correct,
      accuracy: mine.length === 0 ? 0 : correct / mine.length,
      streak: streak.current,
      bestStreak: streak.best,
      topMisconceptions: [...wrong.values()]
        .sort(
          (a, b) =>
            b.count - a.count || cmp(a.conceptId, b.conceptId) || cmp(a.choiceText, b.choiceText),
        )
        .slice(0, 5),
      weakestConcepts: conceptTable(mine).slice(0, 5),
    };
  }

  channelStats(channel: string) {
    const mine = this.scored.filter((a) => a.post.channel === channel);
    const wrong = new Map<
      string,
      { conceptId: string; questionId: string; choiceText: string; count: number }
    >();
    for (const a of mine.filter((x) => !x.correct)) {
      const k = `${a.post.conceptId}\u0000${a.post.questionId}\u0000${a.choiceText}`;
      const entry = wrong.get(k) ?? {
        conceptId: a.post.conceptId,
        questionId: a.post.questionId,
        choiceText: a.choiceText,
        count: 0,
      };
      entry.count += 1;
      wrong.set(k, entry);
    }
    return {
      concepts: conceptTable(mine),
      wrongChoices: [...wrong.values()]
        .sort(
          (a, b) =>
            b.count - a.count ||
            cmp(a.conceptId, b.conceptId) ||
            cmp(a.questionId, b.questionId) ||
            cmp(a.choiceText, b.choiceText),
        )
        .slice(0, 10),
    };
  }
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function conceptTable(answers: Scored[]) {
  const byConcept = new Map<string, { answered: number; correct: number }>();
  for (const a of answers) {
    const entry = byConcept.get(a.post.conceptId) ?? { answered: 0, correct: 0 };
    entry.answered += 1;
    if (a.correct) entry.correct += 1;
    byConcept.set(a.post.conceptId, entry);
  }
  return [...byConcept]
    .map(([conceptId, e]) => ({
      conceptId,
      answered: e.answered,
      correct: e.correct,
      accuracy: e.correct / e.answered,
    }))
    .sort(
      (a, b) => a.accuracy - b.accuracy || b.answered - a.answered || cmp(a.conceptId, b.conceptId),
    );
}
