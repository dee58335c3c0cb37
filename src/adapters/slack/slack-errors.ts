/**
 * Slack Web API failures → {@link DeliveryError}, so the core knows whether to pause a channel,
 * wait, or retry later.
 */
import { webApi } from '@slack/bolt';
import { DeliveryError } from '../../bot/errors.ts';

/** Errors that mean the channel cannot take our posts (pause its schedule). */
const CHANNEL_GONE = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'channel_is_archived',
  'team_access_not_granted',
]);

/** Errors that mean the app lacks a scope, a permission or a valid token (pause and tell an admin). */
const NO_PERMISSION = new Set([
  'missing_scope',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'not_allowed_token_type',
  'no_permission',
  'ekm_access_denied',
]);

/**
 * Errors that mean Slack no longer takes the bot token at all (revoked, expired, the app removed):
 * not one channel's problem, so nothing is paused; the adapter reports lost credentials and the
 * process stops (see SlackAdapterOptions.onFatal).
 */
export const TOKEN_REJECTED = new Set([
  'not_authed',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'team_disabled',
]);

/** Errors that mean the message to edit is gone or not ours to edit (post anew instead). */
const MESSAGE_GONE = new Set(['message_not_found', 'cant_update_message', 'edit_window_closed']);

/** Errors that mean Blocks were refused: worth one more try as plain text. */
export const BLOCKS_REFUSED = new Set([
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_too_long',
  'invalid_attachments',
]);

/** The Slack error code of a failed Web API call (`channel_not_found`), if there is one. */
export function slackErrorCode(err: unknown): string | null {
  return err instanceof webApi.WebAPIPlatformError ? err.data.error : null;
}

/**
 * Maps any error of a Web API call to a DeliveryError.
 * `detail` is the missing scope for `missing_scope` (Slack names it in `needed`), else the Slack error code.
 */
export function toDeliveryError(err: unknown, method: string): DeliveryError {
  if (err instanceof DeliveryError) return err;
  if (err instanceof webApi.WebAPIRateLimitedError) {
    return new DeliveryError(
      'rate_limited',
      `Slack ${method} was rate limited; retry after ${err.retryAfter}s`,
      {
        retryAfterMs: err.retryAfter * 1000,
        detail: 'ratelimited',
        cause: err,
      },
    );
  }
  if (err instanceof webApi.WebAPIPlatformError) {
    const code = err.data.error;
    if (code === 'missing_scope') {
      const data = err.data as { needed?: unknown };
      const needed = typeof data.needed === 'string' ? data.needed : 'unknown';
      return new DeliveryError(
        'missing_permission',
        `Slack ${method} failed: the app lacks the scope ${needed}`,
        { detail: needed, cause: err },
      );
    }
    if (CHANNEL_GONE.has(code)) {
      return new DeliveryError('channel_unavailable', `Slack ${method} failed: ${code}`, {
        detail: code,
        cause: err,
      });
    }
    if (MESSAGE_GONE.has(code)) {
      return new DeliveryError('message_unavailable', `Slack ${method} failed: ${code}`, {
        detail: code,
        cause: err,
      });
    }
    if (TOKEN_REJECTED.has(code)) {
      return new DeliveryError('transient', `Slack ${method} failed: ${code} (the bot token)`, {
        detail: code,
        cause: err,
      });
    }
    if (NO_PERMISSION.has(code)) {
      return new DeliveryError('missing_permission', `Slack ${method} failed: ${code}`, {
        detail: code,
        cause: err,
      });
    }
    if (code === 'ratelimited' || code === 'rate_limited') {
      return new DeliveryError('rate_limited', `Slack ${method} was rate limited`, {
        retryAfterMs: 60_000,
        detail: code,
        cause: err,
      });
    }
    return new DeliveryError('transient', `Slack ${method} failed: ${code}`, {
      detail: code,
      cause: err,
    });
  }
  if (err instanceof webApi.WebAPIHTTPError) {
    return new DeliveryError('transient', `Slack ${method} failed: HTTP ${err.statusCode}`, {
      detail: `http_${err.statusCode}`,
      cause: err,
    });
  }
  const message = err instanceof Error ? err.message : String(err);
  return new DeliveryError('transient', `Slack ${method} failed: ${message}`, { cause: err });
}
