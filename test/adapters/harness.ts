/**
 * The shape every adapter's test harness offers, so one contract suite can drive the terminal,
 * Slack and Discord adapters through the same quiz flow. Each adapter's tests provide a
 * `start…Harness(core)` that starts the REAL adapter against local stand-ins (a fake Slack Web
 * API + signed requests / a local Socket Mode server; a Discord REST stub + gateway; a fake
 * terminal) and implements this interface.
 */
import type { BotCore, ChannelRef, ChatAdapter, MessageRef } from '../../src/bot/types.ts';

/** A simulated platform user. `admin` makes the platform report them as an admin. */
export interface HarnessUser {
  id: string;
  name: string;
  admin?: boolean;
}

/** A message as the platform would show it, flattened to text for assertions. */
export interface SeenMessage {
  visibility: 'channel' | 'ephemeral';
  /** All visible text of the rendered message (title, text, fields, footer), joined by newlines. */
  text: string;
  buttons: { label: string; actionId: string; value: string; disabled: boolean }[];
  /** Set for channel messages (so a test can click their buttons or see them edited). */
  ref?: MessageRef;
  /** For ephemeral messages: who sees it. */
  userId?: string;
}

export interface AdapterHarness {
  adapter: ChatAdapter;
  /** The channel the harness plays in. */
  channel: ChannelRef;
  /** Runs `/quiz <text>` as `user`; resolves with the messages this produced (ephemeral and channel). */
  command(user: HarnessUser, text: string): Promise<SeenMessage[]>;
  /** Clicks `button` of channel message `on` as `user`; resolves with the messages this produced. */
  click(
    user: HarnessUser,
    on: SeenMessage,
    button: SeenMessage['buttons'][number],
  ): Promise<SeenMessage[]>;
  /** The channel as it looks now: every channel message, in post order, with edits applied. */
  channelMessages(): SeenMessage[];
  /** Stops the adapter and the stand-ins. */
  close(): Promise<void>;
}

/** Starts a harness around a core. */
export type StartHarness = (core: BotCore) => Promise<AdapterHarness>;
