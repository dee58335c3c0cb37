/**
 * A lease on one piece of work (sending a post, revealing it): while a process holds it, no other
 * process starts the same work. It is short and renewed while the work runs, so a process that
 * died holding it (killed mid-send) stops blocking the work within seconds, not minutes; the
 * delivery record (exactly-once.ts) makes the retry safe whatever the dead process had sent.
 */
import type { BotDeps } from '../bot-deps.ts';

/** How long a lease lasts without renewal: what a dead holder costs a retry. */
export const LEASE_MS = 15_000;

/** How often a running holder renews it. */
const RENEW_EVERY_MS = 5_000;

/**
 * Runs `work` holding the lease `key`; returns `busy` without running it when another holder has
 * it. The lease is released when the work ends (a crash leaves it to expire).
 */
export async function withLease<T>(
  deps: BotDeps,
  key: string,
  work: () => Promise<T>,
): Promise<{ status: 'done'; value: T } | { status: 'busy' }> {
  if (!deps.store.claimEvent(key, deps.clock(), LEASE_MS)) return { status: 'busy' };
  const renew = setInterval(() => {
    try {
      deps.store.renewEvent(key, deps.clock(), LEASE_MS);
    } catch (err) {
      deps.logger.warn({ err, lease: key }, 'could not renew a lease');
    }
  }, RENEW_EVERY_MS);
  renew.unref();
  try {
    return { status: 'done', value: await work() };
  } finally {
    clearInterval(renew);
    try {
      deps.store.releaseEvent(key);
    } catch (err) {
      deps.logger.warn({ err, lease: key }, 'could not release a lease; it expires by itself');
    }
  }
}
