/**
 * Checks a database file the hard way: `PRAGMA integrity_check`, the store opens it, and every
 * maintained board row and streak equals a brute-force recomputation from the raw answers — the
 * board rows twice: as found (they must equal exactly the answers up to the fold watermark, however
 * the writer stopped), and after the store folded the rest (they must equal all answers).
 */
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { BruteForce, bruteWeekKey, type RawAnswer, type RawPost } from './brute-force.ts';

export function verifyDatabase(path: string): {
  answers: { postId: number; userId: string }[];
  foldedOnOpen: number;
} {
  const found = checkDatabase(path);
  const store = openStore(path);
  const foldedOnOpen = store.foldBoards();
  store.close();
  expect(foldedOnOpen).toBe(found.answers.length - found.folded);
  const after = checkDatabase(path);
  expect(after.folded).toBe(after.answers.length);
  return { answers: after.answers, foldedOnOpen };
}

/** Integrity, and the board rows equal the recomputation over the answers up to the watermark. */
function checkDatabase(path: string): {
  answers: { postId: number; userId: string }[];
  folded: number;
} {
  const db = new Database(path, { fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const posts = db
      .prepare<
        [],
        {
          id: number;
          channel_ref: number;
          team_ref: number;
          seq: number;
          local_date: string;
          season_id: number | null;
          question_id: string;
          concept_id: string;
          correct_index: number;
          closed_at: number | null;
        }
      >(
        `SELECT p.id, p.channel_ref, c.team_ref, p.seq, p.local_date, p.season_id, p.question_id, p.concept_id, p.correct_index, p.closed_at
         FROM posts p JOIN channels c ON c.id = p.channel_ref`,
      )
      .all()
      .map(
        (p): RawPost => ({
          id: p.id,
          channel: `c${p.channel_ref}`,
          team: `t${p.team_ref}`,
          seq: p.seq,
          localDate: p.local_date,
          seasonId: p.season_id,
          questionId: p.question_id,
          conceptId: p.concept_id,
          correctIndex: p.correct_index,
          closed: p.closed_at !== null,
        }),
      );
    const rows = db
      .prepare<
        [],
        {
          id: number;
          post_id: number;
          user_id: string;
          choice_index: number;
          choice_text: string;
          answered_at: number;
          points: number;
        }
      >(
        'SELECT id, post_id, user_id, choice_index, choice_text, answered_at, points FROM answers ORDER BY id',
      )
      .all();
    const answers = rows.map(
      (a): RawAnswer => ({
        postId: a.post_id,
        userId: a.user_id,
        choiceIndex: a.choice_index,
        choiceText: a.choice_text,
        at: a.answered_at,
      }),
    );
    const brute = new BruteForce(posts, answers, new Map());
    // Points are fixed when an answer is recorded: the stored ones equal the recomputation.
    expect(rows.map((a) => a.points)).toEqual(brute.scored.map((a) => a.points));
    const foldedThrough = db
      .prepare<[], { folded_through: number }>('SELECT folded_through FROM board_fold')
      .get()!.folded_through;
    const folded = rows.filter((a) => a.id <= foldedThrough).length;

    const expected = new Map<
      string,
      { points: number; correct: number; answered: number; earning: number[]; all: number[] }
    >();
    for (const a of brute.scored.slice(0, folded)) {
      const buckets = [
        `w${bruteWeekKey(a.post.localDate)}`,
        `m${a.post.localDate.slice(0, 7)}`,
        'a',
      ];
      if (a.post.seasonId !== null) buckets.push(`s${a.post.seasonId}`);
      for (const scope of [a.post.channel, a.post.team]) {
        for (const bucket of buckets) {
          const key = `${scope}/${bucket}|${a.userId}`;
          const row = expected.get(key) ?? {
            points: 0,
            correct: 0,
            answered: 0,
            earning: [],
            all: [],
          };
          row.points += a.points;
          row.correct += a.correct ? 1 : 0;
          row.answered += 1;
          row.all.push(a.at);
          if (a.points > 0) row.earning.push(a.at);
          expected.set(key, row);
        }
      }
    }
    const actual = db
      .prepare<
        [],
        {
          board: string;
          user_id: string;
          points: number;
          correct: number;
          answered: number;
          reached_at: number;
        }
      >('SELECT * FROM scores')
      .all();
    expect(actual.length).toBe(expected.size);
    for (const row of actual) {
      const want = expected.get(`${row.board}|${row.user_id}`);
      expect(want, `${row.board} ${row.user_id}`).toBeDefined();
      expect({
        points: row.points,
        correct: row.correct,
        answered: row.answered,
        reached: row.reached_at,
      }).toEqual({
        points: want!.points,
        correct: want!.correct,
        answered: want!.answered,
        reached: want!.earning.length > 0 ? Math.max(...want!.earning) : Math.min(...want!.all),
      });
    }
    const streaks = db
      .prepare<[], { user_id: string; channel_ref: number; best: number }>(
        'SELECT user_id, channel_ref, best FROM streaks',
      )
      .all();
    for (const s of streaks) expect(s.best).toBe(brute.streak(`c${s.channel_ref}`, s.user_id).best);
    return { answers: answers.map((a) => ({ postId: a.postId, userId: a.userId })), folded };
  } finally {
    db.close();
  }
}
