/**
 * What the learning engine (spaced repetition, adaptive daily question, misconception map, weekly
 * report) asks of the store, on top of {@link QuizStore}'s own methods. Only answers to *closed*
 * daily posts are counted here: an open question's picks would give its answer away.
 */
import type { ChannelKey } from '../shared/channel.ts';
import type { Weekday } from '../shared/weekday.ts';

/** Local dates (`YYYY-MM-DD`), both ends inclusive; an omitted end is open. */
export interface LocalDateRange {
  from?: string;
  to?: string;
}

/** A channel's answers on one concept. */
export interface ConceptTallyRow {
  conceptId: string;
  answered: number;
  correct: number;
}

/** One wrong option chosen on a concept: answers that chose it and distinct people who did. */
export interface WrongPickRow {
  conceptId: string;
  /** The (alphabetically first) question it was shown in. */
  questionId: string;
  choiceText: string;
  picks: number;
  people: number;
}

export interface WeekTallyRow {
  weekKey: string;
  answered: number;
  correct: number;
}

/** A member's spaced-repetition card for a concept (opaque JSON, as in `getPracticeState`). */
export interface MemberCardRow {
  userId: string;
  conceptId: string;
  state: string;
}

/** When a channel's weekly report is posted (local day and time in the channel's time zone). */
export interface ReportSchedule {
  weekday: Weekday;
  /** `HH:MM`, 24 h. */
  time: string;
  enabled: boolean;
  updatedBy: string | null;
}

/** The report of one channel and ISO week: claimed by a process, then posted or skipped. */
export interface WeeklyReportRecord {
  weekKey: string;
  claimedAt: number;
  /** Null while the claim is in progress (or its process died; see `claimWeeklyReport`). */
  outcome: 'posted' | 'skipped' | null;
  messageId: string | null;
  finishedAt: number | null;
}

/** The learning engine's read queries (learning-queries.ts). */
export interface LearningQueries {
  /** Answers per concept on the channel's closed daily posts in `range`, weakest first. */
  conceptTallies(key: ChannelKey, range?: LocalDateRange): ConceptTallyRow[];
  /** Wrong options chosen on the channel's closed posts in `range`, grouped by concept and option text; most people first. */
  wrongPicks(key: ChannelKey, range?: LocalDateRange): WrongPickRow[];
  /** Answers per ISO week (only the weeks asked for that have answers). */
  weekTallies(key: ChannelKey, weekKeys: readonly string[]): WeekTallyRow[];
  /** Practice cards of the people who answered in the channel at or after `since` (epoch ms). */
  memberPracticeStates(key: ChannelKey, since: number): MemberCardRow[];
}

/** The weekly report's schedule and once-per-week claims (report-repo.ts, migration 0004). */
export interface ReportStore {
  /** The channel's weekly report schedule; null when never set (the bot's default applies). */
  getReportSchedule(key: ChannelKey): ReportSchedule | null;
  /** Sets the schedule (creating the channel with defaults when unknown). */
  setReportSchedule(key: ChannelKey, schedule: ReportSchedule): ReportSchedule;
  /**
   * Claims the right to post the channel's report for `weekKey`. True for exactly one caller: the
   * first, or one that takes over a claim older than `leaseMs` that never finished (its process
   * died or its post failed). Once finished, never true again for that week — across restarts and
   * processes (the row is UNIQUE per channel and week).
   */
  claimWeeklyReport(key: ChannelKey, weekKey: string, now: number, leaseMs: number): boolean;
  /** Records how a claimed report ended. */
  finishWeeklyReport(
    key: ChannelKey,
    weekKey: string,
    outcome: 'posted' | 'skipped',
    messageId: string | null,
    at: number,
  ): void;
  getWeeklyReport(key: ChannelKey, weekKey: string): WeeklyReportRecord | null;
}

/** The learning engine's part of the store. */
export interface LearningStore extends LearningQueries, ReportStore {}
