/**
 * Who is an admin on Slack: the ids in QUIZBOT_ADMINS, plus workspace admins and owners
 * according to `users.info`, asked lazily and cached for ten minutes (for at most 5,000 users).
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../logger.ts';
import { BoundedCache } from '../../shared/bounded-cache.ts';
import { toDeliveryError } from './slack-errors.ts';

export const ADMIN_CACHE_MS = 10 * 60 * 1000;

/** Users whose admin flag is remembered at once; beyond this the oldest answer is forgotten. */
export const ADMIN_CACHE_MAX = 5_000;

export interface AdminCheckOptions {
  client: webApi.WebClient;
  /** User ids that are always admins. */
  admins: readonly string[];
  logger: Logger;
  /** Clock, for the cache (tests pass their own). */
  now?: () => number;
  cacheMs?: number;
  /** Most users remembered at once (default {@link ADMIN_CACHE_MAX}). */
  cacheMax?: number;
}

/** Returns `isAdmin(userId)`. A failed `users.info` counts as "not an admin" and is not cached. */
export function createAdminCheck(options: AdminCheckOptions): (userId: string) => Promise<boolean> {
  const fixed = new Set(options.admins);
  const now = options.now ?? Date.now;
  const ttl = options.cacheMs ?? ADMIN_CACHE_MS;
  const cache = new BoundedCache<string, boolean>({
    maxEntries: options.cacheMax ?? ADMIN_CACHE_MAX,
    ttlMs: ttl,
    now,
  });
  const pending = new Map<string, Promise<boolean>>();

  async function lookup(userId: string): Promise<boolean> {
    try {
      const res = await options.client.users.info({ user: userId });
      const user = res.user;
      const admin = Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
      cache.set(userId, admin);
      return admin;
    } catch (err) {
      const failure = toDeliveryError(err, 'users.info');
      if (failure.failure === 'missing_permission') {
        options.logger.error(
          { method: 'users.info', scope: failure.options.detail },
          `Slack users.info failed: the app lacks ${failure.options.detail}; only QUIZBOT_ADMINS count as admins until it is added`,
        );
      } else {
        options.logger.warn(
          { err, userId },
          'Slack users.info failed; treating the user as not an admin',
        );
      }
      return false;
    } finally {
      pending.delete(userId);
    }
  }

  return async (userId) => {
    if (fixed.has(userId)) return true;
    const hit = cache.get(userId);
    if (hit !== undefined) return hit;
    const running = pending.get(userId);
    if (running) return running;
    const promise = lookup(userId);
    pending.set(userId, promise);
    return promise;
  };
}
