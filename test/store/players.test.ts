/** A player's home and reminders in the store: real SQLite files with the real migrations. */
import { describe, expect, it } from 'vitest';
import type { ChannelKey } from '../../src/store/types.ts';
import { openTestStore, postFor, SLACK, tempDir } from './helpers.ts';

const OTHER: ChannelKey = { platform: 'slack', teamId: 'T1', channelId: 'C2' };

describe('lastPlayedChannel', () => {
  it('is the team channel of the player’s latest answer, and null for someone who never answered', () => {
    const store = openTestStore(tempDir());
    const a = store.createPost(postFor(SLACK, '2026-12-01')).post;
    const b = store.createPost(postFor(OTHER, '2026-12-02')).post;
    expect(store.lastPlayedChannel('slack', 'T1', 'U1')).toBeNull();
    const answer = (postId: number, at: number) =>
      store.recordAnswer({
        postId,
        userId: 'U1',
        userName: 'ann',
        choiceIndex: 1,
        choiceText: 'x',
        at,
      });
    answer(b.id, Date.parse('2026-12-02T01:00:00Z'));
    answer(a.id, Date.parse('2026-12-01T01:00:00Z'));
    expect(store.lastPlayedChannel('slack', 'T1', 'U1')).toEqual(OTHER);
    expect(store.lastPlayedChannel('slack', 'T2', 'U1')).toBeNull();
    expect(store.lastPlayedChannel('discord', 'T1', 'U1')).toBeNull();
  });
});

describe('reminders', () => {
  it('are off until asked for, keep the channel they were asked in, and can be turned off', () => {
    const store = openTestStore(tempDir());
    expect(store.getReminder('slack', 'U1')).toBeNull();
    expect(store.enabledReminders()).toEqual([]);
    store.setReminder('slack', 'U1', SLACK, true, 1000);
    store.setReminder('slack', 'U2', SLACK, true, 1000);
    expect(store.setReminder('slack', 'U1', OTHER, true, 2000)).toEqual({
      platform: 'slack',
      userId: 'U1',
      channel: OTHER,
      enabled: true,
      updatedAt: 2000,
    });
    store.setReminder('slack', 'U2', SLACK, false, 3000);
    expect(store.enabledReminders().map((r) => [r.userId, r.channel.channelId])).toEqual([
      ['U1', 'C2'],
    ]);
    expect(store.getReminder('slack', 'U2')?.enabled).toBe(false);
    expect(() => store.setReminder('discord', 'U1', SLACK, true, 1)).toThrow(/not on discord/);
  });

  it('are claimed once per person and day, across a reopened database', () => {
    const dir = tempDir();
    const first = openTestStore(dir);
    expect(first.claimReminder('slack', 'U1', '2026-12-01', 1)).toBe(true);
    expect(first.claimReminder('slack', 'U1', '2026-12-01', 2)).toBe(false);
    expect(first.claimReminder('slack', 'U2', '2026-12-01', 2)).toBe(true);
    first.close();
    const again = openTestStore(dir);
    expect(again.claimReminder('slack', 'U1', '2026-12-01', 3)).toBe(false);
    expect(again.claimReminder('slack', 'U1', '2026-12-02', 3)).toBe(true);
    expect(() => again.claimReminder('slack', 'U1', 'tomorrow', 3)).toThrow(/YYYY-MM-DD/);
  });
});
