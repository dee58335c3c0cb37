/**
 * Private practice: answers that never reach a board, and the opaque spaced-repetition state
 * (JSON written by the scheduler in the core) with the time each concept is due.
 */
import type Database from 'better-sqlite3';
import type { Platform } from '../shared/channel.ts';
import { check } from './errors.ts';

export interface PracticeAnswer {
  platform: Platform;
  userId: string;
  questionId: string;
  conceptId: string;
  correct: boolean;
  at: number;
}

export type PracticeRepo = ReturnType<typeof createPracticeRepo>;

export function createPracticeRepo(db: Database.Database) {
  const insertAnswer =
    db.prepare(`INSERT INTO practice_answers (platform, user_id, question_id, concept_id, correct, answered_at)
    VALUES (?, ?, ?, ?, ?, ?)`);
  const getState = db.prepare<[string, string, string], { state: string }>(
    'SELECT state FROM practice_state WHERE platform = ? AND user_id = ? AND concept_id = ?',
  );
  const putState =
    db.prepare(`INSERT INTO practice_state (platform, user_id, concept_id, state, due_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (platform, user_id, concept_id) DO UPDATE SET state = excluded.state, due_at = excluded.due_at`);
  const due = db.prepare<[string, string, number], { concept_id: string }>(
    'SELECT concept_id FROM practice_state WHERE platform = ? AND user_id = ? AND due_at <= ? ORDER BY due_at, concept_id',
  );

  return {
    recordAnswer(a: PracticeAnswer): void {
      check(typeof a.userId === 'string' && a.userId !== '', 'userId must be a non-empty string');
      check(
        typeof a.conceptId === 'string' && a.conceptId !== '',
        'conceptId must be a non-empty string',
      );
      check(Number.isFinite(a.at), `at ${a.at} is not a time in epoch milliseconds`);
      insertAnswer.run(a.platform, a.userId, a.questionId, a.conceptId, a.correct ? 1 : 0, a.at);
    },
    getState: (platform: Platform, userId: string, conceptId: string): string | null =>
      getState.get(platform, userId, conceptId)?.state ?? null,
    setState(
      platform: Platform,
      userId: string,
      conceptId: string,
      state: string,
      dueAt: number,
    ): void {
      check(typeof state === 'string', 'practice state must be a string (JSON)');
      check(Number.isFinite(dueAt), `dueAt ${dueAt} is not a time in epoch milliseconds`);
      putState.run(platform, userId, conceptId, state, dueAt);
    },
    dueConcepts: (platform: Platform, userId: string, now: number): string[] =>
      due.all(platform, userId, now).map((r) => r.concept_id),
  };
}
