import { describe, expect, it } from 'vitest';
import {
  parseDays,
  parseScheduleArgs,
  parseTime,
} from '../../../src/bot/schedule/parse-schedule.ts';

describe('parseScheduleArgs', () => {
  it('shows with no words and turns off with "off"', () => {
    expect(parseScheduleArgs([])).toEqual({ ok: true, request: { kind: 'show' } });
    expect(parseScheduleArgs(['off'])).toEqual({ ok: true, request: { kind: 'off' } });
  });

  it('reads time, days and zone in any order', () => {
    expect(parseScheduleArgs(['asia/tokyo', 'mon,wed,fri', '9:05'])).toEqual({
      ok: true,
      request: { kind: 'set', time: '09:05', days: [1, 3, 5], timezone: 'Asia/Tokyo' },
    });
    expect(parseScheduleArgs(['weekdays'])).toEqual({
      ok: true,
      request: { kind: 'set', days: [1, 2, 3, 4, 5] },
    });
    expect(parseScheduleArgs(['２１：３０', '平日'])).toEqual({
      ok: true,
      request: { kind: 'set', time: '21:30', days: [1, 2, 3, 4, 5] },
    });
  });

  it.each([
    [['25:00'], 'bad_time'],
    [['9'], 'bad_time'],
    [['9:60'], 'bad_time'],
    [['mon,funday'], 'bad_days'],
    [['mon,,wed'], 'bad_days'],
    [['Mars/Base'], 'bad_timezone'],
    [['tomorrow'], 'unexpected'],
    [['09:00', '10:00'], 'repeated'],
  ])('refuses %j with %s', (args, code) => {
    const result = parseScheduleArgs(args);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatchObject({
        code,
        token: args[args.length - 1] === '10:00' ? '10:00' : args[0],
      });
  });

  it.each([
    ['tokyo', 'Asia/Tokyo'],
    ['JST', 'Asia/Tokyo'],
    ['EST5EDT', 'America/New_York'],
    ['UTC+9', 'Etc/GMT-9'],
  ])('reads the time zone %s as people type it (%s)', (typed, zone) => {
    expect(parseScheduleArgs(['09:00', typed])).toEqual({
      ok: true,
      request: { kind: 'set', time: '09:00', timezone: zone },
    });
  });

  it('suggests a zone for a typo and lists the candidates of an ambiguous abbreviation', () => {
    expect(parseScheduleArgs(['Tokio'])).toEqual({
      ok: false,
      error: {
        code: 'bad_timezone',
        token: 'Tokio',
        suggestions: ['Asia/Tokyo'],
        ambiguous: false,
      },
    });
    expect(parseScheduleArgs(['CST'])).toEqual({
      ok: false,
      error: {
        code: 'bad_timezone',
        token: 'CST',
        suggestions: ['America/Chicago', 'Asia/Shanghai'],
        ambiguous: true,
      },
    });
    expect(parseScheduleArgs(['Mars/Base'])).toEqual({
      ok: false,
      error: { code: 'bad_timezone', token: 'Mars/Base', suggestions: [], ambiguous: false },
    });
  });

  it('parses single parts', () => {
    expect(parseTime('0:00')).toBe('00:00');
    expect(parseTime('24:00')).toBeNull();
    expect(parseDays('daily')).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(parseDays('sat,sun')).toEqual([0, 6]);
    expect(parseDays('月,水,金')).toEqual([1, 3, 5]);
  });
});
