/**
 * Talking to a platform first, and what to do when it refuses: pause the channel (gone, archived,
 * no permission) and tell whoever set its schedule, or leave the work to be retried later.
 */
import type { ChannelKey } from '../../store/types.ts';
import type { BotDeps } from '../bot-deps.ts';
import { describePause } from '../cards/pause-reason.ts';
import { DeliveryError } from '../errors.ts';
import { messages } from '../i18n/catalog.ts';
import type { ChatTransport } from '../types.ts';

/** The transport of the channel's platform; throws when that adapter is not running. */
export function transportFor(deps: BotDeps, key: ChannelKey): ChatTransport {
  const transport = deps.transports.get(key.platform);
  if (!transport) throw new DeliveryError('transient', `no ${key.platform} adapter is running`);
  return transport;
}

/**
 * Handles a failed delivery. Returns normally in every case: the caller's work stays in the store
 * (a post without a message id, a closed post not yet revealed) and the next tick retries it,
 * unless the channel was paused.
 */
export async function handleDeliveryFailure(
  deps: BotDeps,
  key: ChannelKey,
  error: unknown,
  what: string,
): Promise<void> {
  const log = deps.logger.child({ channel: key, what });
  if (!(error instanceof DeliveryError)) {
    log.error({ err: error }, 'delivery failed; will retry');
    return;
  }
  if (!error.pausesChannel) {
    log.warn(
      { failure: error.failure, retryAfterMs: error.options.retryAfterMs, err: error },
      'delivery failed; will retry',
    );
    return;
  }
  const reason = error.options.detail ? `${error.failure}: ${error.options.detail}` : error.failure;
  const settings = deps.store.upsertChannel(key, { pausedReason: reason });
  log.error(
    { failure: error.failure, detail: error.options.detail, err: error },
    'channel paused: the platform refused to deliver',
  );
  if (!settings.updatedBy) return;
  try {
    const m = messages(settings.locale);
    await transportFor(deps, key).sendPrivate(key, settings.updatedBy, {
      visibility: 'ephemeral',
      tone: 'error',
      text: m.channelPaused(describePause(reason, m)),
    });
  } catch (tellError) {
    log.warn(
      { err: tellError, admin: settings.updatedBy },
      'could not tell the admin that the channel was paused',
    );
  }
}
