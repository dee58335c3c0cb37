/**
 * Exactly one question and one reveal per post, whatever crashes: intent, send, record, and after
 * an interruption a look before sending again.
 *
 * 1. Before a message goes out, the intent is recorded in the store with the key it will carry
 *    (Slack message metadata, Discord nonce) — `beginDelivery`.
 * 2. The message is sent with that key; the platform's message id is recorded — `confirmDelivery`.
 * 3. An attempt that finds an earlier one started and never confirmed (the process died or the
 *    platform's answer was lost) first searches the channel for that copy and, when it is there,
 *    records it instead of sending. Only when the platform cannot look is it sent again.
 * 4. Should two copies exist anyway (two attempts raced), every copy but the recorded one is
 *    deleted, so only one has live buttons.
 */
import type { Delivery, DeliveryKind, PostRecord } from '../../store/types.ts';
import type { BotDeps } from '../bot-deps.ts';
import { channelKey } from '../channel-view.ts';
import type { ChannelRef, ChatTransport, MessageRef, PostMark, Reply } from '../types.ts';
import { transportFor } from './delivery.ts';

/** How far before an attempt's start the channel is searched (clocks of two hosts differ a little). */
export const SEARCH_MARGIN_MS = 2 * 60_000;

export interface Delivered {
  ref: MessageRef;
  /** How the message id was learnt: sent now, found from an earlier attempt, or already known. */
  how: 'sent' | 'found' | 'known';
}

/** A key for a new delivery: kind, post id and random letters, within Discord's 25 characters. */
export function deliveryKey(deps: BotDeps, kind: DeliveryKind, postId: number): string {
  let suffix = '';
  while (suffix.length < 6) suffix += Math.floor(deps.random() * 36).toString(36);
  return `${kind === 'question' ? 'q' : 'r'}${postId}.${suffix}`.slice(0, 25);
}

/**
 * Sends `reply` as the post's `kind` message exactly once (see the file comment). Throws what the
 * transport throws (DeliveryError); the intent stays recorded, and the next attempt looks first.
 */
export async function deliverOnce(
  deps: BotDeps,
  post: PostRecord,
  kind: DeliveryKind,
  reply: Reply,
  replyTo?: MessageRef,
): Promise<Delivered> {
  const key = channelKey(post);
  const transport = transportFor(deps, key);
  const delivery = deps.store.beginDelivery(
    post.id,
    kind,
    deliveryKey(deps, kind, post.id),
    deps.clock(),
  );
  if (delivery.messageId !== null)
    return { ref: { ...key, messageId: delivery.messageId }, how: 'known' };
  const mark: PostMark = { key: delivery.key, ...(replyTo ? { replyTo } : {}) };
  const log = deps.logger.child({ postId: post.id, kind, channel: key });

  if (delivery.attempts > 1) {
    const copies = await findCopies(transport, delivery, reply, mark, key);
    const [first, ...extra] = copies ?? [];
    if (first) {
      const kept = keep(deps, delivery, first);
      await removeCopies(
        transport,
        reply,
        [first, ...extra].filter((c) => c.messageId !== kept.messageId),
        log,
      );
      log.info(
        { attempts: delivery.attempts, messageId: kept.messageId },
        'an earlier attempt had sent this message: recorded it instead of sending again',
      );
      return { ref: kept, how: 'found' };
    }
    log.warn(
      { attempts: delivery.attempts, searched: copies !== null },
      copies === null
        ? 'an earlier attempt was not confirmed and the channel cannot be searched; sending again'
        : 'an earlier attempt was not confirmed and did not reach the channel; sending again',
    );
  }

  const sent = await transport.postMessage(key, reply, mark);
  const kept = keep(deps, delivery, sent);
  if (kept.messageId !== sent.messageId) {
    // Another attempt confirmed its copy meanwhile: this one is the extra.
    await removeCopies(transport, reply, [sent], log);
  } else if (delivery.attempts > 1) {
    // Attempts raced: any other copy goes, so only the recorded one has live buttons.
    const copies = await findCopies(transport, delivery, reply, mark, key);
    await removeCopies(
      transport,
      reply,
      (copies ?? []).filter((c) => c.messageId !== kept.messageId),
      log,
    );
  }
  return { ref: kept, how: kept.messageId === sent.messageId ? 'sent' : 'found' };
}

/**
 * The message an earlier, unconfirmed attempt sent, looked for in the channel and recorded (extra
 * copies removed); null when no attempt was made, none reached the channel, or the platform
 * cannot look. Sends nothing. Throws what the transport throws.
 */
export async function findEarlierCopy(
  deps: BotDeps,
  post: PostRecord,
  kind: DeliveryKind,
  reply: Reply,
): Promise<MessageRef | null> {
  const key = channelKey(post);
  const delivery = deps.store.getDelivery(post.id, kind);
  if (!delivery) return null;
  if (delivery.messageId !== null) return { ...key, messageId: delivery.messageId };
  const transport = transportFor(deps, key);
  const copies = await findCopies(transport, delivery, reply, { key: delivery.key }, key);
  const [first, ...extra] = copies ?? [];
  if (!first) return null;
  const kept = keep(deps, delivery, first);
  const log = deps.logger.child({ postId: post.id, kind, channel: key });
  await removeCopies(
    transport,
    reply,
    [first, ...extra].filter((c) => c.messageId !== kept.messageId),
    log,
  );
  log.info({ messageId: kept.messageId }, 'an earlier attempt had sent this message: recorded it');
  return kept;
}

/** Records `ref` as the delivery's message; returns the one recorded (ours, or one that won). */
function keep(deps: BotDeps, delivery: Delivery, ref: MessageRef): MessageRef {
  if (deps.store.confirmDelivery(delivery.postId, delivery.kind, ref.messageId, deps.clock()))
    return ref;
  const recorded = deps.store.getDelivery(delivery.postId, delivery.kind)?.messageId;
  return recorded ? { ...ref, messageId: recorded } : ref;
}

async function findCopies(
  transport: ChatTransport,
  delivery: Delivery,
  reply: Reply,
  mark: PostMark,
  channel: ChannelRef,
): Promise<MessageRef[] | null> {
  if (!transport.findPosted) return null;
  return transport.findPosted(channel, reply, mark, delivery.firstAt - SEARCH_MARGIN_MS);
}

/** Deletes each copy; one that cannot be deleted at least loses its live buttons. */
async function removeCopies(
  transport: ChatTransport,
  reply: Reply,
  copies: MessageRef[],
  log: BotDeps['logger'],
): Promise<void> {
  for (const copy of copies) {
    try {
      if (!transport.deleteMessage) throw new Error('this platform cannot delete messages');
      await transport.deleteMessage(copy);
      log.warn({ messageId: copy.messageId }, 'a second copy had gone out; it was deleted');
    } catch (err) {
      try {
        const buttons = (reply.buttons ?? []).map((b) => ({ ...b, disabled: true }));
        await transport.updateMessage(copy, { ...reply, buttons });
        log.warn(
          { err, messageId: copy.messageId },
          'a second copy had gone out and could not be deleted; its buttons were disabled',
        );
      } catch (editErr) {
        log.error(
          { err: editErr, messageId: copy.messageId },
          'a second copy had gone out and could be neither deleted nor disabled; delete it by hand',
        );
      }
    }
  }
}
