/**
 * Leaderboards: an indexed top-N read of the maintained `scores` rows (see board-keys.ts), never a
 * GROUP BY over answers. Every read folds the answers not yet on the boards first (board-fold.ts),
 * so a board is exact as of the read. Ranking (total and deterministic): points desc, correct desc, answered asc,
 * reached_at asc (who reached the score first), user id asc — the `scores_rank` index order.
 */
import type Database from 'better-sqlite3';
import { isLocalDate, monthKey, weekKey } from '../quiz/periods.ts';
import type { Platform } from '../shared/channel.ts';
import type { BoardFold } from './board-fold.ts';
import { bucket, channelScope, teamScope } from './board-keys.ts';
import type { ChannelRepo } from './channels.ts';
import { check } from './errors.ts';
import type { SeasonRepo } from './seasons.ts';
import type { StreakRepo } from './streaks.ts';
import type { Leaderboard, LeaderboardQuery, LeaderboardRow, Period } from './types.ts';

interface ScoreRow {
  user_id: string;
  display_name: string | null;
  points: number;
  correct: number;
  answered: number;
  reached_at: number;
}

const RANK_ORDER = 's.points DESC, s.correct DESC, s.answered, s.reached_at, s.user_id';
const SELECT_SCORE = `SELECT s.user_id, u.display_name, s.points, s.correct, s.answered, s.reached_at
  FROM scores s LEFT JOIN users u ON u.platform = ? AND u.user_id = s.user_id`;

const PERIODS: readonly Period[] = ['week', 'month', 'season', 'all'];
export const MAX_BOARD_LIMIT = 1000;

/** A resolved scope: board prefix, the team it belongs to, and how to read a streak in it. */
interface Scope {
  prefix: string;
  platform: Platform;
  teamRef: number;
  streak: (userId: string) => number;
}

export type BoardRepo = ReturnType<typeof createBoardRepo>;

export function createBoardRepo(
  db: Database.Database,
  channels: ChannelRepo,
  seasons: SeasonRepo,
  streaks: StreakRepo,
  fold: BoardFold,
) {
  const top = db.prepare<[string, string, number], ScoreRow>(
    `${SELECT_SCORE} WHERE s.board = ? ORDER BY ${RANK_ORDER} LIMIT ?`,
  );
  const mine = db.prepare<[string, string, string], ScoreRow>(
    `${SELECT_SCORE} WHERE s.board = ? AND s.user_id = ?`,
  );
  const morePoints = db.prepare<[string, number], { n: number }>(
    'SELECT count(*) AS n FROM scores WHERE board = ? AND points > ?',
  );
  const samePointsAhead = db.prepare<
    Record<string, string | number>,
    { n: number }
  >(`SELECT count(*) AS n FROM scores
    WHERE board = @board AND points = @points AND (correct > @correct OR (correct = @correct AND (answered < @answered
    OR (answered = @answered AND (reached_at < @reachedAt OR (reached_at = @reachedAt AND user_id < @userId))))))`);
  const seasonTeam = db.prepare<[number], { team_ref: number; name: string }>(
    'SELECT team_ref, name FROM seasons WHERE id = ?',
  );

  function resolveScope(query: LeaderboardQuery): Scope | null {
    if (query.scope.kind === 'channel') {
      const channel = channels.find(query.scope.channel);
      if (!channel) return null;
      const teamRef = channels.teamRef(channel.platform, channel.teamId)!;
      return {
        prefix: channelScope(channel.ref),
        platform: channel.platform,
        teamRef,
        streak: (userId) => streaks.inChannel(userId, channel.ref).current,
      };
    }
    const { platform, teamId } = query.scope;
    const teamRef = channels.teamRef(platform, teamId);
    if (teamRef === null) return null;
    return {
      prefix: teamScope(teamRef),
      platform,
      teamRef,
      streak: (userId) => streaks.inTeam(userId, teamRef).current,
    };
  }

  /** The board's bucket and label, or null for a season board of a team without a season. */
  function resolveBucket(
    query: LeaderboardQuery,
    teamRef: number | null,
  ): { bucket: string; label: string } | null {
    if (query.period === 'season') {
      let seasonId = query.seasonId ?? null;
      if (seasonId === null) {
        seasonId = teamRef === null ? null : seasons.currentId(teamRef);
        if (seasonId === null) return null;
      }
      const season = seasonTeam.get(seasonId);
      check(
        season !== undefined && (teamRef === null || season.team_ref === teamRef),
        `season ${seasonId} is not a season of this team`,
      );
      return {
        bucket: bucket('season', { weekKey: '', monthKey: '', seasonId })!,
        label: season.name,
      };
    }
    const keys = { weekKey: weekKey(query.today), monthKey: monthKey(query.today), seasonId: null };
    const label =
      query.period === 'week' ? keys.weekKey : query.period === 'month' ? keys.monthKey : 'all';
    return { bucket: bucket(query.period, keys)!, label };
  }

  function toRow(r: ScoreRow, rank: number, scope: Scope): LeaderboardRow {
    return {
      rank,
      userId: r.user_id,
      userName: r.display_name ?? r.user_id,
      points: r.points,
      correct: r.correct,
      answered: r.answered,
      accuracy: r.answered === 0 ? 0 : r.correct / r.answered,
      streak: scope.streak(r.user_id),
    };
  }

  function rankOf(board: string, r: ScoreRow): number {
    const ahead =
      morePoints.get(board, r.points)!.n +
      samePointsAhead.get({
        board,
        points: r.points,
        correct: r.correct,
        answered: r.answered,
        reachedAt: r.reached_at,
        userId: r.user_id,
      })!.n;
    return ahead + 1;
  }

  return {
    leaderboard(query: LeaderboardQuery): Leaderboard {
      check(
        PERIODS.includes(query.period),
        `period "${query.period}" is not one of ${PERIODS.join(', ')}`,
      );
      check(isLocalDate(query.today), `today "${query.today}" is not a local date as YYYY-MM-DD`);
      check(
        Number.isInteger(query.limit) && query.limit >= 1 && query.limit <= MAX_BOARD_LIMIT,
        `limit ${query.limit} must be a whole number from 1 to ${MAX_BOARD_LIMIT}`,
      );
      check(
        query.seasonId === undefined || Number.isInteger(query.seasonId),
        `seasonId ${query.seasonId} is not a season id`,
      );
      const scope = resolveScope(query);
      const where = resolveBucket(query, scope?.teamRef ?? null);
      if (!scope || !where)
        return { period: query.period, label: where?.label ?? '', rows: [], me: null };
      const board = `${scope.prefix}/${where.bucket}`;
      fold.catchUp();
      const rows = top
        .all(scope.platform, board, query.limit)
        .map((r, i) => toRow(r, i + 1, scope));
      let me: LeaderboardRow | null = null;
      if (query.userId !== undefined) {
        me = rows.find((r) => r.userId === query.userId) ?? null;
        const own = me ? undefined : mine.get(scope.platform, board, query.userId);
        if (own) me = toRow(own, rankOf(board, own), scope);
      }
      return { period: query.period, label: where.label, rows, me };
    },
  };
}
