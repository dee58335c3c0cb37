-- quizbot 0005: leaderboard rows (`scores`) are no longer maintained inside each answer's own
-- transaction; a fold adds the answers recorded since the last fold to them (board-fold.ts).
-- The watermark is the highest answers.id already added to `scores`; answers are append-only and
-- their ids only grow, so "id > folded_through" is exactly the set not yet on any board.

CREATE TABLE board_fold (
  id INTEGER PRIMARY KEY CHECK (id = 1),   -- one row
  folded_through INTEGER NOT NULL          -- answers.id; every answer up to it is on its boards
);

-- Before 0005 every answer was added to its boards when it was recorded: all of them are folded.
INSERT INTO board_fold (id, folded_through) SELECT 1, coalesce(max(id), 0) FROM answers;
