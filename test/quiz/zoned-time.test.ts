import { describe, expect, it } from 'vitest';
import {
  addDays,
  canonicalTimeZone,
  localDateTime,
  weekdayOf,
  zonedInstant,
} from '../../src/quiz/zoned-time.ts';

describe('zoned time', () => {
  it('reads the wall clock in a zone', () => {
    const at = Date.parse('2026-11-27T23:30:00Z');
    expect(localDateTime(at, 'Asia/Tokyo')).toEqual({
      date: '2026-11-28',
      weekday: 6,
      hour: 8,
      minute: 30,
    });
    expect(localDateTime(at, 'America/New_York')).toEqual({
      date: '2026-11-27',
      weekday: 5,
      hour: 18,
      minute: 30,
    });
  });

  it('turns a local date and time back into an instant, across daylight-saving changes', () => {
    expect(zonedInstant('2026-11-28', 9, 0, 'Asia/Tokyo')).toBe(Date.parse('2026-11-28T00:00:00Z'));
    // New York: EDT (UTC-4) before 2026-11-01, EST (UTC-5) after.
    expect(zonedInstant('2026-10-31', 9, 0, 'America/New_York')).toBe(
      Date.parse('2026-10-31T13:00:00Z'),
    );
    expect(zonedInstant('2026-11-01', 9, 0, 'America/New_York')).toBe(
      Date.parse('2026-11-01T14:00:00Z'),
    );
    expect(zonedInstant('2026-03-08', 9, 0, 'America/New_York')).toBe(
      Date.parse('2026-03-08T13:00:00Z'),
    );
  });

  it('resolves a wall time skipped by spring-forward to a real instant once', () => {
    // 2026-03-08 02:30 does not exist in New York.
    const at = zonedInstant('2026-03-08', 2, 30, 'America/New_York');
    const back = localDateTime(at, 'America/New_York');
    expect(back.date).toBe('2026-03-08');
    expect(back.hour).toBe(3);
  });

  it('resolves an ambiguous fall-back wall time to its first occurrence', () => {
    const at = zonedInstant('2026-11-01', 1, 30, 'America/New_York');
    expect(at).toBe(Date.parse('2026-11-01T05:30:00Z'));
  });

  it('does calendar arithmetic and knows zone names', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(weekdayOf('2026-11-28')).toBe(6);
    expect(canonicalTimeZone('asia/tokyo')).toBe('Asia/Tokyo');
    expect(canonicalTimeZone('Mars/Base')).toBeNull();
  });
});
