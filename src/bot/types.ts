/**
 * The core message model: what adapters hand to the bot, and what the bot hands back.
 *
 * Arrows point one way: adapters → bot → quiz. Nothing here knows Slack, Discord or a terminal;
 * an adapter translates a platform payload into a {@link CommandEvent} / {@link ActionEvent}
 * and renders a {@link Reply} into Block Kit, an embed, or plain text.
 */

import type { ChannelKey, Locale, Platform } from '../shared/channel.ts';

export type { Locale, Platform } from '../shared/channel.ts';

/** A channel on one platform, inside one team (Slack workspace / Discord guild / the terminal). */
export interface ChannelRef extends ChannelKey {}

/** A message the bot posted, so it can be edited later (Slack `ts`, Discord message id). */
export interface MessageRef extends ChannelRef {
  messageId: string;
}

/** Fields shared by every incoming event. */
export interface EventBase extends ChannelRef {
  userId: string;
  /** Display name as the platform shows it; used on leaderboards. */
  userName: string;
  /**
   * Whether the user may run admin commands. Lazy, because on Slack it costs an API call
   * (`users.info`), which most events never need. Adapters cache the answer.
   */
  isAdmin: () => Promise<boolean>;
  /**
   * A key that is the same for every delivery of this one event (Slack retries, a gateway
   * replay); the core records it so a repeated delivery changes nothing. Optional.
   */
  idempotencyKey?: string;
}

/** `/quiz <name> <args…>` on any platform. */
export interface CommandEvent extends EventBase {
  /** The sub-command, e.g. `lookup`; empty string for a bare `/quiz`. */
  name: string;
  /** The remaining words, in the order of the command's {@link CommandOption}s. */
  args: string[];
}

/** A button click. */
export interface ActionEvent extends EventBase {
  /** The {@link Button.actionId} of the clicked button. */
  actionId: string;
  /** The {@link Button.value} of the clicked button. */
  value: string;
  /** The message that carried the button, when the platform says. */
  message?: MessageRef;
}

/** A clickable button on a card. */
export interface Button {
  /**
   * What the core dispatches on, e.g. `answer`, `explain`, `practice-answer`, `quiz-me`.
   * At most 16 characters, so that with {@link Button.value} it fits every platform's id (Discord: 100).
   */
  actionId: string;
  label: string;
  /** Opaque data for the core (≤ 80 characters, so every platform can carry it). */
  value: string;
  style?: 'primary' | 'danger' | 'default';
  disabled?: boolean;
}

/** A label/value pair shown on a card (Slack section field, Discord embed field). */
export interface Field {
  label: string;
  value: string;
  inline?: boolean;
}

/** A file sent with a card (the weekly report's chart). */
export interface Attachment {
  filename: string;
  mimeType: string;
  data: Uint8Array;
  /** What an image shows, for screen readers (Slack `alt_text`, Discord `description`). */
  altText?: string;
}

/**
 * What the bot says. Every adapter renders every field; platform limits (button text, number
 * of buttons, text length) are applied by the adapter's renderer by shortening, never by failing.
 */
export interface Reply {
  /** `channel`: everybody sees it. `ephemeral`: only the user who triggered it. */
  visibility: 'channel' | 'ephemeral';
  title?: string;
  /** Main text. Plain text with `*bold*`-free markdown-ish lines; mentions as {@link mention}. */
  text: string;
  fields?: Field[];
  buttons?: Button[];
  footer?: string;
  attachments?: Attachment[];
  /** An accent for renderers that have one: the question, a right answer, a wrong one. */
  tone?: 'question' | 'correct' | 'wrong' | 'info' | 'error';
}

/** A user mention inside {@link Reply.text}; renderers turn it into `<@U123>` etc. */
export function mention(userId: string): string {
  return `<@${userId}>`;
}

/** Kinds of option a command takes; Discord maps them to typed options. */
export interface CommandOption {
  name: string;
  description: string;
  kind: 'string' | 'user' | 'choice';
  choices?: string[];
  required: boolean;
  /** Discord offers completions from {@link BotCore.complete}. */
  autocomplete?: boolean;
  /** How each of {@link choices} reads in the language of {@link description} (`week` → 今週). */
  choiceLabels?: Record<string, string>;
}

/** A command's words in one language (for platforms that show each user their own: Discord). */
export interface CommandText {
  description: string;
  /** By option name. */
  options: Record<string, { description: string; choiceLabels?: Record<string, string> }>;
}

/** One command in the registry; help and platform registrations are generated from these. */
export interface CommandSpec {
  name: string;
  description: string;
  usage: string;
  adminOnly: boolean;
  /** The same command's words in every supported language. */
  translations?: Partial<Record<Locale, CommandText>>;
  options: CommandOption[];
}

/** A player opened their home (Slack's App Home tab): no channel, just who and where. */
export interface HomeEvent {
  platform: Platform;
  teamId: string;
  userId: string;
  userName: string;
}

/** The platform-neutral bot, as an adapter sees it. */
export interface BotCore {
  /** Runs a command; returns what to say (usually one ephemeral or channel reply). */
  handleCommand(event: CommandEvent): Promise<Reply[]>;
  /** Handles a button click; returns what to say back (usually ephemeral). */
  handleAction(event: ActionEvent): Promise<Reply[]>;
  /** Completions for an autocompleted option, e.g. concept names for `lookup term`. */
  complete(
    command: string,
    option: string,
    partial: string,
    channel: ChannelRef,
  ): Promise<string[]>;
  /** The command registry (for help, Slack usage hints and Discord registration). */
  commands(): CommandSpec[];
  /**
   * The player's home (the `/quiz me` card) for a platform page of its own, e.g. Slack's App Home.
   * Optional: a core without one (a test stand-in) simply has no home page.
   */
  home?(event: HomeEvent): Promise<Reply>;
}

/**
 * What the core needs from a platform to speak first (the daily post, the reveal).
 * Failures are thrown as {@link DeliveryError} (see errors.ts) so the core can pause or retry.
 */
export interface ChatTransport {
  readonly platform: Platform;
  /** Posts a public message. Only `visibility: 'channel'` replies are passed here. */
  postMessage(channel: ChannelRef, reply: Reply): Promise<MessageRef>;
  updateMessage(ref: MessageRef, reply: Reply): Promise<void>;
  /** Tells one user something privately in a channel (e.g. the admin whose channel was paused). */
  sendPrivate(channel: ChannelRef, userId: string, reply: Reply): Promise<void>;
}

/** A running platform connection. */
export interface ChatAdapter extends ChatTransport {
  /** Connects and starts routing events to `core`. Resolves once ready to receive events. */
  start(core: BotCore): Promise<void>;
  /** Stops taking new events, lets in-flight handlers finish, disconnects. */
  stop(): Promise<void>;
  /** For the health check. */
  isConnected(): boolean;
}
