/**
 * Idempotency keys of platform events (a retried delivery, a double click): the first claim wins,
 * across processes, until the key expires. Expired keys are purged a few at a time on each claim.
 */
import type Database from 'better-sqlite3';
import { check } from './errors.ts';

const PURGE_BATCH = 100;

export type EventRepo = ReturnType<typeof createEventRepo>;

export function createEventRepo(db: Database.Database) {
  const claim = db.prepare(`INSERT INTO processed_events (key, expires_at) VALUES (@key, @expiresAt)
    ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE processed_events.expires_at <= @now`);
  const purge = db.prepare(`DELETE FROM processed_events WHERE key IN
    (SELECT key FROM processed_events WHERE expires_at <= ? ORDER BY expires_at LIMIT ${PURGE_BATCH})`);

  const remove = db.prepare('DELETE FROM processed_events WHERE key = ?');
  const extend = db.prepare('UPDATE processed_events SET expires_at = ? WHERE key = ?');

  const claimAndPurge = db.transaction((key: string, now: number, ttlMs: number): boolean => {
    const won = claim.run({ key, expiresAt: now + ttlMs, now }).changes === 1;
    purge.run(now);
    return won;
  });

  return {
    /**
     * {@link claim} inside a transaction the caller runs (the click's): no purge there, so the
     * click pays one insert; expired keys go with the next {@link claim}.
     */
    claimWithin(key: string, now: number, ttlMs: number): boolean {
      check(typeof key === 'string' && key !== '', 'an event key must be a non-empty string');
      check(Number.isFinite(ttlMs) && ttlMs > 0, `ttlMs ${ttlMs} must be above 0`);
      return claim.run({ key, expiresAt: now + ttlMs, now }).changes === 1;
    },
    /** True the first time `key` is seen (or once its earlier claim expired); false for a repeat. */
    claim(key: string, now: number, ttlMs: number): boolean {
      check(typeof key === 'string' && key !== '', 'an event key must be a non-empty string');
      check(Number.isFinite(now), `now ${now} is not a time in epoch milliseconds`);
      check(Number.isFinite(ttlMs) && ttlMs > 0, `ttlMs ${ttlMs} must be above 0`);
      return claimAndPurge.immediate(key, now, ttlMs);
    },
    /** Extends a claim held now (a lease whose holder is still at work). */
    renew(key: string, now: number, ttlMs: number): void {
      extend.run(now + ttlMs, key);
    },
    /** Gives a claim up before it expires (a lease whose work is done). */
    release(key: string): void {
      remove.run(key);
    },
  };
}
