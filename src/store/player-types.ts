/**
 * What a player's home (`/quiz me`, Slack's App Home) and their opt-in practice reminders ask of
 * the store (player-repo.ts, migration `*_player_home_reminders`).
 */
import type { ChannelKey, Platform } from '../shared/channel.ts';

/** A player's reminder setting: on or off, and the channel that gives its time and place. */
export interface ReminderSetting {
  platform: Platform;
  userId: string;
  channel: ChannelKey;
  enabled: boolean;
  updatedAt: number;
}

export interface PlayerStore {
  /** The channel of the team where the player answered a daily question last; null if none. */
  lastPlayedChannel(platform: Platform, teamId: string, userId: string): ChannelKey | null;
  /** The player's reminder setting; null when never set (reminders are off). */
  getReminder(platform: Platform, userId: string): ReminderSetting | null;
  /** Turns reminders on or off, from `channel` (creating the channel with defaults when unknown). */
  setReminder(
    platform: Platform,
    userId: string,
    channel: ChannelKey,
    enabled: boolean,
    at: number,
  ): ReminderSetting;
  /** Every reminder that is on. */
  enabledReminders(): ReminderSetting[];
  /**
   * Claims the player's reminder for `localDate`. True for exactly one caller per person and day,
   * across restarts and processes (the row is the record that it went out).
   */
  claimReminder(platform: Platform, userId: string, localDate: string, at: number): boolean;
}
