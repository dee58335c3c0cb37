/**
 * Discord REST failures → {@link DeliveryError} kinds the core acts on (pause, tell an admin,
 * retry later). Codes: https://discord.com/developers/docs/topics/opcodes-and-status-codes
 */
import { DiscordAPIError, HTTPError, RateLimitError, RESTJSONErrorCodes } from 'discord.js';
import { DeliveryError, type DeliveryFailure } from '../../bot/errors.ts';

/** What the bot needs to post a card, named for the admin who must grant it. */
export const NEEDED_PERMISSIONS = 'View Channel, Send Messages, Embed Links, Attach Files';

const CHANNEL_GONE = new Set<number>([
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.UnknownGuild,
  RESTJSONErrorCodes.ThreadLocked,
  RESTJSONErrorCodes.InvalidActionOnArchivedThread,
  RESTJSONErrorCodes.CannotExecuteActionOnThisChannelType,
]);

const NO_PERMISSION = new Map<number, string>([
  [RESTJSONErrorCodes.MissingPermissions, NEEDED_PERMISSIONS],
  [RESTJSONErrorCodes.MissingAccess, 'View Channel'],
]);

/**
 * The interaction was already acknowledged: a second delivery of one interaction (a gateway
 * replay) or a second answer to it. Expected, harmless, and not worth an error line.
 */
export function isDuplicateAcknowledgement(error: unknown): boolean {
  if (error instanceof DiscordAPIError)
    return error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged;
  return (error as { code?: unknown } | null)?.code === 'InteractionAlreadyReplied';
}

/** Discord refused a DM because the user does not take DMs from server members or bots. */
export function isDirectMessageRefused(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError &&
    (error.code === RESTJSONErrorCodes.CannotSendMessagesToThisUser ||
      error.code === RESTJSONErrorCodes.CannotSendMessagesToThisUserDueToHavingNoMutualGuilds ||
      error.code === RESTJSONErrorCodes.UnknownUser)
  );
}

function fromApiError(error: DiscordAPIError, what: string): DeliveryError {
  const code = typeof error.code === 'number' ? error.code : -1;
  const base = `${what}: Discord said ${error.status} ${error.message} (code ${error.code})`;
  const cause = { cause: error };
  const permission = NO_PERMISSION.get(code);
  if (permission)
    return new DeliveryError('missing_permission', base, { ...cause, detail: permission });
  if (CHANNEL_GONE.has(code)) return new DeliveryError('channel_unavailable', base, cause);
  if (code === RESTJSONErrorCodes.UnknownMessage) {
    // The post was deleted: nothing to pause, nothing a retry fixes; see the adapter's report.
    return new DeliveryError('transient', base, { ...cause, detail: 'unknown_message' });
  }
  let failure: DeliveryFailure = 'transient';
  if (error.status === 403) failure = 'missing_permission';
  else if (error.status === 404) failure = 'channel_unavailable';
  return new DeliveryError(
    failure,
    base,
    failure === 'missing_permission' ? { ...cause, detail: NEEDED_PERMISSIONS } : cause,
  );
}

/**
 * Maps whatever a discord.js REST call threw. Already-mapped errors pass through.
 * @param what names the attempt for the message, e.g. `post to channel 123`.
 */
export function toDeliveryError(error: unknown, what: string): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (error instanceof DiscordAPIError) return fromApiError(error, what);
  if (error instanceof RateLimitError) {
    const retryAfterMs = Math.max(error.timeToReset, error.retryAfter, 0);
    return new DeliveryError(
      'rate_limited',
      `${what}: rate limited for ${retryAfterMs} ms (${error.route})`,
      {
        retryAfterMs,
        cause: error,
      },
    );
  }
  if (error instanceof HTTPError) {
    return new DeliveryError(
      'transient',
      `${what}: Discord answered ${error.status} ${error.message}`,
      { cause: error },
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DeliveryError('transient', `${what}: ${message}`, { cause: error });
}
