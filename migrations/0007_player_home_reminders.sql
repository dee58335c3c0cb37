-- quizbot: each player's home (/quiz me, Slack App Home) and opt-in practice reminders.

-- A player who asked for reminders (`/quiz remind on`), per platform user: the channel they asked
-- in gives the time (its daily post time and time zone) and the place of the private message.
-- No row, or enabled = 0: no reminders (the default).
CREATE TABLE reminders (
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  channel_ref INTEGER NOT NULL REFERENCES channels (id),
  enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (platform, user_id)
) WITHOUT ROWID;

-- One reminder a day per person: the row is claimed before the message goes out, so restarts and
-- a second process can never send a second one that day (a send that fails is not retried).
CREATE TABLE reminders_sent (
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  local_date TEXT NOT NULL,                 -- in the reminder channel's time zone
  sent_at INTEGER NOT NULL,
  PRIMARY KEY (platform, user_id, local_date)
) WITHOUT ROWID;

-- The player's latest answers first, for "the channel this player plays in".
CREATE INDEX answers_by_user_time ON answers (user_id, answered_at);
