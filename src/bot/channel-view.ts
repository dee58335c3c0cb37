/**
 * A channel as the core sees it: its stored settings when it has any, else the defaults, plus
 * its language. Commands and the daily flow read channels only through here.
 */
import type { ChannelKey, ChannelSettings } from '../store/types.ts';
import type { BotDeps } from './bot-deps.ts';
import { type Messages, messages } from './i18n/catalog.ts';
import type { ChannelRef, Locale } from './types.ts';

export interface ChannelView {
  key: ChannelKey;
  /** Null until someone sets a schedule (or a question is posted) in the channel. */
  settings: ChannelSettings | null;
  locale: Locale;
  timezone: string;
  m: Messages;
}

/** The channel part of a ref or event. */
export function channelKey(ref: ChannelRef): ChannelKey {
  return { platform: ref.platform, teamId: ref.teamId, channelId: ref.channelId };
}

export function viewChannel(deps: BotDeps, ref: ChannelRef): ChannelView {
  const key = channelKey(ref);
  const settings = deps.store.getChannel(key);
  const locale = settings?.locale ?? deps.settings.locale;
  return {
    key,
    settings,
    locale,
    timezone: settings?.timezone ?? deps.settings.defaultTimezone,
    m: messages(locale),
  };
}

/** The channel's settings, creating the row (schedule off) with the defaults when missing. */
export function ensureChannel(deps: BotDeps, key: ChannelKey): ChannelSettings {
  return (
    deps.store.getChannel(key) ??
    deps.store.upsertChannel(key, {
      locale: deps.settings.locale,
      timezone: deps.settings.defaultTimezone,
      answerWindowMinutes: deps.settings.answerWindowMinutes,
      // A channel first seen through /quiz post has no daily schedule until /quiz schedule.
      enabled: false,
    })
  );
}
