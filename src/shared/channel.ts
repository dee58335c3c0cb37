/**
 * Value types every layer may import (quiz, store, bot, adapters): which platform, which
 * language, which channel. Nothing here imports anything, so no layer cycle can start here.
 */

/** Where an event came from. */
export type Platform = 'slack' | 'discord' | 'console';

/** A supported user-facing language. Japanese is the default. */
export type Locale = 'ja' | 'en';

/** A channel on one platform, inside one team (Slack workspace / Discord guild / the terminal). */
export interface ChannelKey {
  platform: Platform;
  /** Slack team id, Discord guild id, `local` in the terminal. */
  teamId: string;
  channelId: string;
}
