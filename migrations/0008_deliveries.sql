-- quizbot 0007: exactly one question and one reveal per post, whatever crashes. Before a message
-- goes out, the intent is recorded here with the key the message carries (Slack message metadata,
-- Discord nonce); once the platform confirms, its message id. An attempt that started and never
-- got its confirmation is not sent again blindly: the channel is first searched for the copy.

CREATE TABLE deliveries (
  post_id INTEGER NOT NULL REFERENCES posts (id),
  kind TEXT NOT NULL CHECK (kind IN ('question', 'reveal')),
  -- The idempotency key the message carries (at most 25 characters: Discord's nonce limit).
  key TEXT NOT NULL,
  -- How many attempts were started; above 1, an earlier one may have gone out unconfirmed.
  attempts INTEGER NOT NULL,
  first_at INTEGER NOT NULL,               -- when the first attempt started (epoch ms)
  last_at INTEGER NOT NULL,                -- when the latest attempt started
  message_id TEXT,                         -- the platform's message, once confirmed
  confirmed_at INTEGER,
  PRIMARY KEY (post_id, kind)
) WITHOUT ROWID;
