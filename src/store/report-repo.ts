/**
 * The weekly team report's tables (migration 0004): each channel's report schedule, and one row per
 * channel and ISO week, UNIQUE, so that restarts and a second process can never post a week twice.
 */
import type Database from 'better-sqlite3';
import type { ChannelRepo } from './channels.ts';
import { check } from './errors.ts';
import { WEEK_KEY } from './learning-queries.ts';
import type { ReportSchedule, ReportStore, WeeklyReportRecord } from './learning-types.ts';
import type { ChannelKey, Weekday } from './types.ts';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function createReportRepo(db: Database.Database, channels: ChannelRepo): ReportStore {
  const getSchedule = db.prepare<
    [number],
    { weekday: number; post_time: string; enabled: number; updated_by: string | null }
  >('SELECT weekday, post_time, enabled, updated_by FROM report_schedules WHERE channel_ref = ?');
  const putSchedule =
    db.prepare(`INSERT INTO report_schedules (channel_ref, weekday, post_time, enabled, updated_by) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (channel_ref) DO UPDATE SET weekday = excluded.weekday, post_time = excluded.post_time,
      enabled = excluded.enabled, updated_by = excluded.updated_by`);
  const insertClaim = db.prepare(
    'INSERT INTO weekly_reports (channel_ref, week_key, claimed_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const takeOverClaim = db.prepare(
    'UPDATE weekly_reports SET claimed_at = ? WHERE channel_ref = ? AND week_key = ? AND outcome IS NULL AND claimed_at <= ?',
  );
  const finish = db.prepare(
    'UPDATE weekly_reports SET outcome = ?, message_id = ?, finished_at = ? WHERE channel_ref = ? AND week_key = ? AND outcome IS NULL',
  );
  const getReport = db.prepare<
    [number, string],
    {
      week_key: string;
      claimed_at: number;
      outcome: 'posted' | 'skipped' | null;
      message_id: string | null;
      finished_at: number | null;
    }
  >(
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
    getReportSchedule(key: ChannelKey): ReportSchedule | null {
      const channel = ref(key);
      const row = channel === null ? undefined : getSchedule.get(channel);
      if (!row) return null;
      return {
        weekday: row.weekday as Weekday,
        time: row.post_time,
        enabled: row.enabled === 1,
        updatedBy: row.updated_by,
      };
    },
    setReportSchedule(key: ChannelKey, schedule: ReportSchedule): ReportSchedule {
      check(
        Number.isInteger(schedule.weekday) && schedule.weekday >= 0 && schedule.weekday <= 6,
        `weekday ${schedule.weekday} is not 0 (Sunday) … 6 (Saturday)`,
      );
      check(TIME.test(schedule.time), `time "${schedule.time}" is not HH:MM (24 h)`);
      putSchedule.run(
        ensureRef(key),
        schedule.weekday,
        schedule.time,
        schedule.enabled ? 1 : 0,
        schedule.updatedBy,
      );
      return { ...schedule };
    },
    claimWeeklyReport(key: ChannelKey, weekKey: string, now: number, leaseMs: number): boolean {
      check(WEEK_KEY.test(weekKey), `"${weekKey}" is not an ISO week key (e.g. 2026-W48)`);
      check(
        Number.isFinite(now) && Number.isFinite(leaseMs),
        'now and leaseMs must be numbers of milliseconds',
      );
      const channel = ensureRef(key);
      return db
        .transaction(() => {
          if (insertClaim.run(channel, weekKey, now).changes === 1) return true;
          return takeOverClaim.run(now, channel, weekKey, now - leaseMs).changes === 1;
        })
        .immediate();
    },
    finishWeeklyReport(
      key: ChannelKey,
      weekKey: string,
      outcome: 'posted' | 'skipped',
      messageId: string | null,
      at: number,
    ): void {
      check(
        outcome === 'posted' || outcome === 'skipped',
        `outcome "${String(outcome)}" is not posted or skipped`,
      );
      const channel = ref(key);
      check(channel !== null, 'finishWeeklyReport: unknown channel');
      finish.run(outcome, messageId, at, channel, weekKey);
    },
    getWeeklyReport(key: ChannelKey, weekKey: string): WeeklyReportRecord | null {
      const channel = ref(key);
      const row = channel === null ? undefined : getReport.get(channel, weekKey);
      if (!row) return null;
      return {
        weekKey: row.week_key,
        claimedAt: row.claimed_at,
        outcome: row.outcome,
        messageId: row.message_id,
        finishedAt: row.finished_at,
      };
    },
  };
}
