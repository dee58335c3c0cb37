import { describe, expect, it } from 'vitest';
import {
  buildWeeklyReport,
  MAX_BARS,
  recentWeekKeys,
} from '../../../src/quiz/learning/weekly-report.ts';
import { testBank } from '../../bot/fixtures/test-bank.ts';

const bank = testBank();

describe('recentWeekKeys', () => {
  it('counts back ISO weeks, across a year end', () => {
    expect(recentWeekKeys('2026-12-04', 4)).toEqual([
      '2026-W46',
      '2026-W47',
      '2026-W48',
      '2026-W49',
    ]);
    expect(recentWeekKeys('2027-01-06', 3)).toEqual(['2026-W52', '2026-W53', '2027-W01']);
  });
});

describe('buildWeeklyReport', () => {
  const held = [1, 2, 3, 4].map((n) => ({
    conceptId: 'saga',
    conceptName: 'Saga',
    choiceText: `wrong ${n}`,
    picks: 5 - n,
    people: 5 - n,
    share: 0.1,
    correction: `fix ${n}`,
  }));
  const report = buildWeeklyReport({
    localDate: '2026-12-04',
    weekTallies: [
      { weekKey: '2026-W47', answered: 10, correct: 5 },
      { weekKey: '2026-W48', answered: 8, correct: 4 },
      { weekKey: '2026-W49', answered: 12, correct: 9 },
    ],
    weekMisconceptions: held,
    conceptTallies: [
      { conceptId: 'bff', answered: 4, correct: 4 },
      { conceptId: 'saga', answered: 10, correct: 3 },
      { conceptId: 'cqrs', answered: 2, correct: 1 },
      { conceptId: 'never', answered: 0, correct: 0 },
    ],
    concepts: bank.concepts,
  });

  it('gives the trend over eight weeks and the change on last week', () => {
    expect(report.weekKey).toBe('2026-W49');
    expect(report.trend.map((t) => t.weekKey)).toEqual(recentWeekKeys('2026-12-04', 8));
    expect(report.trend.map((t) => t.accuracy)).toEqual([
      null,
      null,
      null,
      null,
      null,
      0.5,
      0.5,
      0.75,
    ]);
    expect(report.change).toBeCloseTo(0.25);
    expect(report.answered).toBe(12);
  });

  it('keeps the three misconceptions held most', () => {
    expect(report.misconceptions.map((h) => h.choiceText)).toEqual([
      'wrong 1',
      'wrong 2',
      'wrong 3',
    ]);
  });

  it('numbers one bar per answered concept, weakest first', () => {
    expect(report.bars.map((b) => [b.n, b.conceptName, b.accuracy])).toEqual([
      [1, 'Saga', 0.3],
      [2, 'CQRS', 0.5],
      [3, 'BFF', 1],
    ]);
  });

  it('has no change without last week, and at most MAX_BARS bars', () => {
    const many = Array.from({ length: MAX_BARS + 5 }, (_, i) => ({
      conceptId: `c${i}`,
      answered: 2,
      correct: i % 3,
    }));
    const r = buildWeeklyReport({
      localDate: '2026-12-04',
      weekTallies: [{ weekKey: '2026-W49', answered: 1, correct: 1 }],
      weekMisconceptions: [],
      conceptTallies: many,
      concepts: [],
    });
    expect(r.change).toBeNull();
    expect(r.bars).toHaveLength(MAX_BARS);
    expect(r.bars[0]!.accuracy).toBe(0);
  });
});
