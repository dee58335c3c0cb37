import { describe, expect, it } from 'vitest';
import { InflightTracker, RecentKeys } from '../../../src/adapters/slack/slack-inflight.ts';

describe('RecentKeys', () => {
  it('claims a key once within the window and again after it', () => {
    let now = 0;
    const keys = new RecentKeys(1_000, 100, () => now);
    expect(keys.claim('a')).toBe(true);
    expect(keys.claim('a')).toBe(false);
    now = 999;
    expect(keys.claim('a')).toBe(false);
    now = 1_000;
    expect(keys.claim('a')).toBe(true);
  });

  it('lets a released key be claimed again', () => {
    const keys = new RecentKeys();
    keys.claim('a');
    keys.release('a');
    expect(keys.claim('a')).toBe(true);
  });

  it('keeps at most `max` keys, forgetting the oldest', () => {
    const keys = new RecentKeys(60_000, 2, () => 0);
    keys.claim('a');
    keys.claim('b');
    keys.claim('c');
    expect(keys.claim('a')).toBe(true);
    expect(keys.claim('c')).toBe(false);
  });
});

describe('InflightTracker', () => {
  it('resolves idle only when every running handler has finished, failed ones included', async () => {
    const tracker = new InflightTracker();
    let release!: () => void;
    const slow = tracker.run(() => new Promise<void>((resolve) => (release = resolve)));
    const failing = tracker.run(async () => {
      throw new Error('handler failed');
    });
    await expect(failing).rejects.toThrow('handler failed');
    let idle = false;
    const waiting = tracker.idle().then(() => (idle = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(idle).toBe(false);
    expect(tracker.size).toBe(1);
    release();
    await slow;
    await waiting;
    expect(idle).toBe(true);
    await expect(tracker.idle()).resolves.toBeUndefined();
  });
});
