/**
 * Per-user and per-channel statistics. Answers to posts of a voided question never count. Totals come from the maintained boards (folded first, see
 * board-fold.ts); channel stats from the choice counts tallied when each post closed (plus live
 * counts of open posts); the per-user lists group only that user's answers (at most one per post).
 */
import type Database from 'better-sqlite3';
import type { BoardFold } from './board-fold.ts';
import type { ChannelRepo } from './channels.ts';
import type { StreakRepo } from './streaks.ts';
import type { BoardScope, ChannelKey, ChannelStats, UserStats } from './types.ts';

/** Lengths of the lists in the stats. */
export const STATS_LIMITS = { misconceptions: 5, weakestConcepts: 5, wrongChoices: 10 } as const;

type ConceptRow = { concept_id: string; answered: number; correct: number };
const toConcept = (r: ConceptRow) => ({
  conceptId: r.concept_id,
  answered: r.answered,
  correct: r.correct,
  accuracy: r.answered === 0 ? 0 : r.correct / r.answered,
});

const WEAKEST_FIRST = 'CAST(correct AS REAL) / answered, answered DESC, concept_id';

export type StatsRepo = ReturnType<typeof createStatsRepo>;

export function createStatsRepo(
  db: Database.Database,
  channels: ChannelRepo,
  streaks: StreakRepo,
  fold: BoardFold,
) {
  const totals = db.prepare<[string, string], { correct: number; answered: number }>(
    'SELECT correct, answered FROM scores WHERE board = ? AND user_id = ?',
  );
  const userName = db.prepare<[string, string], { display_name: string }>(
    'SELECT display_name FROM users WHERE platform = ? AND user_id = ?',
  );

  function userQueries(scopeColumn: 'c.id' | 'c.team_ref') {
    const from = `FROM answers a JOIN posts p ON p.id = a.post_id JOIN channels c ON c.id = p.channel_ref
      WHERE a.user_id = ? AND ${scopeColumn} = ? AND p.void_ref IS NULL`;
    return {
      misconceptions: db.prepare<
        [string, number, number],
        { concept_id: string; choice_text: string; n: number }
      >(
        `SELECT p.concept_id, a.choice_text, count(*) AS n ${from} AND a.correct = 0
         GROUP BY p.concept_id, a.choice_text ORDER BY n DESC, p.concept_id, a.choice_text LIMIT ?`,
      ),
      concepts: db.prepare<[string, number, number], ConceptRow>(
        `SELECT concept_id, answered, correct FROM (SELECT p.concept_id, count(*) AS answered, sum(a.correct) AS correct ${from}
         GROUP BY p.concept_id) ORDER BY ${WEAKEST_FIRST} LIMIT ?`,
      ),
    };
  }
  const inChannel = userQueries('c.id');
  const inTeam = userQueries('c.team_ref');

  // Per post and choice: tallied counts of closed posts, live counts of the (few) open ones.
  const choiceCounts = `SELECT pc.post_id, pc.choice_index, pc.choice_text, pc.picks FROM post_choices pc
      JOIN posts p ON p.id = pc.post_id WHERE p.channel_ref = @channelRef AND p.void_ref IS NULL
    UNION ALL
    SELECT a.post_id, a.choice_index, min(a.choice_text), count(*) FROM answers a
      JOIN posts p ON p.id = a.post_id WHERE p.channel_ref = @channelRef AND p.closed_at IS NULL
        AND p.void_ref IS NULL
      GROUP BY a.post_id, a.choice_index`;
  const channelConcepts = db.prepare<{ channelRef: number }, ConceptRow>(
    `SELECT concept_id, answered, correct FROM (SELECT p.concept_id, sum(cc.picks) AS answered,
       sum(CASE WHEN cc.choice_index = p.correct_index THEN cc.picks ELSE 0 END) AS correct
     FROM (${choiceCounts}) cc JOIN posts p ON p.id = cc.post_id GROUP BY p.concept_id)
     ORDER BY ${WEAKEST_FIRST}`,
  );
  const wrongChoices = db.prepare<
    { channelRef: number; limit: number },
    { concept_id: string; question_id: string; choice_text: string; n: number }
  >(
    `SELECT p.concept_id, p.question_id, cc.choice_text, sum(cc.picks) AS n
     FROM (${choiceCounts}) cc JOIN posts p ON p.id = cc.post_id WHERE cc.choice_index != p.correct_index
     GROUP BY p.concept_id, p.question_id, cc.choice_text ORDER BY n DESC, p.concept_id, p.question_id, cc.choice_text LIMIT @limit`,
  );

  return {
    /** Answered, accuracy, streaks, most picked wrong options and weakest concepts of a user in a scope. */
    user(scope: BoardScope, userId: string): UserStats {
      const platform = scope.kind === 'channel' ? scope.channel.platform : scope.platform;
      const empty: UserStats = {
        userId,
        userName: userName.get(platform, userId)?.display_name ?? null,
        answered: 0,
        correct: 0,
        accuracy: 0,
        streak: 0,
        bestStreak: 0,
        topMisconceptions: [],
        weakestConcepts: [],
      };
      const channel = scope.kind === 'channel' ? channels.find(scope.channel) : null;
      const ref =
        scope.kind === 'channel'
          ? (channel?.ref ?? null)
          : channels.teamRef(scope.platform, scope.teamId);
      if (ref === null) return empty;
      const board = `${scope.kind === 'channel' ? 'c' : 't'}${ref}/a`;
      const queries = scope.kind === 'channel' ? inChannel : inTeam;
      fold.catchUp();
      const total = totals.get(board, userId) ?? { correct: 0, answered: 0 };
      const streak =
        scope.kind === 'channel' ? streaks.inChannel(userId, ref) : streaks.inTeam(userId, ref);
      return {
        ...empty,
        answered: total.answered,
        correct: total.correct,
        accuracy: total.answered === 0 ? 0 : total.correct / total.answered,
        streak: streak.current,
        bestStreak: streak.best,
        topMisconceptions: queries.misconceptions
          .all(userId, ref, STATS_LIMITS.misconceptions)
          .map((r) => ({ conceptId: r.concept_id, choiceText: r.choice_text, count: r.n })),
        weakestConcepts: queries.concepts
          .all(userId, ref, STATS_LIMITS.weakestConcepts)
          .map(toConcept),
      };
    },

    /** Accuracy per concept (weakest first) and the most chosen wrong options of a channel. */
    channel(key: ChannelKey): ChannelStats {
      const channel = channels.find(key);
      if (!channel) return { concepts: [], wrongChoices: [] };
      return {
        concepts: channelConcepts.all({ channelRef: channel.ref }).map(toConcept),
        wrongChoices: wrongChoices
          .all({ channelRef: channel.ref, limit: STATS_LIMITS.wrongChoices })
          .map((r) => ({
            conceptId: r.concept_id,
            questionId: r.question_id,
            choiceText: r.choice_text,
            count: r.n,
          })),
      };
    },
  };
}
