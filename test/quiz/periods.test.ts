import { describe, expect, it } from 'vitest';
import { isLocalDate, monthKey, parseLocalDate, weekKey } from '../../src/quiz/periods.ts';

describe('weekKey', () => {
  it('starts weeks on Monday', () => {
    expect(weekKey('2026-11-22')).toBe('2026-W47'); // Sunday
    expect(weekKey('2026-11-23')).toBe('2026-W48'); // Monday
    expect(weekKey('2026-11-29')).toBe('2026-W48'); // Sunday
  });

  it('puts days around New Year into the ISO week year', () => {
    expect(weekKey('2026-12-31')).toBe('2026-W53');
    expect(weekKey('2027-01-01')).toBe('2026-W53');
    expect(weekKey('2027-01-03')).toBe('2026-W53');
    expect(weekKey('2027-01-04')).toBe('2027-W01');
    expect(weekKey('2024-12-30')).toBe('2025-W01');
    expect(weekKey('2021-01-03')).toBe('2020-W53');
  });

  it('agrees with a day-by-day count over ten years', () => {
    // Independent recount: walk every day, bump the week on Mondays, reset when a Thursday
    // falls in a new year (the ISO rule restated).
    let expectedYear = 2015;
    let expectedWeek = 1; // 2015-01-01 is a Thursday: week 1 of 2015 started Monday 2014-12-29
    for (let t = Date.UTC(2014, 11, 29); t < Date.UTC(2025, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      const dow = d.getUTCDay();
      if (dow === 1 && t !== Date.UTC(2014, 11, 29)) {
        const thursday = new Date(t + 3 * 86_400_000);
        if (thursday.getUTCFullYear() !== expectedYear) {
          expectedYear = thursday.getUTCFullYear();
          expectedWeek = 1;
        } else {
          expectedWeek += 1;
        }
      }
      const local = d.toISOString().slice(0, 10);
      expect(weekKey(local), local).toBe(
        `${expectedYear}-W${String(expectedWeek).padStart(2, '0')}`,
      );
    }
  });
});

describe('monthKey', () => {
  it('is the year and month of the local date', () => {
    expect(monthKey('2026-11-30')).toBe('2026-11');
    expect(monthKey('2026-12-01')).toBe('2026-12');
  });
});

describe('bad local dates', () => {
  it.each(['2026-13-01', '2026-02-30', '2026-2-3', '26-11-28', '2026-11-28T09:00', '', 'today'])(
    'refuses %j',
    (bad) => {
      expect(isLocalDate(bad)).toBe(false);
      expect(() => weekKey(bad)).toThrow(/not a local date.*YYYY-MM-DD/);
      expect(() => monthKey(bad)).toThrow(RangeError);
    },
  );

  it('accepts a leap day', () => {
    expect(parseLocalDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  });
});
