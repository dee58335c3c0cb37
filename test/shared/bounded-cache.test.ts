/** The bounded cache every adapter cache is built on (issue 15 #8): a size and an age limit. */
import { describe, expect, it } from 'vitest';
import { DM_CACHE } from '../../src/adapters/discord/discord-transport.ts';
import { ADMIN_CACHE_MAX } from '../../src/adapters/slack/slack-admins.ts';
import { BoundedCache } from '../../src/shared/bounded-cache.ts';

describe('BoundedCache', () => {
  it('keeps at most maxEntries, dropping the oldest written first', () => {
    const cache = new BoundedCache<number, string>({ maxEntries: 3, ttlMs: Infinity });
    for (let i = 1; i <= 5; i += 1) cache.set(i, `v${i}`);
    expect(cache.size).toBe(3);
    expect([1, 2, 3, 4, 5].map((k) => cache.get(k))).toEqual([
      undefined,
      undefined,
      'v3',
      'v4',
      'v5',
    ]);
    cache.set(3, 'again');
    cache.set(6, 'v6');
    expect(cache.get(4)).toBeUndefined();
    expect(cache.get(3)).toBe('again');
  });

  it('forgets an entry once its age limit has passed', () => {
    let now = 1_000;
    const cache = new BoundedCache<string, boolean>({ maxEntries: 10, ttlMs: 50, now: () => now });
    cache.set('a', true);
    now += 49;
    expect(cache.get('a')).toBe(true);
    now += 1;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('stays at its size under a million distinct keys', () => {
    const cache = new BoundedCache<number, number>({ maxEntries: 1_000, ttlMs: 60_000 });
    for (let i = 0; i < 1_000_000; i += 1) cache.set(i, i);
    expect(cache.size).toBe(1_000);
  });

  it('bounds the adapters caches that grow with users', () => {
    expect(ADMIN_CACHE_MAX).toBeLessThanOrEqual(10_000);
    expect(DM_CACHE.maxEntries).toBeLessThanOrEqual(10_000);
    expect(DM_CACHE.ttlMs).toBeLessThan(Infinity);
  });
});
