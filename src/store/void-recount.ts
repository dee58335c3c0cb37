/**
 * The recount after a question is voided or unvoided: answers stay append-only, and what the
 * change means for them is folded into the boards like answers are folded (board-fold.ts).
 *
 * The boards hold, for every answer up to the fold's watermark, its *effective* values: the
 * answer as recorded, unless `answer_corrections` (migration 0006) holds a recount of it. A void
 * or unvoid runs in one `BEGIN IMMEDIATE` transaction that first folds every answer recorded so
 * far (so the watermark is the newest answer and no click can slip in), then, per channel whose
 * posts changed:
 *
 * 1. walks the channel's posts in `seq` order and recounts every answer: an answer to a voided
 *    post does not count; any other answer's streak is the run of consecutive *counting* posts
 *    answered correctly (a voided post neither breaks nor grows a run), and its points follow;
 * 2. keeps a correction only for an answer whose recount differs from what was recorded;
 * 3. rewrites the channel's streak rows to the walk's end state — a run alive into a voided post
 *    is carried across it (its `last_correct_seq` moves onto the voided post), so the click path
 *    keeps its one rule, "a run continues when the last correct post is the one before";
 * 4. recomputes exactly the board rows (board × user) of answers whose effective values changed,
 *    from all of that user's effective answers on that board (a row left with no answer goes).
 *
 * Answers recorded afterwards are scored by the click path against the rewritten streaks, so they
 * need no correction, and the fold adds them as before.
 */
import type Database from 'better-sqlite3';
import { pointsFor } from '../quiz/scoring.ts';
import { boardsOfPost } from './board-keys.ts';
import { nextStreak, type StreakState } from './streaks.ts';

interface WalkPost {
  id: number;
  seq: number;
  voided: number;
  correct_index: number;
  channel_ref: number;
  team_ref: number;
  week_key: string;
  month_key: string;
  season_id: number | null;
}

interface WalkAnswer {
  id: number;
  post_id: number;
  user_id: string;
  correct: number;
  streak_after: number;
  points: number;
  counts_now: number;
  streak_now: number;
  points_now: number;
}

/** Effective values of one answer. */
interface Effect {
  counts: number;
  streakAfter: number;
  points: number;
}

const same = (a: Effect, b: Effect): boolean =>
  a.counts === b.counts && a.streakAfter === b.streakAfter && a.points === b.points;

export interface Recount {
  /** Recounts the channels in one transaction (the caller's); returns how many answers changed. */
  recountChannels(channelRefs: readonly number[]): number;
}

export function createRecount(db: Database.Database): Recount {
  const postsOf = db.prepare<[number], WalkPost>(
    `SELECT p.id, p.seq, p.void_ref IS NOT NULL AS voided, p.correct_index, p.channel_ref, c.team_ref,
       p.week_key, p.month_key, p.season_id
     FROM posts p JOIN channels c ON c.id = p.channel_ref WHERE p.channel_ref = ? ORDER BY p.seq`,
  );
  const answersOf = db.prepare<[number], WalkAnswer>(
    `SELECT a.id, a.post_id, a.user_id, a.correct, a.streak_after, a.points,
       coalesce(k.counts, 1) AS counts_now, coalesce(k.streak_after, a.streak_after) AS streak_now,
       coalesce(k.points, a.points) AS points_now
     FROM answers a JOIN posts p ON p.id = a.post_id LEFT JOIN answer_corrections k ON k.answer_id = a.id
     WHERE p.channel_ref = ? ORDER BY p.seq, a.id`,
  );
  const putCorrection = db.prepare(
    `INSERT INTO answer_corrections (answer_id, counts, streak_after, points) VALUES (?, ?, ?, ?)
     ON CONFLICT (answer_id) DO UPDATE SET counts = excluded.counts, streak_after = excluded.streak_after,
     points = excluded.points`,
  );
  const dropCorrection = db.prepare('DELETE FROM answer_corrections WHERE answer_id = ?');
  const streakUsers = db.prepare<[number], { user_id: string }>(
    'SELECT user_id FROM streaks WHERE channel_ref = ?',
  );
  const putStreak = db.prepare(
    `INSERT INTO streaks (user_id, channel_ref, current, best, last_correct_seq) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (user_id, channel_ref) DO UPDATE SET current = excluded.current, best = excluded.best,
     last_correct_seq = excluded.last_correct_seq`,
  );
  const dropStreak = db.prepare('DELETE FROM streaks WHERE user_id = ? AND channel_ref = ?');
  // Every effective answer of a user in a team, with the buckets of its post.
  const userAnswers = db.prepare<
    [string, number],
    {
      correct: number;
      points: number;
      at: number;
      channel_ref: number;
      team_ref: number;
      week_key: string;
      month_key: string;
      season_id: number | null;
    }
  >(
    `SELECT a.correct, coalesce(k.points, a.points) AS points, a.answered_at AS at, p.channel_ref,
       c.team_ref, p.week_key, p.month_key, p.season_id
     FROM answers a JOIN posts p ON p.id = a.post_id JOIN channels c ON c.id = p.channel_ref
     LEFT JOIN answer_corrections k ON k.answer_id = a.id
     WHERE a.user_id = ? AND c.team_ref = ? AND coalesce(k.counts, 1) = 1`,
  );
  const putRow = db.prepare(
    `INSERT INTO scores (board, user_id, points, correct, answered, reached_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (board, user_id) DO UPDATE SET points = excluded.points, correct = excluded.correct,
     answered = excluded.answered, reached_at = excluded.reached_at`,
  );
  const dropRow = db.prepare('DELETE FROM scores WHERE board = ? AND user_id = ?');

  /**
   * Steps 1–3 for one channel: adds the boards (by user, as `teamRef NUL board`) whose rows must be
   * recomputed to `stale`; returns how many answers changed.
   */
  function recountChannel(channelRef: number, stale: Map<string, Set<string>>): number {
    const posts = postsOf.all(channelRef);
    const answersByPost = new Map<number, WalkAnswer[]>();
    for (const a of answersOf.all(channelRef)) {
      const list = answersByPost.get(a.post_id) ?? [];
      list.push(a);
      answersByPost.set(a.post_id, list);
    }
    const runs = new Map<string, StreakState>();
    let changed = 0;
    for (const post of posts) {
      if (post.voided) {
        // A run alive into the voided post is carried across it.
        for (const run of runs.values())
          if (run.current > 0 && run.lastCorrectSeq === post.seq - 1) run.lastCorrectSeq = post.seq;
      }
      for (const a of answersByPost.get(post.id) ?? []) {
        let effect: Effect;
        if (post.voided) effect = { counts: 0, streakAfter: 0, points: 0 };
        else {
          const run = nextStreak(runs.get(a.user_id), post.seq, a.correct === 1);
          runs.set(a.user_id, run);
          effect = {
            counts: 1,
            streakAfter: run.current,
            points: pointsFor(a.correct === 1, run.current),
          };
        }
        const recorded = { counts: 1, streakAfter: a.streak_after, points: a.points };
        const before = { counts: a.counts_now, streakAfter: a.streak_now, points: a.points_now };
        if (same(effect, recorded)) dropCorrection.run(a.id);
        else putCorrection.run(a.id, effect.counts, effect.streakAfter, effect.points);
        if (same(effect, before)) continue;
        changed += 1;
        const boards = stale.get(a.user_id) ?? new Set<string>();
        for (const board of boardsOfPost({
          channelRef: post.channel_ref,
          teamRef: post.team_ref,
          weekKey: post.week_key,
          monthKey: post.month_key,
          seasonId: post.season_id,
        }))
          boards.add(`${post.team_ref}\u0000${board}`);
        stale.set(a.user_id, boards);
      }
    }
    const users = new Set([...runs.keys(), ...streakUsers.all(channelRef).map((r) => r.user_id)]);
    for (const user of users) {
      const run = runs.get(user);
      if (run) putStreak.run(user, channelRef, run.current, run.best, run.lastCorrectSeq);
      else dropStreak.run(user, channelRef);
    }
    return changed;
  }

  /** Step 4: the stale rows of one user, from all of the user's effective answers in the team. */
  function recomputeRows(userId: string, staleKeys: Set<string>): void {
    const byTeam = new Map<number, Set<string>>();
    for (const key of staleKeys) {
      const [team, board] = key.split('\u0000') as [string, string];
      const boards = byTeam.get(Number(team)) ?? new Set<string>();
      boards.add(board);
      byTeam.set(Number(team), boards);
    }
    for (const [teamRef, boards] of byTeam) {
      const sums = new Map<
        string,
        { points: number; correct: number; answered: number; lastEarning: number; first: number }
      >();
      for (const a of userAnswers.all(userId, teamRef)) {
        for (const board of boardsOfPost({
          channelRef: a.channel_ref,
          teamRef: a.team_ref,
          weekKey: a.week_key,
          monthKey: a.month_key,
          seasonId: a.season_id,
        })) {
          if (!boards.has(board)) continue;
          const s = sums.get(board) ?? {
            points: 0,
            correct: 0,
            answered: 0,
            lastEarning: -Infinity,
            first: Infinity,
          };
          s.points += a.points;
          s.correct += a.correct;
          s.answered += 1;
          if (a.points > 0 && a.at > s.lastEarning) s.lastEarning = a.at;
          if (a.at < s.first) s.first = a.at;
          sums.set(board, s);
        }
      }
      for (const board of boards) {
        const s = sums.get(board);
        if (!s) dropRow.run(board, userId);
        else
          putRow.run(
            board,
            userId,
            s.points,
            s.correct,
            s.answered,
            s.points > 0 ? s.lastEarning : s.first,
          );
      }
    }
  }

  return {
    recountChannels(channelRefs: readonly number[]): number {
      const stale = new Map<string, Set<string>>();
      let changed = 0;
      for (const ref of new Set(channelRefs)) changed += recountChannel(ref, stale);
      for (const [userId, keys] of stale) recomputeRows(userId, keys);
      return changed;
    },
  };
}
