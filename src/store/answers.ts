/**
 * The record path: one click in one `BEGIN IMMEDIATE` transaction — the delivery's idempotency key,
 * one read of the post and its channel, the answer row (its points and streak are decided here), the
 * streak, the user's name and the user's spaced-repetition card — so two processes clicking at once,
 * a crash, or a repeated click can never count an answer twice or half, nor keep an answer without
 * its card. The leaderboard rows the answer adds to are not written here: the board fold
 * (board-fold.ts) adds it later, and every read of a board folds first.
 */
import type Database from 'better-sqlite3';
import { pointsFor } from '../quiz/scoring.ts';
import type { Question } from '../quiz/types.ts';
import type { ChannelKey, Locale, Platform } from '../shared/channel.ts';
import { parseStoredQuestion } from './asked-question.ts';
import { check } from './errors.ts';
import type { EventRepo } from './events.ts';
import type { PracticeRepo } from './practice.ts';
import type { StreakRepo, StreakState } from './streaks.ts';
import { nextStreak } from './streaks.ts';
import type {
  AnswerClick,
  AnswerHooks,
  AnswerResult,
  ClickedPost,
  ClickOutcome,
  NewAnswer,
} from './types.ts';

interface RecordTarget {
  channel_ref: number;
  platform: Platform;
  team_id: string;
  channel_id: string;
  question_id: string;
  concept_id: string;
  locale: Locale;
  timezone: string;
  question: string | null;
  seq: number;
  last_seq: number;
  correct_index: number;
  choice_count: number;
  closes_at: number;
  closed_at: number | null;
  reveal_mode: 'auto' | 'manual';
  /** Set while the post's question is voided in the team (`/quiz void`). */
  void_ref: number | null;
}

/** What a click and a plain answer share. */
type AnswerInput = Omit<NewAnswer, 'choiceText'>;

function checkAnswer(a: AnswerInput): void {
  check(Number.isInteger(a.postId), `postId ${a.postId} is not a post id`);
  check(typeof a.userId === 'string' && a.userId !== '', 'userId must be a non-empty string');
  check(typeof a.userName === 'string', 'userName must be a string');
  check(
    Number.isInteger(a.choiceIndex) && a.choiceIndex >= 0,
    `choiceIndex ${a.choiceIndex} must be a whole number from 0`,
  );
  check(Number.isFinite(a.at), `at ${a.at} is not a time in epoch milliseconds`);
}

/** The stored questions of recently clicked posts, parsed once (clicks come in bursts per post). */
class AskedQuestions {
  private readonly parsed = new Map<number, { json: string; question: Question | null }>();

  constructor(private readonly max = 256) {}

  of(postId: number, json: string | null): Question | null {
    if (json === null) return null;
    const known = this.parsed.get(postId);
    if (known?.json === json) return known.question;
    const question = parseStoredQuestion(json);
    if (this.parsed.size >= this.max) this.parsed.delete(this.parsed.keys().next().value!);
    this.parsed.set(postId, { json, question });
    return question;
  }
}

function clickedPost(id: number, t: RecordTarget, question: Question | null): ClickedPost {
  return {
    id,
    platform: t.platform,
    teamId: t.team_id,
    channelId: t.channel_id,
    questionId: t.question_id,
    conceptId: t.concept_id,
    locale: t.locale,
    timezone: t.timezone,
    question,
  };
}

const sameChannel = (t: RecordTarget, key: ChannelKey): boolean =>
  t.platform === key.platform && t.team_id === key.teamId && t.channel_id === key.channelId;

const sameStreak = (a: StreakState | undefined, b: StreakState): boolean =>
  a !== undefined &&
  a.current === b.current &&
  a.best === b.best &&
  a.lastCorrectSeq === b.lastCorrectSeq;

export type AnswerRepo = ReturnType<typeof createAnswerRepo>;

export function createAnswerRepo(
  db: Database.Database,
  streaks: StreakRepo,
  events: EventRepo,
  practice: PracticeRepo,
) {
  const asked = new AskedQuestions();
  const target = db.prepare<[number], RecordTarget>(
    `SELECT p.channel_ref, t.platform, t.team_id, c.channel_id, p.question_id, p.concept_id, c.locale,
    c.timezone, p.question, p.seq, c.last_seq, p.correct_index, p.choice_count, p.closes_at, p.closed_at, c.reveal_mode,
    p.void_ref
    FROM posts p JOIN channels c ON c.id = p.channel_ref JOIN teams t ON t.id = c.team_ref WHERE p.id = ?`,
  );
  const locked = db.prepare<[number, string], { choice_index: number; correct: number }>(
    'SELECT choice_index, correct FROM answers WHERE post_id = ? AND user_id = ?',
  );
  // DO NOTHING on a repeat: the insert itself tells whether the user had answered (no extra read).
  const insertAnswer =
    db.prepare(`INSERT INTO answers (post_id, user_id, choice_index, choice_text, correct, streak_after,
    points, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (post_id, user_id) DO NOTHING`);
  const upsertUser =
    db.prepare(`INSERT INTO users (platform, user_id, display_name) VALUES (?, ?, ?)
    ON CONFLICT (platform, user_id) DO UPDATE SET display_name = excluded.display_name
    WHERE display_name IS NOT excluded.display_name`);
  const distribution = db.prepare<[number], { choice_index: number; picks: number }>(
    'SELECT choice_index, count(*) AS picks FROM answers WHERE post_id = ? GROUP BY choice_index',
  );
  const count = db.prepare<[number], { n: number }>(
    'SELECT count(*) AS n FROM answers WHERE post_id = ?',
  );
  const choiceCount = db.prepare<[number], { choice_count: number }>(
    'SELECT choice_count FROM posts WHERE id = ?',
  );
  const forPost = db.prepare<
    [number],
    {
      user_id: string;
      display_name: string | null;
      choice_index: number;
      correct: number;
      answered_at: number;
    }
  >(
    `SELECT a.user_id, u.display_name, a.choice_index, a.correct, a.answered_at
     FROM answers a JOIN posts p ON p.id = a.post_id JOIN channels c ON c.id = p.channel_ref JOIN teams t ON t.id = c.team_ref
     LEFT JOIN users u ON u.platform = t.platform AND u.user_id = a.user_id
     WHERE a.post_id = ? ORDER BY a.answered_at, a.id`,
  );

  const lockedResult = (postId: number, userId: string): AnswerResult | null => {
    const row = locked.get(postId, userId);
    return row
      ? { status: 'already', choiceIndex: row.choice_index, correct: row.correct === 1 }
      : null;
  };

  /** Whether the post takes the answer now; `closed`/`already` when not; null when it does. */
  const refusal = (a: AnswerInput, post: RecordTarget): AnswerResult | 'out_of_range' | null => {
    // Closed: explicitly; by a newer post of the channel; or, where posts close on their own
    // (reveal mode auto), once the answer window is over — even before the scheduler closes it.
    // A user who already answered gets their locked choice back, closed or not.
    const windowOver = post.reveal_mode === 'auto' && a.at >= post.closes_at;
    const closed = post.closed_at !== null || post.seq !== post.last_seq || windowOver;
    if (!closed && a.choiceIndex < post.choice_count) return null;
    const already = lockedResult(a.postId, a.userId);
    if (already) return already;
    return closed ? { status: 'closed' } : 'out_of_range';
  };

  /** Writes the answer, its streak and the user's name; `already` when the user had answered. */
  const write = (
    a: AnswerInput,
    post: RecordTarget,
    choiceText: string,
  ): Extract<AnswerResult, { status: 'counted' | 'already' }> => {
    const correct = a.choiceIndex === post.correct_index;
    const before = streaks.state(a.userId, post.channel_ref);
    const streak = nextStreak(before, post.seq, correct);
    const points = pointsFor(correct, streak.current);
    const inserted = insertAnswer.run(
      a.postId,
      a.userId,
      a.choiceIndex,
      choiceText,
      correct ? 1 : 0,
      streak.current,
      points,
      a.at,
    );
    if (inserted.changes === 0) {
      const locked = lockedResult(a.postId, a.userId)!;
      return locked as Extract<AnswerResult, { status: 'already' }>;
    }
    if (!sameStreak(before, streak)) streaks.save(a.userId, post.channel_ref, streak);
    upsertUser.run(post.platform, a.userId, a.userName);
    return {
      status: 'counted',
      choiceIndex: a.choiceIndex,
      correct,
      streak: streak.current,
      points,
    };
  };

  const record = db.transaction((a: NewAnswer): AnswerResult => {
    const post = target.get(a.postId);
    if (!post) return { status: 'no_such_post' };
    const refused = refusal(a, post);
    check(
      refused !== 'out_of_range',
      `choiceIndex ${a.choiceIndex} is out of range: post ${a.postId} has ${post.choice_count} choices`,
    );
    return refused ?? write(a, post, a.choiceText);
  });

  const recordClick = db.transaction((c: AnswerClick, hooks: AnswerHooks): ClickOutcome => {
    if (c.eventKey && !events.claimWithin(c.eventKey.key, c.at, c.eventKey.ttlMs))
      return { status: 'duplicate' };
    const post = target.get(c.postId);
    if (!post || !sameChannel(post, c.channel)) return { status: 'no_such_post' };
    const clicked = clickedPost(c.postId, post, asked.of(c.postId, post.question));
    // A voided question takes no answer, not even a repeat of one (its answers do not count).
    if (post.void_ref !== null) return { status: 'voided', post: clicked };
    const refused = refusal(c, post);
    if (refused === 'out_of_range') return { status: 'no_such_post' };
    if (refused) return refused.status === 'no_such_post' ? refused : { ...refused, post: clicked };
    const choiceText = hooks.choiceText(clicked, c.choiceIndex);
    if (choiceText === null) return { status: 'refused', post: clicked };
    const result = write(c, post, choiceText);
    if (result.status === 'counted' && hooks.reviewCard) {
      const card = practice.getState(post.platform, c.userId, post.concept_id);
      const next = hooks.reviewCard(card, clicked, result.correct);
      if (next) practice.setState(post.platform, c.userId, post.concept_id, next.state, next.dueAt);
    }
    return { ...result, post: clicked };
  });

  return {
    record: (a: NewAnswer): AnswerResult => {
      checkAnswer(a);
      check(typeof a.choiceText === 'string', 'choiceText must be a string');
      return record.immediate(a);
    },
    recordClick: (c: AnswerClick, hooks: AnswerHooks): ClickOutcome => {
      checkAnswer(c);
      return recordClick.immediate(c, hooks);
    },
    find: (postId: number, userId: string): { choiceIndex: number; correct: boolean } | null => {
      const row = locked.get(postId, userId);
      return row ? { choiceIndex: row.choice_index, correct: row.correct === 1 } : null;
    },
    distribution: (postId: number): number[] => {
      const post = choiceCount.get(postId);
      if (!post) return [];
      const counts = new Array<number>(post.choice_count).fill(0);
      for (const row of distribution.all(postId)) counts[row.choice_index] = row.picks;
      return counts;
    },
    count: (postId: number): number => count.get(postId)!.n,
    forPost: (postId: number) =>
      forPost.all(postId).map((r) => ({
        userId: r.user_id,
        userName: r.display_name ?? r.user_id,
        choiceIndex: r.choice_index,
        correct: r.correct === 1,
        at: r.answered_at,
      })),
  };
}
