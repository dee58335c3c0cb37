/**
 * The one place that drops repeated deliveries of an event (a Slack retry, a Socket Mode
 * redelivery, a gateway replay): the event's idempotency key is claimed in the store, so the first
 * delivery wins across restarts and processes, and a repeat changes nothing and says nothing.
 * A click on an answer claims its key inside the answer's own transaction ({@link clickKey});
 * every other event claims it before its work ({@link isFirstDelivery}).
 */
import type { AnswerClick } from '../store/types.ts';
import type { BotDeps } from './bot-deps.ts';
import type { EventBase } from './types.ts';

/** How long an idempotency key is remembered. */
export const EVENT_KEY_TTL_MS = 24 * 60 * 60_000;

/** The key for the store's click transaction, when the event has one. */
export function clickKey(event: EventBase): Pick<AnswerClick, 'eventKey'> {
  return event.idempotencyKey
    ? { eventKey: { key: event.idempotencyKey, ttlMs: EVENT_KEY_TTL_MS } }
    : {};
}

/** Longer keys are not claimed (a platform's keys are far shorter; a huge one is not stored). */
export const EVENT_KEY_MAX = 200;

/**
 * Claims the event's key (through the write queue, so a locked database delays it instead of
 * stalling the event loop). True for the first delivery, and for an event without a key.
 */
export async function isFirstDelivery(
  deps: BotDeps,
  event: EventBase,
  what: Record<string, unknown>,
): Promise<boolean> {
  const key = event.idempotencyKey;
  // A platform's keys are far shorter; a huge one is not stored (nor claimed).
  if (!key || key.length > EVENT_KEY_MAX) return true;
  const first = await deps.writes.run(
    () => deps.store.claimEvent(key, deps.clock(), EVENT_KEY_TTL_MS),
    event.onDelayed,
  );
  if (!first) logDuplicate(deps, event, what);
  return first;
}

export function logDuplicate(deps: BotDeps, event: EventBase, what: Record<string, unknown>): void {
  deps.logger.info({ key: event.idempotencyKey, ...what }, 'duplicate delivery ignored');
}
