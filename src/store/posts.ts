/**
 * Daily posts: one per channel per local date (UNIQUE), numbered by `seq` within the channel.
 * `createPost` and `closePost` are race-safe between processes: the first runs in a
 * `BEGIN IMMEDIATE` transaction behind the UNIQUE key, the second is a conditional UPDATE (and the
 * one call that closes the post tallies its choices into `post_choices` in the same transaction).
 */
import type Database from 'better-sqlite3';
import { isLocalDate, monthKey, weekKey } from '../quiz/periods.ts';
import type { Question } from '../quiz/types.ts';
import type { Platform } from '../shared/channel.ts';
import { keyIndex, parseStoredQuestion, serializeQuestion } from './asked-question.ts';
import type { ChannelRepo } from './channels.ts';
import { check, StoreError } from './errors.ts';
import type { SeasonRepo } from './seasons.ts';
import type { ChannelKey, NewPost, PostRecord } from './types.ts';

interface PostRow {
  id: number;
  platform: Platform;
  team_id: string;
  channel_id: string;
  local_date: string;
  seq: number;
  question_id: string;
  concept_id: string;
  correct_index: number;
  choice_count: number;
  season_id: number | null;
  message_id: string | null;
  opened_at: number;
  closes_at: number;
  closed_at: number | null;
  revealed_at: number | null;
  question: string | null;
  void_question: string | null;
  void_reason: string | null;
  voided_by: string | null;
  voided_at: number | null;
}

const SELECT_POST = `SELECT p.id, t.platform, t.team_id, c.channel_id, p.local_date, p.seq, p.question_id,
  p.concept_id, p.correct_index, p.choice_count, p.season_id, p.message_id, p.opened_at, p.closes_at,
  p.closed_at, p.revealed_at, p.question, v.question_id AS void_question, v.reason AS void_reason,
  v.voided_by, v.voided_at
  FROM posts p JOIN channels c ON c.id = p.channel_ref JOIN teams t ON t.id = c.team_ref
  LEFT JOIN question_voids v ON v.id = p.void_ref`;

const CHANNEL_IS = 't.platform = ? AND t.team_id = ? AND c.channel_id = ?';

function toPost(r: PostRow): PostRecord {
  return {
    id: r.id,
    platform: r.platform,
    teamId: r.team_id,
    channelId: r.channel_id,
    kind: 'daily',
    localDate: r.local_date,
    seq: r.seq,
    questionId: r.question_id,
    conceptId: r.concept_id,
    correctIndex: r.correct_index,
    choiceCount: r.choice_count,
    seasonId: r.season_id,
    messageId: r.message_id,
    openedAt: r.opened_at,
    closesAt: r.closes_at,
    closedAt: r.closed_at,
    revealedAt: r.revealed_at,
    question: parseStoredQuestion(r.question),
    void:
      r.void_question === null
        ? null
        : {
            questionId: r.void_question,
            reason: r.void_reason,
            by: r.voided_by ?? '',
            at: r.voided_at ?? 0,
          },
  };
}

function checkNewPost(post: NewPost): void {
  check(isLocalDate(post.localDate), `localDate "${post.localDate}" is not a date as YYYY-MM-DD`);
  check(
    typeof post.questionId === 'string' && post.questionId !== '',
    'questionId must be a non-empty string',
  );
  check(
    typeof post.conceptId === 'string' && post.conceptId !== '',
    'conceptId must be a non-empty string',
  );
  check(
    Number.isInteger(post.choiceCount) && post.choiceCount >= 2,
    `choiceCount ${post.choiceCount} must be a whole number of at least 2`,
  );
  check(
    Number.isInteger(post.correctIndex) &&
      post.correctIndex >= 0 &&
      post.correctIndex < post.choiceCount,
    `correctIndex ${post.correctIndex} must be 0 to ${post.choiceCount - 1} (one of the ${post.choiceCount} choices)`,
  );
  check(
    Number.isFinite(post.openedAt) && Number.isFinite(post.closesAt),
    'openedAt and closesAt must be epoch milliseconds',
  );
  check(
    post.closesAt > post.openedAt,
    `closesAt (${post.closesAt}) must be after openedAt (${post.openedAt})`,
  );
  if (post.question !== undefined) checkAskedQuestion(post.question, post);
}

/** The question stored with a post must be the one the post scores: same id, key and options. */
function checkAskedQuestion(
  question: Question,
  post: Pick<NewPost, 'questionId' | 'conceptId' | 'correctIndex' | 'choiceCount'>,
): void {
  check(
    parseStoredQuestion(serializeQuestion(question)) !== null,
    'question must be a question with a prompt and options, exactly one of them the key',
  );
  check(
    question.id === post.questionId && question.conceptId === post.conceptId,
    `question ${question.id} (${question.conceptId}) is not the post's question ${post.questionId} (${post.conceptId})`,
  );
  check(
    question.choices.length === post.choiceCount && keyIndex(question) === post.correctIndex,
    `question ${question.id} has ${question.choices.length} options with the key at ${keyIndex(question)}; the post has ${post.choiceCount} with the key at ${post.correctIndex}`,
  );
}

export type PostRepo = ReturnType<typeof createPostRepo>;

export function createPostRepo(db: Database.Database, channels: ChannelRepo, seasons: SeasonRepo) {
  const byId = db.prepare<[number], PostRow>(`${SELECT_POST} WHERE p.id = ?`);
  const byDate = db.prepare<[number, string], PostRow>(
    `${SELECT_POST} WHERE p.channel_ref = ? AND p.local_date = ?`,
  );
  const latest = db.prepare<[string, string, string], PostRow>(
    `${SELECT_POST} WHERE ${CHANNEL_IS} ORDER BY p.seq DESC LIMIT 1`,
  );
  const open = db.prepare<[], PostRow>(`${SELECT_POST} WHERE p.closed_at IS NULL ORDER BY p.id`);
  const unrevealed = db.prepare<[], PostRow>(
    `${SELECT_POST} WHERE p.closed_at IS NOT NULL AND p.revealed_at IS NULL ORDER BY p.id`,
  );
  const questionIds = db.prepare<[string, string, string], { question_id: string }>(
    `SELECT p.question_id FROM posts p JOIN channels c ON c.id = p.channel_ref JOIN teams t ON t.id = c.team_ref
     WHERE ${CHANNEL_IS} ORDER BY p.seq`,
  );
  const lastSeq = db.prepare<[number], { last_seq: number }>(
    'SELECT last_seq FROM channels WHERE id = ?',
  );
  const insert =
    db.prepare(`INSERT INTO posts (channel_ref, local_date, week_key, month_key, seq, question_id, concept_id,
    correct_index, choice_count, season_id, opened_at, closes_at, question)
    VALUES (@channelRef, @localDate, @weekKey, @monthKey, @seq, @questionId, @conceptId, @correctIndex, @choiceCount,
    @seasonId, @openedAt, @closesAt, @question) ON CONFLICT (channel_ref, local_date) DO NOTHING`);
  const bumpSeq = db.prepare('UPDATE channels SET last_seq = ? WHERE id = ?');
  const setMessage = db.prepare('UPDATE posts SET message_id = ? WHERE id = ?');
  const close = db.prepare('UPDATE posts SET closed_at = ? WHERE id = ? AND closed_at IS NULL');
  const reveal = db.prepare(
    'UPDATE posts SET revealed_at = ? WHERE id = ? AND revealed_at IS NULL',
  );
  const tally = db.prepare(`INSERT INTO post_choices (post_id, choice_index, choice_text, picks)
    SELECT post_id, choice_index, min(choice_text), count(*) FROM answers WHERE post_id = ? GROUP BY choice_index`);
  const exists = db.prepare<[number], { id: number }>('SELECT id FROM posts WHERE id = ?');
  const voided = db.prepare<[number, string], { id: number }>(
    'SELECT id FROM question_voids WHERE team_ref = ? AND question_id = ? AND lifted_at IS NULL',
  );
  const withoutQuestion = db.prepare<[], PostRow>(
    `${SELECT_POST} WHERE p.question IS NULL ORDER BY p.id`,
  );
  const attach = db.prepare(
    'UPDATE posts SET question = ? WHERE id = ? AND question IS NULL AND question_id = ?',
  );
  const answeredTexts = db.prepare<[number], { choice_index: number; choice_text: string }>(
    'SELECT DISTINCT choice_index, choice_text FROM answers WHERE post_id = ?',
  );
  const askedInTeam = db.prepare<[string, string, string], PostRow>(
    `${SELECT_POST} WHERE t.platform = ? AND t.team_id = ? AND p.question_id = ? AND p.question IS NOT NULL
     ORDER BY p.opened_at DESC, p.id DESC LIMIT 1`,
  );
  const askedInChannel = db.prepare<[string, string, string], PostRow>(
    `${SELECT_POST} WHERE ${CHANNEL_IS} AND p.question IS NOT NULL ORDER BY p.seq DESC`,
  );

  const create = db.transaction((post: NewPost): { created: boolean; post: PostRecord } => {
    const channel = channels.find(post) ?? channels.upsertInTransaction(post, {});
    const existing = byDate.get(channel.ref, post.localDate);
    if (existing) return { created: false, post: toPost(existing) };
    const seq = lastSeq.get(channel.ref)!.last_seq + 1;
    const teamRef = channels.ensureTeam(post.platform, post.teamId);
    check(
      !voided.get(teamRef, post.questionId),
      `question ${post.questionId} is voided in this team and is never asked there again`,
    );
    insert.run({
      channelRef: channel.ref,
      localDate: post.localDate,
      weekKey: weekKey(post.localDate),
      monthKey: monthKey(post.localDate),
      seq,
      questionId: post.questionId,
      conceptId: post.conceptId,
      correctIndex: post.correctIndex,
      choiceCount: post.choiceCount,
      seasonId: seasons.currentId(teamRef),
      openedAt: post.openedAt,
      closesAt: post.closesAt,
      question: post.question === undefined ? null : serializeQuestion(post.question),
    });
    bumpSeq.run(seq, channel.ref);
    return { created: true, post: toPost(byDate.get(channel.ref, post.localDate)!) };
  });

  /** The one call whose conditional UPDATE closes the post also tallies its choices. */
  const closeAndTally = db.transaction((postId: number, at: number): boolean => {
    if (close.run(at, postId).changes === 0) return false;
    tally.run(postId);
    return true;
  });

  /** Revealing implies closed: a post revealed while open is closed first. */
  const revealAndClose = db.transaction((postId: number, at: number): number => {
    closeAndTally(postId, at);
    return reveal.run(at, postId).changes;
  });

  function mustExist(postId: number): void {
    if (!exists.get(postId)) throw new StoreError('not_found', `there is no post ${postId}`);
  }

  const key = (k: ChannelKey): [string, string, string] => [k.platform, k.teamId, k.channelId];

  return {
    create: (post: NewPost) => {
      checkNewPost(post);
      return create.immediate(post);
    },
    get: (id: number): PostRecord | null => {
      const row = byId.get(id);
      return row ? toPost(row) : null;
    },
    setMessage: (postId: number, messageId: string): void => {
      check(
        typeof messageId === 'string' && messageId !== '',
        'messageId must be a non-empty string',
      );
      if (setMessage.run(messageId, postId).changes === 0) mustExist(postId);
    },
    latest: (k: ChannelKey): PostRecord | null => {
      const row = latest.get(...key(k));
      return row ? toPost(row) : null;
    },
    open: (): PostRecord[] => open.all().map(toPost),
    unrevealed: (): PostRecord[] => unrevealed.all().map(toPost),
    close: (postId: number, at: number): boolean => {
      if (closeAndTally.immediate(postId, at)) return true;
      mustExist(postId);
      return false;
    },
    markRevealed: (postId: number, at: number): void => {
      if (revealAndClose.immediate(postId, at) === 0) mustExist(postId);
    },
    questionIds: (k: ChannelKey): string[] => questionIds.all(...key(k)).map((r) => r.question_id),
    withoutQuestion: (): PostRecord[] => withoutQuestion.all().map(toPost),
    /**
     * Stores the question of a post that has none yet (posts made before migration 0006). False,
     * and nothing stored, when it is not the question the post asked: another id, another key
     * position or number of options, or an option text that differs from what someone answered.
     */
    attachQuestion: (postId: number, question: Question): boolean => {
      check(
        parseStoredQuestion(serializeQuestion(question)) !== null,
        'question must be a question with a prompt and options, exactly one of them the key',
      );
      const post = byId.get(postId);
      if (!post) throw new StoreError('not_found', `there is no post ${postId}`);
      const matches =
        question.id === post.question_id &&
        question.choices.length === post.choice_count &&
        keyIndex(question) === post.correct_index &&
        answeredTexts
          .all(postId)
          .every((a) => question.choices[a.choice_index]?.text === a.choice_text);
      if (!matches) return false;
      return attach.run(serializeQuestion(question), postId, post.question_id).changes === 1;
    },
    askedInTeam: (platform: Platform, teamId: string, questionId: string): Question | null => {
      const row = askedInTeam.get(platform, teamId, questionId);
      return row ? parseStoredQuestion(row.question) : null;
    },
    askedInChannel: (k: ChannelKey): Question[] => {
      const latest = new Map<string, Question>();
      for (const row of askedInChannel.all(...key(k))) {
        if (latest.has(row.question_id)) continue;
        const question = parseStoredQuestion(row.question);
        if (question) latest.set(row.question_id, question);
      }
      return [...latest.values()];
    },
  };
}
