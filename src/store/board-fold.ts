/**
 * The board fold: adds the answers recorded since the last fold to the maintained `scores` rows
 * (see board-keys.ts), so a click's own transaction only writes what must be decided at click
 * time (the answer, the streak, the user) and the eight board rows it feeds are written later,
 * many answers at once.
 *
 * The watermark `board_fold.folded_through` (migration 0005) is the highest `answers.id` already on
 * the boards. A fold, in one `BEGIN IMMEDIATE` transaction, reads the watermark, reads only the
 * answers above it (a rowid range), sums them per board and user in memory, upserts those sums and
 * advances the watermark. Answers are append-only and a new answer always gets a higher id than
 * every committed one (one writer at a time), so the boards plus the answers above the watermark
 * are always exactly all answers: a crash loses nothing (the watermark moves in the same
 * transaction as the rows), and two connections folding at once cannot add an answer twice (the
 * second re-reads the watermark after the first committed).
 *
 * Reads of board rows call {@link BoardFold.catchUp} first, so they are always exact. A backlog is
 * folded in chunks of {@link FOLD_CHUNK} answers, one transaction each, so even a huge backlog never
 * holds the write lock for long; the bot's background fold (`QuizStore.foldBoards` on the scheduler
 * tick) keeps the backlog to the answers of one tick, so a read rarely folds more than a few.
 */
import type Database from 'better-sqlite3';
import { boardsOfPost } from './board-keys.ts';
import { StoreError } from './errors.ts';

/** Answers folded per transaction (about 0.1–0.2 s of work: bounds how long the lock is held). */
export const FOLD_CHUNK = 20_000;

/** One user's sums on one board over the answers of a fold. */
interface Delta {
  points: number;
  correct: number;
  answered: number;
  /** Latest `at` of a point-earning answer (-Infinity: none). */
  lastEarningAt: number;
  /** Earliest `at` of any answer. */
  firstAt: number;
}

type PendingRow = [
  id: number,
  postId: number,
  userId: string,
  correct: number,
  points: number,
  at: number,
];

export interface BoardFold {
  /** Folds every answer above the watermark (in chunks); returns how many answers it folded. */
  catchUp(): number;
  /** Answers not yet on the boards (0 when up to date). */
  backlog(): number;
}

/** @param chunk answers per transaction (tests use small chunks to cross chunk boundaries). */
export function createBoardFold(db: Database.Database, chunk = FOLD_CHUNK): BoardFold {
  const status = db.prepare<[], { folded_through: number; last_id: number | null }>(
    'SELECT folded_through, (SELECT max(id) FROM answers) AS last_id FROM board_fold WHERE id = 1',
  );
  const pending = db
    .prepare<[number, number], PendingRow>(
      'SELECT id, post_id, user_id, correct, points, answered_at FROM answers WHERE id > ? ORDER BY id LIMIT ?',
    )
    .raw();
  const postBuckets = db.prepare<
    [number],
    {
      channel_ref: number;
      team_ref: number;
      week_key: string;
      month_key: string;
      season_id: number | null;
    }
  >(
    'SELECT p.channel_ref, c.team_ref, p.week_key, p.month_key, p.season_id FROM posts p JOIN channels c ON c.id = p.channel_ref WHERE p.id = ?',
  );
  // `reached_at` of a board row (the "reached this score first" tie-break): the `at` of the user's
  // latest point-earning answer on the board, or, while at 0 points, of their earliest answer.
  // Points are never negative, so "points > 0" means "has a point-earning answer", and merging a
  // delta whose own reached_at follows the same rule gives the same result as adding its answers
  // one by one (the rule before 0005, kept as it was).
  const addDelta =
    db.prepare(`INSERT INTO scores (board, user_id, points, correct, answered, reached_at)
    VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (board, user_id) DO UPDATE SET points = points + excluded.points, correct = correct + excluded.correct,
    answered = answered + excluded.answered, reached_at = CASE
      WHEN excluded.points > 0 THEN CASE WHEN points = 0 THEN excluded.reached_at ELSE max(reached_at, excluded.reached_at) END
      WHEN points = 0 THEN min(reached_at, excluded.reached_at)
      ELSE reached_at END`);
  const advance = db.prepare('UPDATE board_fold SET folded_through = ? WHERE id = 1');
  const countAbove = db.prepare<[number], { n: number }>(
    'SELECT count(*) AS n FROM answers WHERE id > ?',
  );

  function readStatus(): { foldedThrough: number; lastId: number } {
    const row = status.get();
    if (!row)
      throw new StoreError(
        'not_found',
        'the board_fold watermark row is missing (migration 0005 creates it); the database was changed by hand',
      );
    return { foldedThrough: row.folded_through, lastId: row.last_id ?? 0 };
  }

  /** Per board, per user: the sums of one chunk. Boards are looked up once per post. */
  function sumChunk(rows: PendingRow[]): Map<string, Map<string, Delta>> {
    const byBoard = new Map<string, Map<string, Delta>>();
    const boardsOf = new Map<number, Map<string, Delta>[]>();
    for (const [, postId, userId, correct, points, at] of rows) {
      let boards = boardsOf.get(postId);
      if (!boards) {
        const p = postBuckets.get(postId)!; // answers.post_id references posts
        const names = boardsOfPost({
          channelRef: p.channel_ref,
          teamRef: p.team_ref,
          weekKey: p.week_key,
          monthKey: p.month_key,
          seasonId: p.season_id,
        });
        boards = names.map((name) => {
          let users = byBoard.get(name);
          if (!users) {
            users = new Map();
            byBoard.set(name, users);
          }
          return users;
        });
        boardsOf.set(postId, boards);
      }
      for (const users of boards) {
        const d = users.get(userId);
        if (!d) {
          users.set(userId, {
            points,
            correct,
            answered: 1,
            lastEarningAt: points > 0 ? at : -Infinity,
            firstAt: at,
          });
          continue;
        }
        d.points += points;
        d.correct += correct;
        d.answered += 1;
        if (points > 0 && at > d.lastEarningAt) d.lastEarningAt = at;
        if (at < d.firstAt) d.firstAt = at;
      }
    }
    return byBoard;
  }

  const foldChunk = db.transaction((): number => {
    const from = readStatus().foldedThrough; // re-read under the write lock: another connection may have folded
    const rows = pending.all(from, chunk);
    if (rows.length === 0) return 0;
    for (const [board, users] of sumChunk(rows)) {
      for (const [userId, d] of users) {
        addDelta.run(
          board,
          userId,
          d.points,
          d.correct,
          d.answered,
          d.points > 0 ? d.lastEarningAt : d.firstAt,
        );
      }
    }
    advance.run(rows[rows.length - 1]![0]);
    return rows.length;
  });

  return {
    catchUp(): number {
      let folded = 0;
      for (;;) {
        const { foldedThrough, lastId } = readStatus(); // cheap, and no write lock when up to date
        if (lastId <= foldedThrough) return folded;
        const n = foldChunk.immediate();
        folded += n;
        if (n < chunk) return folded; // caught up with what was committed when the chunk began
      }
    },
    backlog(): number {
      return countAbove.get(readStatus().foldedThrough)!.n;
    },
  };
}
