/**
 * The two kinds of failure the core knows.
 *
 * - {@link UserError}: the user did something we can explain (a bad time, an unknown period).
 *   The message goes back to them as it is, already in their language.
 * - anything else: a bug or an outage. It is logged with context and the user sees a short apology.
 *
 * {@link DeliveryError} is what a transport throws when the platform refused a message, so the
 * scheduler can pause a channel (gone, archived, no permission) or retry later (rate limit, outage).
 */

/** A mistake the user can fix; `message` is shown to them verbatim. */
export class UserError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Why a platform did not take a message. */
export type DeliveryFailure =
  /** The channel is gone, archived, or the bot is not in it: pause the channel's schedule. */
  | 'channel_unavailable'
  /** The bot lacks a scope or permission: pause and tell an admin; `detail` names it. */
  | 'missing_permission'
  /** The message to edit is gone (deleted by someone): don't retry the edit; post anew instead. */
  | 'message_unavailable'
  /** Slow down; try again after `retryAfterMs`. */
  | 'rate_limited'
  /** Anything else that may work later (network, 5xx). */
  | 'transient';

/** Thrown by a {@link import('./types.ts').ChatTransport} when a post or update failed. */
export class DeliveryError extends Error {
  constructor(
    readonly failure: DeliveryFailure,
    message: string,
    readonly options: { retryAfterMs?: number; detail?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'DeliveryError';
  }

  /** Whether the channel's schedule should be paused rather than retried. */
  get pausesChannel(): boolean {
    return this.failure === 'channel_unavailable' || this.failure === 'missing_permission';
  }
}
