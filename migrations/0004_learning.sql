-- quizbot 0004: the learning engine's weekly team report — when each channel gets it, and one row
-- per channel and ISO week so that restarts and a second process can never post it twice.

-- A channel's weekly report schedule (local weekday and time in the channel's time zone).
-- No row: the bot's default (Friday 17:00, on).
CREATE TABLE report_schedules (
  channel_ref INTEGER PRIMARY KEY REFERENCES channels (id),
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),   -- 0 = Sunday
  post_time TEXT NOT NULL,                                    -- HH:MM, local
  enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  updated_by TEXT
);

-- One report per channel and local ISO week: claimed (claimed_at), then posted or skipped.
-- A claim that never finished (process died, post failed) may be taken over after a lease.
CREATE TABLE weekly_reports (
  channel_ref INTEGER NOT NULL REFERENCES channels (id),
  week_key TEXT NOT NULL,                                     -- e.g. 2026-W48
  claimed_at INTEGER NOT NULL,
  outcome TEXT CHECK (outcome IN ('posted', 'skipped')),      -- NULL while in progress
  message_id TEXT,
  finished_at INTEGER,
  PRIMARY KEY (channel_ref, week_key)
) WITHOUT ROWID;
