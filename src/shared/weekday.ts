/**
 * The day numbers schedules use (the daily question's days, the weekly report's day). Shared by
 * the store and the bot; imports nothing.
 */

/** Weekday numbers as in `Date#getDay()`: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
