/**
 * A player's home and reminders (migration `*_player_home_reminders`): the channel they play in,
 * their reminder setting, and one claimed row per person and day for the reminder sent.
 */
import type Database from 'better-sqlite3';
import type { ChannelKey, Platform } from '../shared/channel.ts';
import type { ChannelRepo } from './channels.ts';
import { check } from './errors.ts';
import type { PlayerStore, ReminderSetting } from './player-types.ts';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface ReminderRow {
  platform: Platform;
  user_id: string;
  team_id: string;
  channel_id: string;
  enabled: number;
  updated_at: number;
}

const REMINDER_SELECT = `SELECT r.platform, r.user_id, t.team_id, c.channel_id, r.enabled, r.updated_at
  FROM reminders r JOIN channels c ON c.id = r.channel_ref JOIN teams t ON t.id = c.team_ref`;

function toSetting(row: ReminderRow): ReminderSetting {
  return {
    platform: row.platform,
    userId: row.user_id,
    channel: { platform: row.platform, teamId: row.team_id, channelId: row.channel_id },
    enabled: row.enabled === 1,
    updatedAt: row.updated_at,
  };
}

export function createPlayerRepo(db: Database.Database, channels: ChannelRepo): PlayerStore {
  const lastPlayed = db.prepare<[string, Platform, string], { channel_id: string }>(
    `SELECT c.channel_id FROM answers a
       JOIN posts p ON p.id = a.post_id
       JOIN channels c ON c.id = p.channel_ref
       JOIN teams t ON t.id = c.team_ref
     WHERE a.user_id = ? AND t.platform = ? AND t.team_id = ?
     ORDER BY a.answered_at DESC, a.id DESC LIMIT 1`,
  );
  const getReminder = db.prepare<[Platform, string], ReminderRow>(
    `${REMINDER_SELECT} WHERE r.platform = ? AND r.user_id = ?`,
  );
  const putReminder = db.prepare(
    `INSERT INTO reminders (platform, user_id, channel_ref, enabled, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (platform, user_id) DO UPDATE SET channel_ref = excluded.channel_ref,
       enabled = excluded.enabled, updated_at = excluded.updated_at`,
  );
  const enabled = db.prepare<[], ReminderRow>(
    `${REMINDER_SELECT} WHERE r.enabled = 1 ORDER BY r.platform, r.user_id`,
  );
  const claim = db.prepare(
    'INSERT INTO reminders_sent (platform, user_id, local_date, sent_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );

  const ensureRef = (key: ChannelKey): number => {
    const found = channels.find(key);
    if (found) return found.ref;
    channels.upsert(key, {});
    return channels.find(key)!.ref;
  };

  return {
    lastPlayedChannel(platform, teamId, userId) {
      const row = lastPlayed.get(userId, platform, teamId);
      return row ? { platform, teamId, channelId: row.channel_id } : null;
    },
    getReminder(platform, userId) {
      const row = getReminder.get(platform, userId);
      return row ? toSetting(row) : null;
    },
    setReminder(platform, userId, channel, on, at) {
      check(channel.platform === platform, `channel ${channel.channelId} is not on ${platform}`);
      check(userId.length > 0, 'user id is empty');
      putReminder.run(platform, userId, ensureRef(channel), on ? 1 : 0, at);
      return toSetting(getReminder.get(platform, userId)!);
    },
    enabledReminders() {
      return enabled.all().map(toSetting);
    },
    claimReminder(platform, userId, localDate, at) {
      check(LOCAL_DATE.test(localDate), `local date "${localDate}" is not YYYY-MM-DD`);
      return claim.run(platform, userId, localDate, at).changes === 1;
    },
  };
}
