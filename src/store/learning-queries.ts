/**
 * The learning engine's read queries (no tables of their own): a channel's accuracy per concept
 * and per week, the wrong options its members chose, and its members' practice cards. Only
 * answers to *closed* daily posts count: an open question's picks would give its answer away.
 */
import type Database from 'better-sqlite3';
import type { ChannelRepo } from './channels.ts';
import { check } from './errors.ts';
import type {
  ConceptTallyRow,
  LearningQueries,
  LocalDateRange,
  MemberCardRow,
  WeekTallyRow,
  WrongPickRow,
} from './learning-types.ts';
import type { ChannelKey } from './types.ts';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const WEEK_KEY = /^\d{4}-W\d{2}$/;

// The closed daily posts of a channel in a range of local dates (a voided question's do not count).
const CLOSED_POSTS = `p.channel_ref = @ref AND p.closed_at IS NOT NULL AND p.void_ref IS NULL AND p.local_date >= @from AND p.local_date <= @to`;

function range(r: LocalDateRange | undefined): { from: string; to: string } {
  for (const date of [r?.from, r?.to]) {
    check(
      date === undefined || LOCAL_DATE.test(date),
      `"${date}" is not a local date (YYYY-MM-DD)`,
    );
  }
  return { from: r?.from ?? '0000-00-00', to: r?.to ?? '9999-99-99' };
}

export function createLearningQueries(
  db: Database.Database,
  channels: ChannelRepo,
): LearningQueries {
  const tallies = db.prepare<
    { ref: number; from: string; to: string },
    { concept_id: string; answered: number; correct: number }
  >(
    `SELECT p.concept_id, count(*) AS answered, sum(a.correct) AS correct FROM answers a JOIN posts p ON p.id = a.post_id
     WHERE ${CLOSED_POSTS} GROUP BY p.concept_id
     ORDER BY CAST(sum(a.correct) AS REAL) / count(*), count(*) DESC, p.concept_id`,
  );
  const wrong = db.prepare<
    { ref: number; from: string; to: string },
    { concept_id: string; question_id: string; choice_text: string; picks: number; people: number }
  >(
    `SELECT p.concept_id, min(p.question_id) AS question_id, a.choice_text, count(*) AS picks, count(DISTINCT a.user_id) AS people
     FROM answers a JOIN posts p ON p.id = a.post_id
     WHERE ${CLOSED_POSTS} AND a.correct = 0
     GROUP BY p.concept_id, a.choice_text ORDER BY people DESC, picks DESC, p.concept_id, a.choice_text`,
  );
  const weekly = db.prepare<
    { ref: number; week: string },
    { answered: number; correct: number | null }
  >(
    `SELECT count(*) AS answered, sum(a.correct) AS correct FROM answers a JOIN posts p ON p.id = a.post_id
     WHERE p.channel_ref = @ref AND p.week_key = @week AND p.closed_at IS NOT NULL AND p.void_ref IS NULL`,
  );
  const memberCards = db.prepare<
    { ref: number; platform: string; since: number },
    { user_id: string; concept_id: string; state: string }
  >(
    `SELECT ps.user_id, ps.concept_id, ps.state FROM practice_state ps
     WHERE ps.platform = @platform AND ps.user_id IN (
       SELECT DISTINCT a.user_id FROM posts p JOIN answers a ON a.post_id = p.id WHERE p.channel_ref = @ref AND a.answered_at >= @since)
     ORDER BY ps.user_id, ps.concept_id`,
  );
  const ref = (key: ChannelKey): number | null => channels.find(key)?.ref ?? null;

  return {
    conceptTallies(key: ChannelKey, r?: LocalDateRange): ConceptTallyRow[] {
      const channel = ref(key);
      if (channel === null) return [];
      return tallies
        .all({ ref: channel, ...range(r) })
        .map((t) => ({ conceptId: t.concept_id, answered: t.answered, correct: t.correct }));
    },
    wrongPicks(key: ChannelKey, r?: LocalDateRange): WrongPickRow[] {
      const channel = ref(key);
      if (channel === null) return [];
      return wrong.all({ ref: channel, ...range(r) }).map((w) => ({
        conceptId: w.concept_id,
        questionId: w.question_id,
        choiceText: w.choice_text,
        picks: w.picks,
        people: w.people,
      }));
    },
    weekTallies(key: ChannelKey, weekKeys: readonly string[]): WeekTallyRow[] {
      for (const week of weekKeys)
        check(WEEK_KEY.test(week), `"${week}" is not an ISO week key (e.g. 2026-W48)`);
      const channel = ref(key);
      if (channel === null) return [];
      return weekKeys
        .map((week) => ({ week, row: weekly.get({ ref: channel, week })! }))
        .filter(({ row }) => row.answered > 0)
        .map(({ week, row }) => ({
          weekKey: week,
          answered: row.answered,
          correct: row.correct ?? 0,
        }));
    },
    memberPracticeStates(key: ChannelKey, since: number): MemberCardRow[] {
      check(Number.isFinite(since), `since ${since} is not a time in epoch milliseconds`);
      const channel = ref(key);
      if (channel === null) return [];
      return memberCards
        .all({ ref: channel, platform: key.platform, since })
        .map((c) => ({ userId: c.user_id, conceptId: c.concept_id, state: c.state }));
    },
  };
}
