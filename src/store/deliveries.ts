/**
 * Delivery intents (migration `*_deliveries.sql`): which message of a post (its question, its reveal) is about
 * to go out, with the key it carries, how many attempts were started and, once the platform
 * confirmed, the message id. See bot/daily/exactly-once.ts for how they are used.
 */
import type Database from 'better-sqlite3';
import { check } from './errors.ts';
import type { Delivery, DeliveryKind } from './types.ts';

interface DeliveryRow {
  post_id: number;
  kind: DeliveryKind;
  key: string;
  attempts: number;
  first_at: number;
  last_at: number;
  message_id: string | null;
  confirmed_at: number | null;
}

function toDelivery(r: DeliveryRow): Delivery {
  return {
    postId: r.post_id,
    kind: r.kind,
    key: r.key,
    attempts: r.attempts,
    firstAt: r.first_at,
    lastAt: r.last_at,
    messageId: r.message_id,
    confirmedAt: r.confirmed_at,
  };
}

export type DeliveryRepo = ReturnType<typeof createDeliveryRepo>;

export function createDeliveryRepo(db: Database.Database) {
  const get = db.prepare<[number, string], DeliveryRow>(
    'SELECT * FROM deliveries WHERE post_id = ? AND kind = ?',
  );
  const insert =
    db.prepare(`INSERT INTO deliveries (post_id, kind, key, attempts, first_at, last_at)
    VALUES (@postId, @kind, @key, 1, @now, @now) ON CONFLICT (post_id, kind) DO UPDATE
    SET attempts = attempts + 1, last_at = @now WHERE deliveries.message_id IS NULL`);
  const confirm = db.prepare(`UPDATE deliveries SET message_id = @messageId, confirmed_at = @now
    WHERE post_id = @postId AND kind = @kind AND message_id IS NULL`);

  const begin = db.transaction(
    (postId: number, kind: DeliveryKind, key: string, now: number): Delivery => {
      insert.run({ postId, kind, key, now });
      return toDelivery(get.get(postId, kind)!);
    },
  );

  return {
    /**
     * Records that an attempt is starting. The first call stores `key`; later calls keep the
     * first key and count the attempt. A confirmed delivery is returned unchanged.
     */
    begin(postId: number, kind: DeliveryKind, key: string, now: number): Delivery {
      check(key.length > 0 && key.length <= 25, `a delivery key has 1 to 25 characters: "${key}"`);
      return begin.immediate(postId, kind, key, now);
    },
    /** Records the platform's message; true for the call that confirmed it (a second is ignored). */
    confirm(postId: number, kind: DeliveryKind, messageId: string, now: number): boolean {
      check(messageId !== '', 'messageId must be a non-empty string');
      return confirm.run({ postId, kind, messageId, now }).changes === 1;
    },
    get(postId: number, kind: DeliveryKind): Delivery | null {
      const row = get.get(postId, kind);
      return row ? toDelivery(row) : null;
    },
  };
}
