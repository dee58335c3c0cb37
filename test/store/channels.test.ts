import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/store/index.ts';
import type { ChannelKey } from '../../src/store/types.ts';
import { openTestStore, SLACK, tempDir } from './helpers.ts';

describe('channels', () => {
  it('creates a channel with the defaults, then applies patches', () => {
    const store = openTestStore(tempDir(), {
      channelDefaults: { timezone: 'Asia/Tokyo', answerWindowMinutes: 600 },
    });
    expect(store.getChannel(SLACK)).toBeNull();
    expect(store.upsertChannel(SLACK, {})).toEqual({
      ...SLACK,
      time: '09:00',
      days: [1, 2, 3, 4, 5],
      timezone: 'Asia/Tokyo',
      locale: 'ja',
      enabled: true,
      answerWindowMinutes: 600,
      revealMode: 'auto',
      pausedReason: null,
      updatedBy: null,
      scheduleSince: null,
    });
    const changed = store.upsertChannel(SLACK, {
      time: '17:45',
      days: [5, 1, 1, 0],
      revealMode: 'manual',
      updatedBy: 'U9',
      pausedReason: 'channel_unavailable',
    });
    expect(changed).toMatchObject({
      time: '17:45',
      days: [0, 1, 5],
      revealMode: 'manual',
      updatedBy: 'U9',
      pausedReason: 'channel_unavailable',
      timezone: 'Asia/Tokyo',
    });
    expect(store.upsertChannel(SLACK, { pausedReason: null }).pausedReason).toBeNull();
    expect(store.getChannel(SLACK)).toEqual({ ...changed, pausedReason: null });
  });

  it('lists channels, filtered by enabled', () => {
    const store = openTestStore(tempDir());
    const other: ChannelKey = { platform: 'discord', teamId: 'G1', channelId: '42' };
    store.upsertChannel(SLACK, {});
    store.upsertChannel(other, { enabled: false });
    expect(store.listChannels().map((c) => c.channelId)).toEqual(['42', 'C1']);
    expect(store.listChannels({ enabled: true }).map((c) => c.channelId)).toEqual(['C1']);
    expect(store.listChannels({ enabled: false }).map((c) => c.channelId)).toEqual(['42']);
  });

  it('keeps channels of the same id on different teams apart', () => {
    const store = openTestStore(tempDir());
    store.upsertChannel(SLACK, { time: '08:00' });
    store.upsertChannel({ ...SLACK, teamId: 'T2' }, { time: '10:00' });
    expect(store.getChannel(SLACK)?.time).toBe('08:00');
    expect(store.getChannel({ ...SLACK, teamId: 'T2' })?.time).toBe('10:00');
  });

  it.each([
    [{ time: '24:00' }, /time "24:00" is not a time of day as HH:MM/],
    [{ time: '9:00' }, /time "9:00"/],
    [{ days: [] }, /days \[\] must be one or more weekday numbers/],
    [{ days: [7] }, /days \[7\]/],
    [{ timezone: 'Mars/Olympus' }, /timezone "Mars\/Olympus" is not an IANA time zone/],
    [{ locale: 'fr' }, /locale "fr" is not ja or en/],
    [{ answerWindowMinutes: 0 }, /answerWindowMinutes 0 must be a whole number of minutes above 0/],
    [{ answerWindowMinutes: 1.5 }, /answerWindowMinutes 1.5/],
    [{ revealMode: 'later' }, /revealMode "later" is not auto or manual/],
  ])('refuses %j with a clear message and changes nothing', (patch, message) => {
    const store = openTestStore(tempDir());
    const before = store.upsertChannel(SLACK, {});
    expect(() => store.upsertChannel(SLACK, patch as never)).toThrow(message);
    expect(() => store.upsertChannel(SLACK, patch as never)).toThrow(StoreError);
    expect(store.getChannel(SLACK)).toEqual(before);
  });

  it('refuses a bad channel key', () => {
    const store = openTestStore(tempDir());
    expect(() => store.upsertChannel({ ...SLACK, channelId: '' }, {})).toThrow(
      /channelId must be a non-empty string/,
    );
    expect(() => store.upsertChannel({ ...SLACK, platform: 'irc' as never }, {})).toThrow(
      /platform "irc" is not one of slack, discord, console/,
    );
  });

  it('refuses bad defaults when opening', () => {
    expect(() => openTestStore(tempDir(), { channelDefaults: { timezone: 'Nowhere' } })).toThrow(
      /timezone "Nowhere"/,
    );
  });
});
