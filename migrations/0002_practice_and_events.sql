-- quizbot 0002: private practice (spaced repetition state) and processed platform events.

-- Opaque per-user, per-concept state of the spaced-repetition scheduler (JSON), and when it is due.
CREATE TABLE practice_state (
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  concept_id TEXT NOT NULL,
  state TEXT NOT NULL,
  due_at INTEGER NOT NULL,
  PRIMARY KEY (platform, user_id, concept_id)
) WITHOUT ROWID;
CREATE INDEX practice_due ON practice_state (platform, user_id, due_at);

-- Practice answers: never on a leaderboard.
CREATE TABLE practice_answers (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  question_id TEXT NOT NULL,
  concept_id TEXT NOT NULL,
  correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
  answered_at INTEGER NOT NULL
);
CREATE INDEX practice_answers_by_user ON practice_answers (platform, user_id, concept_id);

-- Idempotency keys of platform events (retried deliveries, double clicks), kept until expires_at.
CREATE TABLE processed_events (
  key TEXT PRIMARY KEY,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX processed_events_expiry ON processed_events (expires_at);
