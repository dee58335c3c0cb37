-- quizbot 0006: a post keeps the question as it was asked, so nothing about an open or past post
-- depends on the notes staying the same; a team can void a question (its answers stop counting)
-- and flag one; a channel can draw from some of the loaded notes only.

-- The whole question as posted, as JSON: prompt, options in the order shown, key, explanation,
-- concept name, language (src/quiz/types.ts `Question`). NULL for posts made before 0006 until
-- start-up fills it in from the bank (src/bot/daily/asked-question.ts); a post whose question was
-- already gone from the notes keeps NULL and is revealed as withdrawn.
ALTER TABLE posts ADD COLUMN question TEXT;

-- Voiding a question in a team: it is never asked again there, and the answers to its posts stop
-- counting (boards, streaks, stats). Lifting the void (unvoid) keeps the row, with lifted_*.
CREATE TABLE question_voids (
  id INTEGER PRIMARY KEY,
  team_ref INTEGER NOT NULL REFERENCES teams (id),
  question_id TEXT NOT NULL,
  reason TEXT,
  voided_by TEXT NOT NULL,
  voided_at INTEGER NOT NULL,
  lifted_by TEXT,
  lifted_at INTEGER
);
CREATE UNIQUE INDEX question_voids_active ON question_voids (team_ref, question_id)
  WHERE lifted_at IS NULL;

-- The void a post is under (NULL: its answers count).
ALTER TABLE posts ADD COLUMN void_ref INTEGER REFERENCES question_voids (id);

-- Answers are append-only; what a void changed about one is kept beside it: whether it counts and
-- its streak and points as recounted without the voided posts. No row: the answer as recorded.
CREATE TABLE answer_corrections (
  answer_id INTEGER PRIMARY KEY REFERENCES answers (id),
  counts INTEGER NOT NULL CHECK (counts IN (0, 1)),
  streak_after INTEGER NOT NULL,
  points INTEGER NOT NULL
) WITHOUT ROWID;

-- "This question is wrong": anyone may flag a question; admins see the open flags. A flag is
-- resolved when its question is voided.
CREATE TABLE flags (
  id INTEGER PRIMARY KEY,
  team_ref INTEGER NOT NULL REFERENCES teams (id),
  channel_id TEXT NOT NULL,
  question_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  flagged_at INTEGER NOT NULL,
  resolved_at INTEGER
);
CREATE INDEX flags_open ON flags (team_ref, id) WHERE resolved_at IS NULL;

-- The notes (by title) a channel draws its daily question from. No rows: all loaded notes.
CREATE TABLE channel_notes (
  channel_ref INTEGER NOT NULL REFERENCES channels (id),
  title TEXT NOT NULL,
  PRIMARY KEY (channel_ref, title)
) WITHOUT ROWID;
