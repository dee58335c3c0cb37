/** Time zones as people type them: one rule for QUIZBOT_TIMEZONE and /quiz schedule. */
import { describe, expect, it } from 'vitest';
import { resolveTimeZone, timeZoneRules } from '../../src/shared/time-zones.ts';

function zone(typed: string): string | null {
  const result = resolveTimeZone(typed);
  return result.ok ? result.zone : null;
}

describe('resolveTimeZone', () => {
  it.each([
    // IANA names, any case
    ['Asia/Tokyo', 'Asia/Tokyo'],
    ['asia/tokyo', 'Asia/Tokyo'],
    ['America/New_York', 'America/New_York'],
    ['UTC', 'UTC'],
    ['Etc/GMT-9', 'Etc/GMT-9'],
    // cities
    ['tokyo', 'Asia/Tokyo'],
    ['Tokyo', 'Asia/Tokyo'],
    ['TOKYO', 'Asia/Tokyo'],
    ['new york', 'America/New_York'],
    ['New_York', 'America/New_York'],
    ['los angeles', 'America/Los_Angeles'],
    ['São Paulo', 'America/Sao_Paulo'],
    ['sao paulo', 'America/Sao_Paulo'],
    ['東京', 'Asia/Tokyo'],
    ['osaka', 'Asia/Tokyo'],
    ['london', 'Europe/London'],
    // abbreviations: the zone people mean, with its daylight saving
    ['JST', 'Asia/Tokyo'],
    ['jst', 'Asia/Tokyo'],
    ['PST', 'America/Los_Angeles'],
    ['EST', 'America/New_York'],
    ['CET', 'Europe/Paris'],
    ['KST', 'Asia/Seoul'],
    ['GMT', 'UTC'],
    // POSIX names
    ['EST5EDT', 'America/New_York'],
    ['est5edt', 'America/New_York'],
    ['PST8PDT', 'America/Los_Angeles'],
    // offsets (the POSIX Etc/GMT sign is the other way round)
    ['UTC+9', 'Etc/GMT-9'],
    ['+09:00', 'Etc/GMT-9'],
    ['GMT-5', 'Etc/GMT+5'],
    // full-width and invisible characters
    ['ＪＳＴ', 'Asia/Tokyo'],
    ['to\u200Bkyo', 'Asia/Tokyo'],
  ])('%s → %s', (typed, expected) => {
    expect(zone(typed)).toBe(expected);
  });

  it('asks which one for an abbreviation used on several continents', () => {
    expect(resolveTimeZone('CST')).toEqual({
      ok: false,
      reason: 'ambiguous',
      suggestions: ['America/Chicago', 'Asia/Shanghai'],
    });
    const ist = resolveTimeZone('IST');
    expect(!ist.ok && ist.reason).toBe('ambiguous');
    expect(!ist.ok && ist.suggestions).toHaveLength(3);
  });

  it('suggests the closest zones for a typo', () => {
    for (const [typed, expected] of [
      ['Tokio', 'Asia/Tokyo'],
      ['Asia/Tokio', 'Asia/Tokyo'],
      ['Europe/Londn', 'Europe/London'],
      ['America/New_Yrok', 'America/New_York'],
    ]) {
      const result = resolveTimeZone(typed!);
      expect(result.ok, typed).toBe(false);
      expect(!result.ok && result.suggestions[0], typed).toBe(expected);
    }
  });

  it('suggests nothing for words that are no place, and for empty or huge input', () => {
    for (const typed of ['hello', 'Mars/Olympus', '', '   ', 'x'.repeat(1_000_000)]) {
      expect(resolveTimeZone(typed), JSON.stringify(typed.slice(0, 20))).toEqual({
        ok: false,
        reason: 'unknown',
        suggestions: [],
      });
    }
  });

  it('keeps its rules as a table of named rules, each with an example that resolves', () => {
    const rules = timeZoneRules();
    expect(rules.map((r) => r.name)).toEqual(['abbreviation', 'iana', 'utc-offset', 'city']);
    for (const rule of rules) {
      const example = rule.example.split(' → ')[0]!;
      const result = resolveTimeZone(example);
      expect(result.ok && result.rule, example).toBe(rule.name);
    }
  });
});
