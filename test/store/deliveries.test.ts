/** Delivery intents (migration `*_deliveries.sql`): the key survives retries, attempts count, one confirmation wins. */
import { describe, expect, it } from 'vitest';
import { createPost, openTestStore, SLACK, tempDir } from './helpers.ts';

describe('deliveries', () => {
  it('keeps the first key, counts attempts, and takes the first confirmation only', () => {
    const store = openTestStore(tempDir());
    const post = createPost(store, SLACK, '2026-11-30');
    expect(store.getDelivery(post.id, 'question')).toBeNull();
    const first = store.beginDelivery(post.id, 'question', 'q1.aaaaaa', 1_000);
    expect(first).toMatchObject({ key: 'q1.aaaaaa', attempts: 1, firstAt: 1_000, messageId: null });
    const second = store.beginDelivery(post.id, 'question', 'q1.bbbbbb', 2_000);
    expect(second).toMatchObject({ key: 'q1.aaaaaa', attempts: 2, firstAt: 1_000, lastAt: 2_000 });
    expect(store.confirmDelivery(post.id, 'question', 'M1', 3_000)).toBe(true);
    expect(store.confirmDelivery(post.id, 'question', 'M2', 3_001)).toBe(false);
    // Confirmed: a later begin changes nothing and hands back the message.
    expect(store.beginDelivery(post.id, 'question', 'q1.cccccc', 4_000)).toMatchObject({
      attempts: 2,
      messageId: 'M1',
      confirmedAt: 3_000,
    });
    // The reveal is a delivery of its own.
    expect(store.beginDelivery(post.id, 'reveal', 'r1.dddddd', 5_000)).toMatchObject({
      key: 'r1.dddddd',
      attempts: 1,
    });
  });

  it('refuses a key longer than Discord’s 25-character nonce', () => {
    const store = openTestStore(tempDir());
    const post = createPost(store, SLACK, '2026-11-30');
    expect(() => store.beginDelivery(post.id, 'question', 'x'.repeat(26), 1)).toThrow(/25/);
  });
});
