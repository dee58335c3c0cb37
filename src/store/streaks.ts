/**
 * Streaks: per channel and user, the run of consecutive posts of the channel (by `seq`) answered
 * correctly. A wrong answer ends the run at once. A missed post ends it lazily: a stored run only
 * counts while its last correct post is the channel's latest post, or the one before a latest
 * post that is still open (the user may yet answer it). A day without a post changes nothing.
 */
import type Database from 'better-sqlite3';

export interface StreakState {
  current: number;
  best: number;
  lastCorrectSeq: number | null;
}

/** The run after answering the post numbered `seq`. Pure. */
export function nextStreak(
  before: StreakState | undefined,
  seq: number,
  correct: boolean,
): StreakState {
  const best = before?.best ?? 0;
  if (!correct) return { current: 0, best, lastCorrectSeq: before?.lastCorrectSeq ?? null };
  const continues = before !== undefined && before.current > 0 && before.lastCorrectSeq === seq - 1;
  const current = continues ? before.current + 1 : 1;
  return { current, best: Math.max(best, current), lastCorrectSeq: seq };
}

/** SQL for the run that still counts now, given `s` (streaks), `c` (channels), `lp` (latest post). */
const EFFECTIVE = `CASE WHEN s.current > 0 AND (s.last_correct_seq = c.last_seq
  OR (s.last_correct_seq = c.last_seq - 1 AND lp.closed_at IS NULL)) THEN s.current ELSE 0 END`;

const FROM = `FROM streaks s JOIN channels c ON c.id = s.channel_ref
  LEFT JOIN posts lp ON lp.channel_ref = c.id AND lp.seq = c.last_seq`;

export type StreakRepo = ReturnType<typeof createStreakRepo>;

export function createStreakRepo(db: Database.Database) {
  const get = db.prepare<
    [string, number],
    { current: number; best: number; last_correct_seq: number | null }
  >('SELECT current, best, last_correct_seq FROM streaks WHERE user_id = ? AND channel_ref = ?');
  const put =
    db.prepare(`INSERT INTO streaks (user_id, channel_ref, current, best, last_correct_seq) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (user_id, channel_ref) DO UPDATE SET current = excluded.current, best = excluded.best,
    last_correct_seq = excluded.last_correct_seq`);
  const inChannel = db.prepare<[string, number], { current: number | null; best: number | null }>(
    `SELECT max(${EFFECTIVE}) AS current, max(s.best) AS best ${FROM} WHERE s.user_id = ? AND s.channel_ref = ?`,
  );
  const inTeam = db.prepare<[string, number], { current: number | null; best: number | null }>(
    `SELECT max(${EFFECTIVE}) AS current, max(s.best) AS best ${FROM} WHERE s.user_id = ? AND c.team_ref = ?`,
  );

  return {
    /** Stored state, for the record path (inside its transaction). */
    state(userId: string, channelRef: number): StreakState | undefined {
      const row = get.get(userId, channelRef);
      return row
        ? { current: row.current, best: row.best, lastCorrectSeq: row.last_correct_seq }
        : undefined;
    },
    save(userId: string, channelRef: number, s: StreakState): void {
      put.run(userId, channelRef, s.current, s.best, s.lastCorrectSeq);
    },
    /** Current (still counting) and best run in a channel. */
    inChannel(userId: string, channelRef: number): { current: number; best: number } {
      const row = inChannel.get(userId, channelRef);
      return { current: row?.current ?? 0, best: row?.best ?? 0 };
    },
    /** Best current run and best run over all channels of a team. */
    inTeam(userId: string, teamRef: number): { current: number; best: number } {
      const row = inTeam.get(userId, teamRef);
      return { current: row?.current ?? 0, best: row?.best ?? 0 };
    },
  };
}
