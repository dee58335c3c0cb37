/**
 * The learning engine's queries and its two tables (migration 0004): a channel's accuracy per
 * concept and per week, the wrong options its members chose, its members' practice cards, the
 * weekly report schedule, and one row per channel and ISO week for the report itself.
 */
import type Database from 'better-sqlite3';
import type { ChannelRepo } from './channels.ts';
import { check } from './errors.ts';
import type {
  ConceptTallyRow,
  LearningStore,
  LocalDateRange,
  MemberCardRow,
  ReportSchedule,
  WeekTallyRow,
  WeeklyReportRecord,
  WrongPickRow,
} from './learning-types.ts';
import type { ChannelKey, Weekday } from './types.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WEEK_KEY = /^\d{4}-W\d{2}$/;

// The closed daily posts of a channel in a range of local dates (open posts would spoil answers).
const CLOSED_POSTS = `p.channel_ref = @ref AND p.closed_at IS NOT NULL AND p.local_date >= @from AND p.local_date <= @to`;

function range(r: LocalDateRange | undefined): { from: string; to: string } {
  for (const date of [r?.from, r?.to]) {
    check(date === undefined || LOCAL_DATE.test(date), `"${date}" is not a local date (YYYY-MM-DD)`);
  }
  return { from: r?.from ?? '0000-00-00', to: r?.to ?? '9999-99-99' };
}

export function createLearningRepo(db: Database.Database, channels: ChannelRepo): LearningStore {
  const tallies = db.prepare<{ ref: number; from: string; to: string }, { concept_id: string; answered: number; correct: number }>(
    `SELECT p.concept_id, count(*) AS answered, sum(a.correct) AS correct FROM answers a JOIN posts p ON p.id = a.post_id
     WHERE ${CLOSED_POSTS} GROUP BY p.concept_id
     ORDER BY CAST(sum(a.correct) AS REAL) / count(*), count(*) DESC, p.concept_id`,
  );
  const wrong = db.prepare<{ ref: number; from: string; to: string }, { concept_id: string; question_id: string; choice_text: string; picks: number; people: number }>(
    `SELECT p.concept_id, min(p.question_id) AS question_id, a.choice_text, count(*) AS picks, count(DISTINCT a.user_id) AS people
     FROM answers a JOIN posts p ON p.id = a.post_id
     WHERE ${CLOSED_POSTS} AND a.correct = 0
     GROUP BY p.concept_id, a.choice_text ORDER BY people DESC, picks DESC, p.concept_id, a.choice_text`,
  );
  const weekly = db.prepare<{ ref: number; week: string }, { answered: number; correct: number | null }>(
    `SELECT count(*) AS answered, sum(a.correct) AS correct FROM answers a JOIN posts p ON p.id = a.post_id
     WHERE p.channel_ref = @ref AND p.week_key = @week AND p.closed_at IS NOT NULL`,
  );
  const memberCards = db.prepare<{ ref: number; platform: string; since: number }, { user_id: string; concept_id: string; state: string }>(
    `SELECT ps.user_id, ps.concept_id, ps.state FROM practice_state ps
     WHERE ps.platform = @platform AND ps.user_id IN (
       SELECT DISTINCT a.user_id FROM posts p JOIN answers a ON a.post_id = p.id WHERE p.channel_ref = @ref AND a.answered_at >= @since)
     ORDER BY ps.user_id, ps.concept_id`,
  );
  const getSchedule = db.prepare<[number], { weekday: number; post_time: string; enabled: number; updated_by: string | null }>(
    'SELECT weekday, post_time, enabled, updated_by FROM report_schedules WHERE channel_ref = ?',
  );
  const putSchedule = db.prepare(`INSERT INTO report_schedules (channel_ref, weekday, post_time, enabled, updated_by) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (channel_ref) DO UPDATE SET weekday = excluded.weekday, post_time = excluded.post_time,
      enabled = excluded.enabled, updated_by = excluded.updated_by`);
  const insertClaim = db.prepare('INSERT INTO weekly_reports (channel_ref, week_key, claimed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  const takeOverClaim = db.prepare(
    'UPDATE weekly_reports SET claimed_at = ? WHERE channel_ref = ? AND week_key = ? AND outcome IS NULL AND claimed_at <= ?',
  );
  const finish = db.prepare(
    'UPDATE weekly_reports SET outcome = ?, message_id = ?, finished_at = ? WHERE channel_ref = ? AND week_key = ? AND outcome IS NULL',
  );
  const getReport = db.prepare<[number, string], { week_key: string; claimed_at: number; outcome: 'posted' | 'skipped' | null; message_id: string | null; finished_at: number | null }>(
    'SELECT week_key, claimed_at, outcome, message_id, finished_at FROM weekly_reports WHERE channel_ref = ? AND week_key = ?',
  );

  const ref = (key: ChannelKey): number | null => channels.find(key)?.ref ?? null;
  const ensureRef = (key: ChannelKey): number => {
    const found = ref(key);
    if (found !== null) return found;
    channels.upsert(key, {});
    return ref(key)!;
  };

  return {
    conceptTallies(key: ChannelKey, r?: LocalDateRange): ConceptTallyRow[] {
      const channel = ref(key);
      if (channel === null) return [];
      return tallies.all({ ref: channel, ...range(r) }).map((t) => ({ conceptId: t.concept_id, answered: t.answered, correct: t.correct }));
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
      for (const week of weekKeys) check(WEEK_KEY.test(week), `"${week}" is not an ISO week key (e.g. 2026-W48)`);
      const channel = ref(key);
      if (channel === null) return [];
      return weekKeys
        .map((week) => ({ week, row: weekly.get({ ref: channel, week })! }))
        .filter(({ row }) => row.answered > 0)
        .map(({ week, row }) => ({ weekKey: week, answered: row.answered, correct: row.correct ?? 0 }));
    },
    memberPracticeStates(key: ChannelKey, since: number): MemberCardRow[] {
      check(Number.isFinite(since), `since ${since} is not a time in epoch milliseconds`);
      const channel = ref(key);
      if (channel === null) return [];
      return memberCards.all({ ref: channel, platform: key.platform, since }).map((c) => ({ userId: c.user_id, conceptId: c.concept_id, state: c.state }));
    },

    getReportSchedule(key: ChannelKey): ReportSchedule | null {
      const channel = ref(key);
      const row = channel === null ? undefined : getSchedule.get(channel);
      if (!row) return null;
      return { weekday: row.weekday as Weekday, time: row.post_time, enabled: row.enabled === 1, updatedBy: row.updated_by };
    },
    setReportSchedule(key: ChannelKey, schedule: ReportSchedule): ReportSchedule {
      check(Number.isInteger(schedule.weekday) && schedule.weekday >= 0 && schedule.weekday <= 6, `weekday ${schedule.weekday} is not 0 (Sunday) … 6 (Saturday)`);
      check(TIME.test(schedule.time), `time "${schedule.time}" is not HH:MM (24 h)`);
      putSchedule.run(ensureRef(key), schedule.weekday, schedule.time, schedule.enabled ? 1 : 0, schedule.updatedBy);
      return { ...schedule };
    },
    claimWeeklyReport(key: ChannelKey, weekKey: string, now: number, leaseMs: number): boolean {
      check(WEEK_KEY.test(weekKey), `"${weekKey}" is not an ISO week key (e.g. 2026-W48)`);
      check(Number.isFinite(now) && Number.isFinite(leaseMs), 'now and leaseMs must be numbers of milliseconds');
      const channel = ensureRef(key);
      return db.transaction(() => {
        if (insertClaim.run(channel, weekKey, now).changes === 1) return true;
        return takeOverClaim.run(now, channel, weekKey, now - leaseMs).changes === 1;
      }).immediate();
    },
    finishWeeklyReport(key: ChannelKey, weekKey: string, outcome: 'posted' | 'skipped', messageId: string | null, at: number): void {
      check(outcome === 'posted' || outcome === 'skipped', `outcome "${String(outcome)}" is not posted or skipped`);
      const channel = ref(key);
      check(channel !== null, 'finishWeeklyReport: unknown channel');
      finish.run(outcome, messageId, at, channel, weekKey);
    },
    getWeeklyReport(key: ChannelKey, weekKey: string): WeeklyReportRecord | null {
      const channel = ref(key);
      const row = channel === null ? undefined : getReport.get(channel, weekKey);
      if (!row) return null;
      return { weekKey: row.week_key, claimedAt: row.claimed_at, outcome: row.outcome, messageId: row.message_id, finishedAt: row.finished_at };
    },
  };
}
