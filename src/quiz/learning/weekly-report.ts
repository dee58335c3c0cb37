/**
 * What the weekly team report says, as data: the accuracy trend over the last eight weeks, the
 * three misconceptions held most this week with their corrections (the first is the chart's
 * most-missed one), and the accuracy per concept, weakest first (the chart's bars).
 * Pure: the counts come in, the report comes out.
 */
import { parseLocalDate, weekKey } from '../periods.ts';
import type { Concept } from '../types.ts';
import type { ConceptTally, HeldMisconception } from './misconception-map.ts';

/** A channel's answers in one ISO week. */
export interface WeekTally {
  weekKey: string;
  answered: number;
  correct: number;
}

export interface TrendPoint extends WeekTally {
  accuracy: number | null;
}

/** One concept's accuracy: its rank `n` (1 = weakest) and its answers so far. */
export interface ChartBar {
  n: number;
  conceptId: string;
  conceptName: string;
  answered: number;
  accuracy: number;
}

export interface WeeklyReportData {
  weekKey: string;
  /** Oldest first; the last point is this week. */
  trend: TrendPoint[];
  /** This week's accuracy minus last week's (null when either has no answers). */
  change: number | null;
  /** The three misconceptions held most this week. */
  misconceptions: HeldMisconception[];
  /** Accuracy per concept (all the channel's answers), weakest first, at most {@link MAX_BARS}. */
  bars: ChartBar[];
  /** Answers this week. */
  answered: number;
}

export const TREND_WEEKS = 8;
export const MAX_BARS = 20;
export const TOP_MISCONCEPTIONS = 3;

/** ISO week keys of the `count` weeks ending with the week of `localDate`, oldest first. */
export function recentWeekKeys(localDate: string, count: number): string[] {
  const { year, month, day } = parseLocalDate(localDate);
  const keys: string[] = [];
  for (let i = count - 1; i >= 0; i--)
    keys.push(weekKey(new Date(Date.UTC(year, month - 1, day - 7 * i)).toISOString().slice(0, 10)));
  return keys;
}

export interface WeeklyReportInput {
  /** Today's local date in the channel (its week is the report's week). */
  localDate: string;
  weekTallies: readonly WeekTally[];
  /** This week's held misconceptions, most held first (see buildMisconceptionMap). */
  weekMisconceptions: readonly HeldMisconception[];
  /** The channel's answers per concept, all time (the chart). */
  conceptTallies: readonly ConceptTally[];
  concepts: readonly Concept[];
}

export function buildWeeklyReport(input: WeeklyReportInput): WeeklyReportData {
  const weeks = recentWeekKeys(input.localDate, TREND_WEEKS);
  const byWeek = new Map(input.weekTallies.map((w) => [w.weekKey, w]));
  const trend = weeks.map((key): TrendPoint => {
    const w = byWeek.get(key) ?? { weekKey: key, answered: 0, correct: 0 };
    return {
      weekKey: key,
      answered: w.answered,
      correct: w.correct,
      accuracy: w.answered === 0 ? null : w.correct / w.answered,
    };
  });
  const current = trend.at(-1)!;
  const previous = trend.at(-2);
  const change =
    current.accuracy !== null && previous?.accuracy !== null && previous !== undefined
      ? current.accuracy - previous.accuracy!
      : null;

  const names = new Map(input.concepts.map((c) => [c.id, c.name]));
  const bars = input.conceptTallies
    .filter((t) => t.answered > 0)
    .map((t) => ({
      conceptId: t.conceptId,
      conceptName: names.get(t.conceptId) ?? t.conceptId,
      answered: t.answered,
      accuracy: t.correct / t.answered,
    }))
    .sort(
      (a, b) =>
        a.accuracy - b.accuracy ||
        b.answered - a.answered ||
        a.conceptId.localeCompare(b.conceptId),
    )
    .slice(0, MAX_BARS)
    .map((b, i) => ({ n: i + 1, ...b }));

  return {
    weekKey: current.weekKey,
    trend,
    change,
    misconceptions: input.weekMisconceptions.slice(0, TOP_MISCONCEPTIONS),
    bars,
    answered: current.answered,
  };
}
