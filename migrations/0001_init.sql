-- quizbot 0001: teams, channels, seasons, daily posts, users, answers, and the aggregates that
-- keep leaderboards and streaks an indexed read (maintained in the answer's own transaction).
-- Times are epoch milliseconds; local dates are YYYY-MM-DD in the channel's time zone.

-- A Slack workspace, a Discord guild, or the terminal.
CREATE TABLE teams (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL CHECK (platform IN ('slack', 'discord', 'console')),
  team_id TEXT NOT NULL,
  UNIQUE (platform, team_id)
);

CREATE TABLE channels (
  id INTEGER PRIMARY KEY,
  team_ref INTEGER NOT NULL REFERENCES teams (id),
  channel_id TEXT NOT NULL,
  post_time TEXT NOT NULL,                 -- HH:MM, local
  days TEXT NOT NULL,                      -- weekday digits, 0 = Sunday: '12345' = Monday to Friday
  timezone TEXT NOT NULL,                  -- IANA name
  locale TEXT NOT NULL CHECK (locale IN ('ja', 'en')),
  enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  answer_window_minutes INTEGER NOT NULL CHECK (answer_window_minutes > 0),
  reveal_mode TEXT NOT NULL CHECK (reveal_mode IN ('auto', 'manual')),
  paused_reason TEXT,
  updated_by TEXT,
  last_seq INTEGER NOT NULL DEFAULT 0,     -- seq of the channel's latest post (0 = none yet)
  UNIQUE (team_ref, channel_id)
);

-- Starting a season ends the team's previous one; nothing is ever deleted.
CREATE TABLE seasons (
  id INTEGER PRIMARY KEY,
  team_ref INTEGER NOT NULL REFERENCES teams (id),
  name TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  ended_at INTEGER
);
CREATE INDEX seasons_by_team ON seasons (team_ref, id);
CREATE UNIQUE INDEX seasons_one_current ON seasons (team_ref) WHERE ended_at IS NULL;

-- One daily post per channel per local date; seq numbers a channel's posts 1, 2, 3… for streaks.
CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  channel_ref INTEGER NOT NULL REFERENCES channels (id),
  kind TEXT NOT NULL DEFAULT 'daily' CHECK (kind IN ('daily')),
  local_date TEXT NOT NULL,
  week_key TEXT NOT NULL,                  -- ISO week of local_date, e.g. 2026-W48
  month_key TEXT NOT NULL,                 -- e.g. 2026-11
  seq INTEGER NOT NULL,
  question_id TEXT NOT NULL,
  concept_id TEXT NOT NULL,
  correct_index INTEGER NOT NULL,
  choice_count INTEGER NOT NULL CHECK (choice_count >= 2),
  season_id INTEGER REFERENCES seasons (id),  -- the team's season when the post was created
  message_id TEXT,                         -- platform message reference once posted
  opened_at INTEGER NOT NULL,
  closes_at INTEGER NOT NULL,
  closed_at INTEGER,
  revealed_at INTEGER,
  UNIQUE (channel_ref, local_date),
  UNIQUE (channel_ref, seq),
  CHECK (correct_index >= 0 AND correct_index < choice_count)
);
CREATE INDEX posts_open ON posts (id) WHERE closed_at IS NULL;
CREATE INDEX posts_unrevealed ON posts (id) WHERE closed_at IS NOT NULL AND revealed_at IS NULL;

CREATE TABLE users (
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  display_name TEXT NOT NULL,
  PRIMARY KEY (platform, user_id)
) WITHOUT ROWID;

-- One locked answer per post and user. points and streak_after are fixed when it is recorded.
CREATE TABLE answers (
  id INTEGER PRIMARY KEY,
  post_id INTEGER NOT NULL REFERENCES posts (id),
  user_id TEXT NOT NULL,
  choice_index INTEGER NOT NULL,
  choice_text TEXT NOT NULL,
  correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
  streak_after INTEGER NOT NULL,
  points INTEGER NOT NULL,
  answered_at INTEGER NOT NULL,
  UNIQUE (post_id, user_id)
);
CREATE INDEX answers_by_user ON answers (user_id, post_id);

-- How many picked each option of a post, tallied once when the post closes (no answer can be added
-- after that), so channel stats never group a channel's answers. Open posts are counted live.
CREATE TABLE post_choices (
  post_id INTEGER NOT NULL REFERENCES posts (id),
  choice_index INTEGER NOT NULL,
  choice_text TEXT NOT NULL,
  picks INTEGER NOT NULL,
  PRIMARY KEY (post_id, choice_index)
) WITHOUT ROWID;

-- A user's streak in a channel: current run of consecutive posts answered correctly, best run,
-- and the seq of the last correct post (a run only counts while that is recent, see streaks.ts).
CREATE TABLE streaks (
  user_id TEXT NOT NULL,
  channel_ref INTEGER NOT NULL REFERENCES channels (id),
  current INTEGER NOT NULL,
  best INTEGER NOT NULL,
  last_correct_seq INTEGER,
  PRIMARY KEY (user_id, channel_ref)
) WITHOUT ROWID;

-- Maintained leaderboard rows: one per board and user. A board is a scope and a period bucket,
-- e.g. 'c3/w2026-W48' (channel 3, that ISO week) or 't1/s2' (team 1, season 2); see boards.ts.
-- reached_at: `at` of the user's latest point-earning answer on this board (while at 0 points: of
-- their earliest answer) — the "who reached this score first" tie-break.
CREATE TABLE scores (
  board TEXT NOT NULL,
  user_id TEXT NOT NULL,
  points INTEGER NOT NULL,
  correct INTEGER NOT NULL,
  answered INTEGER NOT NULL,
  reached_at INTEGER NOT NULL,
  PRIMARY KEY (board, user_id)
) WITHOUT ROWID;
CREATE INDEX scores_rank ON scores (board, points DESC, correct DESC, answered, reached_at, user_id);
