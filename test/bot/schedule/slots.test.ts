import { describe, expect, it } from 'vitest';
import { dueSlot, latestSlot, MIN_CATCH_UP_MS, nextSlot } from '../../../src/bot/schedule/slots.ts';

const daily = {
  time: '09:00',
  days: [0, 1, 2, 3, 4, 5, 6],
  timezone: 'Asia/Tokyo',
  answerWindowMinutes: 24 * 60,
};
const weekdays = { ...daily, days: [1, 2, 3, 4, 5] };

describe('slots', () => {
  it('is due from the slot time until it closes', () => {
    const slotAt = Date.parse('2026-11-28T00:00:00Z'); // 09:00 Tokyo
    // A minute before today's slot, yesterday's slot closes in a minute: too late to catch up.
    expect(dueSlot(daily, slotAt - 60_000)).toBeNull();
    expect(dueSlot(daily, slotAt - 3_600_000)?.localDate).toBe('2026-11-27');
    expect(dueSlot(daily, slotAt)).toEqual({
      localDate: '2026-11-28',
      at: slotAt,
      closesAt: slotAt + 86_400_000,
    });
  });

  it('closes at the next slot when the answer window is longer', () => {
    const long = { ...daily, answerWindowMinutes: 48 * 60 };
    const slot = latestSlot(long, Date.parse('2026-11-28T01:00:00Z'))!;
    expect(slot.closesAt).toBe(Date.parse('2026-11-29T00:00:00Z'));
  });

  it('catches up a missed slot only while enough of its window is left', () => {
    const slotAt = Date.parse('2026-11-28T00:00:00Z');
    expect(dueSlot(daily, slotAt + 3 * 3_600_000)?.localDate).toBe('2026-11-28');
    const nearlyClosed = slotAt + 86_400_000 - MIN_CATCH_UP_MS + 1;
    expect(dueSlot({ ...daily, days: [6] }, nearlyClosed)).toBeNull();
  });

  it('skips days that are not posting days, without breaking', () => {
    const saturdayNoon = Date.parse('2026-11-28T03:00:00Z');
    const slot = latestSlot(weekdays, saturdayNoon)!;
    expect(slot.localDate).toBe('2026-11-27'); // Friday
    expect(slot.closesAt).toBe(slot.at + 86_400_000); // window ends before Monday's slot
    expect(dueSlot(weekdays, saturdayNoon)).toBeNull();
    expect(nextSlot(weekdays, saturdayNoon)?.localDate).toBe('2026-11-30'); // Monday
  });

  it('has no slot without days', () => {
    expect(nextSlot({ ...daily, days: [] }, Date.now())).toBeNull();
    expect(dueSlot({ ...daily, days: [] }, Date.now())).toBeNull();
  });

  it('gives one slot per local date across a daylight-saving change', () => {
    const ny = { ...daily, timezone: 'America/New_York' };
    const dates: string[] = [];
    let t = Date.parse('2026-10-30T00:00:00Z');
    for (let i = 0; i < 5; i++) {
      const s = nextSlot(ny, t)!;
      dates.push(s.localDate);
      t = s.at;
    }
    expect(dates).toEqual(['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02', '2026-11-03']);
  });
});
