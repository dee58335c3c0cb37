/**
 * Voiding a question in a team (`/quiz void`) and lifting it (`/quiz unvoid`). A voided question is
 * never asked again in the team; its posts are closed, their answers stop counting everywhere
 * (boards, streaks, stats) and the open flags on it are resolved. Both run in one `BEGIN IMMEDIATE`
 * transaction with the recount (void-recount.ts), so a click, a fold or a crash can never see
 * half of it.
 */
import type Database from 'better-sqlite3';
import type { Platform } from '../shared/channel.ts';
import type { BoardFold } from './board-fold.ts';
import type { ChannelRepo } from './channels.ts';
import { check } from './errors.ts';
import type { PostRepo } from './posts.ts';
import type { QuestionVoid, VoidResult } from './types.ts';
import { createRecount } from './void-recount.ts';

interface VoidRow {
  id: number;
  question_id: string;
  reason: string | null;
  voided_by: string;
  voided_at: number;
}

const toVoid = (r: VoidRow): QuestionVoid => ({
  questionId: r.question_id,
  reason: r.reason,
  by: r.voided_by,
  at: r.voided_at,
});

export const VOID_REASON_MAX = 300;

export type VoidRepo = ReturnType<typeof createVoidRepo>;

export function createVoidRepo(
  db: Database.Database,
  channels: ChannelRepo,
  posts: PostRepo,
  fold: BoardFold,
) {
  const recount = createRecount(db);
  const active = db.prepare<[number, string], VoidRow>(
    'SELECT id, question_id, reason, voided_by, voided_at FROM question_voids WHERE team_ref = ? AND question_id = ? AND lifted_at IS NULL',
  );
  const allActive = db.prepare<[number], VoidRow>(
    'SELECT id, question_id, reason, voided_by, voided_at FROM question_voids WHERE team_ref = ? AND lifted_at IS NULL ORDER BY voided_at, id',
  );
  const insert = db.prepare(
    'INSERT INTO question_voids (team_ref, question_id, reason, voided_by, voided_at) VALUES (?, ?, ?, ?, ?)',
  );
  const lift = db.prepare('UPDATE question_voids SET lifted_by = ?, lifted_at = ? WHERE id = ?');
  const postsOfQuestion = db.prepare<[number, string], { id: number; channel_ref: number }>(
    `SELECT p.id, p.channel_ref FROM posts p JOIN channels c ON c.id = p.channel_ref
     WHERE c.team_ref = ? AND p.question_id = ? ORDER BY p.id`,
  );
  const markPost = db.prepare('UPDATE posts SET void_ref = ? WHERE id = ?');
  const revealQuietly = db.prepare(
    'UPDATE posts SET revealed_at = ? WHERE id = ? AND revealed_at IS NULL',
  );
  const resolveFlags = db.prepare(
    'UPDATE flags SET resolved_at = ? WHERE team_ref = ? AND question_id = ? AND resolved_at IS NULL',
  );

  const voidTx = db.transaction(
    (
      platform: Platform,
      teamId: string,
      questionId: string,
      reason: string | null,
      by: string,
      at: number,
    ): VoidResult => {
      fold.catchUp(); // every answer so far is on the boards before the recount corrects them
      const teamRef = channels.ensureTeam(platform, teamId);
      const existing = active.get(teamRef, questionId);
      if (existing) return { status: 'already', void: toVoid(existing), posts: [] };
      const voidRef = Number(insert.run(teamRef, questionId, reason, by, at).lastInsertRowid);
      const affected = postsOfQuestion.all(teamRef, questionId);
      for (const p of affected) {
        posts.close(p.id, at); // an open post closes (its choices are tallied); no answer can follow
        revealQuietly.run(at, p.id); // the post is edited to say it was voided instead of revealed
        markPost.run(voidRef, p.id);
      }
      recount.recountChannels(affected.map((p) => p.channel_ref));
      resolveFlags.run(at, teamRef, questionId);
      return {
        status: 'voided',
        void: toVoid(active.get(teamRef, questionId)!),
        posts: affected.map((p) => posts.get(p.id)!),
      };
    },
  );

  const unvoidTx = db.transaction(
    (
      platform: Platform,
      teamId: string,
      questionId: string,
      by: string,
      at: number,
    ): VoidResult => {
      fold.catchUp();
      const teamRef = channels.teamRef(platform, teamId);
      const existing = teamRef === null ? undefined : active.get(teamRef, questionId);
      if (teamRef === null || !existing) return { status: 'not_voided', posts: [] };
      lift.run(by, at, existing.id);
      const affected = postsOfQuestion.all(teamRef, questionId);
      for (const p of affected) markPost.run(null, p.id);
      recount.recountChannels(affected.map((p) => p.channel_ref));
      return {
        status: 'unvoided',
        void: toVoid(existing),
        posts: affected.map((p) => posts.get(p.id)!),
      };
    },
  );

  return {
    voidQuestion(input: {
      platform: Platform;
      teamId: string;
      questionId: string;
      reason: string | null;
      by: string;
      at: number;
    }): VoidResult {
      check(
        typeof input.questionId === 'string' && input.questionId !== '',
        'questionId must be a non-empty string',
      );
      check(Number.isFinite(input.at), `at ${input.at} is not a time in epoch milliseconds`);
      const reason = input.reason?.trim() || null;
      check(
        reason === null || [...reason].length <= VOID_REASON_MAX,
        `a reason can be at most ${VOID_REASON_MAX} characters`,
      );
      return voidTx.immediate(
        input.platform,
        input.teamId,
        input.questionId,
        reason,
        input.by,
        input.at,
      );
    },
    unvoidQuestion(input: {
      platform: Platform;
      teamId: string;
      questionId: string;
      by: string;
      at: number;
    }): VoidResult {
      check(Number.isFinite(input.at), `at ${input.at} is not a time in epoch milliseconds`);
      return unvoidTx.immediate(input.platform, input.teamId, input.questionId, input.by, input.at);
    },
    voids(platform: Platform, teamId: string): QuestionVoid[] {
      const teamRef = channels.teamRef(platform, teamId);
      return teamRef === null ? [] : allActive.all(teamRef).map(toVoid);
    },
  };
}
