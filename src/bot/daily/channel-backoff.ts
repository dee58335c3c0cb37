/**
 * When a platform says "wait" for one channel (a 429 with Retry-After), that channel's posts and
 * reveals are rescheduled for then instead of being awaited: the scheduler skips the channel until
 * the time has passed, and every other channel goes on. Kept in memory (a restart simply tries
 * again, and the platform says again how long to wait).
 */
import type { ChannelKey } from '../../store/types.ts';
import type { BotDeps } from '../bot-deps.ts';

const waits = new WeakMap<BotDeps, Map<string, number>>();

/** A channel's key as one string (platform, team and channel). */
export function channelId(key: ChannelKey): string {
  return `${key.platform}\u0000${key.teamId}\u0000${key.channelId}`;
}

/** Holds the channel's scheduled work until `until` (epoch ms); a later time wins. */
export function waitUntil(deps: BotDeps, key: ChannelKey, until: number): void {
  let map = waits.get(deps);
  if (!map) {
    map = new Map();
    waits.set(deps, map);
  }
  const id = channelId(key);
  map.set(id, Math.max(until, map.get(id) ?? 0));
}

/** How long the channel must still wait at `now` (0 when it need not). */
export function waitingFor(deps: BotDeps, key: ChannelKey, now: number): number {
  const map = waits.get(deps);
  const until = map?.get(channelId(key));
  if (until === undefined) return 0;
  if (until <= now) {
    map?.delete(channelId(key));
    return 0;
  }
  return until - now;
}
