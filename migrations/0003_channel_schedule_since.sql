-- quizbot 0003: when a channel's current schedule was set, so a slot from before that moment is
-- never "caught up" (setting 09:00 at 10:00 must not post this morning's question late).
ALTER TABLE channels ADD COLUMN schedule_since INTEGER;  -- epoch ms; NULL for channels set before 0003
