/**
 * Flags: anyone may say a question is wrong (`/quiz flag`); admins list the open ones
 * (`/quiz flags`). A flag stays open until its question is voided (voids.ts resolves them).
 */
import type Database from 'better-sqlite3';
import type { ChannelRepo } from './channels.ts';
import { check } from './errors.ts';
import type { ChannelKey, Flag, NewFlag } from './types.ts';

export const FLAG_REASON_MAX = 500;

interface FlagRow {
  id: number;
  channel_id: string;
  question_id: string;
  user_id: string;
  reason: string;
  flagged_at: number;
}

export type FlagRepo = ReturnType<typeof createFlagRepo>;

export function createFlagRepo(db: Database.Database, channels: ChannelRepo) {
  const insert = db.prepare(
    'INSERT INTO flags (team_ref, channel_id, question_id, user_id, reason, flagged_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const open = db.prepare<[number], FlagRow>(
    `SELECT id, channel_id, question_id, user_id, reason, flagged_at FROM flags
     WHERE team_ref = ? AND resolved_at IS NULL ORDER BY id`,
  );
  const toFlag = (key: Omit<ChannelKey, 'channelId'>, r: FlagRow): Flag => ({
    id: r.id,
    platform: key.platform,
    teamId: key.teamId,
    channelId: r.channel_id,
    questionId: r.question_id,
    userId: r.user_id,
    reason: r.reason,
    at: r.flagged_at,
  });

  return {
    add(flag: NewFlag): Flag {
      const reason = typeof flag.reason === 'string' ? flag.reason.trim() : '';
      check(reason !== '', 'a flag needs a reason');
      check(
        [...reason].length <= FLAG_REASON_MAX,
        `a reason can be at most ${FLAG_REASON_MAX} characters`,
      );
      check(
        typeof flag.questionId === 'string' && flag.questionId !== '',
        'questionId must be a non-empty string',
      );
      check(Number.isFinite(flag.at), `at ${flag.at} is not a time in epoch milliseconds`);
      const teamRef = channels.ensureTeam(flag.platform, flag.teamId);
      const id = Number(
        insert.run(teamRef, flag.channelId, flag.questionId, flag.userId, reason, flag.at)
          .lastInsertRowid,
      );
      return { ...flag, id, reason };
    },
    open(platform: Flag['platform'], teamId: string): Flag[] {
      const teamRef = channels.teamRef(platform, teamId);
      return teamRef === null ? [] : open.all(teamRef).map((r) => toFlag({ platform, teamId }, r));
    },
  };
}
