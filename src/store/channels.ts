/**
 * Teams and channels: a channel's quiz settings, created with defaults on first use.
 */
import type Database from 'better-sqlite3';
import { isValidTimeZone } from '../quiz/zoned-time.ts';
import type { Platform } from '../shared/channel.ts';
import { check } from './errors.ts';
import type { ChannelKey, ChannelSettings, Weekday } from './types.ts';

/** Settings a channel gets before anyone sets its own (the composition root passes the config's). */
export type ChannelDefaults = Pick<
  ChannelSettings,
  'time' | 'days' | 'timezone' | 'locale' | 'enabled' | 'answerWindowMinutes' | 'revealMode'
>;

export const BUILTIN_CHANNEL_DEFAULTS: ChannelDefaults = {
  time: '09:00',
  days: [1, 2, 3, 4, 5],
  timezone: 'UTC',
  locale: 'ja',
  enabled: true,
  answerWindowMinutes: 24 * 60,
  revealMode: 'auto',
};

type Patch = Partial<Omit<ChannelSettings, keyof ChannelKey>>;

interface ChannelRow {
  id: number;
  platform: Platform;
  team_id: string;
  channel_id: string;
  post_time: string;
  days: string;
  timezone: string;
  locale: 'ja' | 'en';
  enabled: number;
  answer_window_minutes: number;
  reveal_mode: 'auto' | 'manual';
  paused_reason: string | null;
  updated_by: string | null;
  schedule_since: number | null;
}

const SELECT_CHANNEL = `SELECT c.id, t.platform, t.team_id, c.channel_id, c.post_time, c.days, c.timezone, c.locale,
  c.enabled, c.answer_window_minutes, c.reveal_mode, c.paused_reason, c.updated_by, c.schedule_since
  FROM channels c JOIN teams t ON t.id = c.team_ref`;

function toSettings(row: ChannelRow): ChannelSettings {
  return {
    platform: row.platform,
    teamId: row.team_id,
    channelId: row.channel_id,
    time: row.post_time,
    days: [...row.days].map(Number).sort((a, b) => a - b) as Weekday[],
    timezone: row.timezone,
    locale: row.locale,
    enabled: row.enabled === 1,
    answerWindowMinutes: row.answer_window_minutes,
    revealMode: row.reveal_mode,
    pausedReason: row.paused_reason,
    updatedBy: row.updated_by,
    scheduleSince: row.schedule_since,
  };
}

const PLATFORMS: readonly string[] = ['slack', 'discord', 'console'];

/** Checks a channel key; throws a `bad_input` StoreError naming the bad part. */
export function checkChannelKey(key: ChannelKey): void {
  check(
    PLATFORMS.includes(key.platform),
    `platform "${key.platform}" is not one of slack, discord, console`,
  );
  check(typeof key.teamId === 'string' && key.teamId !== '', 'teamId must be a non-empty string');
  check(
    typeof key.channelId === 'string' && key.channelId !== '',
    'channelId must be a non-empty string',
  );
}

function checkSettings(s: ChannelSettings): void {
  check(
    /^([01]\d|2[0-3]):[0-5]\d$/.test(s.time),
    `time "${s.time}" is not a time of day as HH:MM (00:00 to 23:59)`,
  );
  check(
    Array.isArray(s.days) &&
      s.days.length > 0 &&
      s.days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6),
    `days ${JSON.stringify(s.days)} must be one or more weekday numbers 0 (Sunday) to 6 (Saturday); use enabled: false to stop the quiz`,
  );
  check(
    isValidTimeZone(s.timezone),
    `timezone "${s.timezone}" is not an IANA time zone such as Asia/Tokyo`,
  );
  check(s.locale === 'ja' || s.locale === 'en', `locale "${s.locale}" is not ja or en`);
  check(typeof s.enabled === 'boolean', 'enabled must be true or false');
  check(
    Number.isInteger(s.answerWindowMinutes) && s.answerWindowMinutes > 0,
    `answerWindowMinutes ${s.answerWindowMinutes} must be a whole number of minutes above 0`,
  );
  check(
    s.revealMode === 'auto' || s.revealMode === 'manual',
    `revealMode "${s.revealMode}" is not auto or manual`,
  );
}

export type ChannelRepo = ReturnType<typeof createChannelRepo>;

export function createChannelRepo(db: Database.Database, defaults: ChannelDefaults) {
  checkSettings({
    platform: 'console',
    teamId: '-',
    channelId: '-',
    pausedReason: null,
    updatedBy: null,
    scheduleSince: null,
    ...defaults,
  });
  const insertTeam = db.prepare(
    'INSERT INTO teams (platform, team_id) VALUES (?, ?) ON CONFLICT DO NOTHING',
  );
  const selectTeam = db.prepare<[string, string], { id: number }>(
    'SELECT id FROM teams WHERE platform = ? AND team_id = ?',
  );
  const selectChannel = db.prepare<[string, string, string], ChannelRow>(
    `${SELECT_CHANNEL} WHERE t.platform = ? AND t.team_id = ? AND c.channel_id = ?`,
  );
  const selectAll = db.prepare<[], ChannelRow>(
    `${SELECT_CHANNEL} ORDER BY t.platform, t.team_id, c.channel_id`,
  );
  const insertChannel =
    db.prepare(`INSERT INTO channels (team_ref, channel_id, post_time, days, timezone, locale,
    enabled, answer_window_minutes, reveal_mode, paused_reason, updated_by, schedule_since)
    VALUES (@teamRef, @channelId, @time, @days, @timezone, @locale, @enabled, @window, @revealMode, @pausedReason, @updatedBy, @scheduleSince)`);
  const updateChannel =
    db.prepare(`UPDATE channels SET post_time = @time, days = @days, timezone = @timezone,
    locale = @locale, enabled = @enabled, answer_window_minutes = @window, reveal_mode = @revealMode,
    paused_reason = @pausedReason, updated_by = @updatedBy, schedule_since = @scheduleSince WHERE id = @id`);

  /** The team's row id, or null when the team has never been seen. */
  function teamRef(platform: Platform, teamId: string): number | null {
    return selectTeam.get(platform, teamId)?.id ?? null;
  }

  /** The team's row id, creating the team. Call inside a write transaction. */
  function ensureTeam(platform: Platform, teamId: string): number {
    insertTeam.run(platform, teamId);
    return selectTeam.get(platform, teamId)!.id;
  }

  function find(key: ChannelKey): (ChannelSettings & { ref: number }) | null {
    const row = selectChannel.get(key.platform, key.teamId, key.channelId);
    return row ? { ...toSettings(row), ref: row.id } : null;
  }

  /** Call inside a write transaction. */
  function upsertInTransaction(key: ChannelKey, patch: Patch): ChannelSettings & { ref: number } {
    checkChannelKey(key);
    const existing = find(key);
    const base: ChannelSettings = existing ?? {
      ...key,
      ...defaults,
      days: [...defaults.days],
      pausedReason: null,
      updatedBy: null,
      scheduleSince: null,
    };
    const merged: ChannelSettings = { ...base };
    for (const field of [
      'time',
      'days',
      'timezone',
      'locale',
      'enabled',
      'answerWindowMinutes',
      'revealMode',
      'pausedReason',
      'updatedBy',
      'scheduleSince',
    ] as const) {
      if (patch[field] !== undefined)
        (merged as unknown as Record<string, unknown>)[field] = patch[field];
    }
    checkSettings(merged);
    merged.days = [...new Set(merged.days)].sort((a, b) => a - b);
    const params = {
      channelId: key.channelId,
      time: merged.time,
      days: merged.days.join(''),
      timezone: merged.timezone,
      locale: merged.locale,
      enabled: merged.enabled ? 1 : 0,
      window: merged.answerWindowMinutes,
      revealMode: merged.revealMode,
      pausedReason: merged.pausedReason ?? null,
      updatedBy: merged.updatedBy ?? null,
      scheduleSince: merged.scheduleSince ?? null,
    };
    if (existing) updateChannel.run({ ...params, id: existing.ref });
    else insertChannel.run({ ...params, teamRef: ensureTeam(key.platform, key.teamId) });
    return find(key)!;
  }

  const upsert = db.transaction(upsertInTransaction);

  return {
    teamRef,
    ensureTeam,
    find,
    upsertInTransaction,
    get: (key: ChannelKey): ChannelSettings | null => {
      const found = find(key);
      if (!found) return null;
      const { ref: _ref, ...settings } = found;
      return settings;
    },
    upsert: (key: ChannelKey, patch: Patch): ChannelSettings => {
      const { ref: _ref, ...settings } = upsert.immediate(key, patch);
      return settings;
    },
    list: (filter: { enabled?: boolean } = {}): ChannelSettings[] =>
      selectAll
        .all()
        .map(toSettings)
        .filter((c) => filter.enabled === undefined || c.enabled === filter.enabled),
  };
}
