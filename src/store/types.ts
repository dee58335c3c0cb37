/**
 * The store's public shape: what the bot core may ask of the database.
 *
 * Times are epoch milliseconds. Calendar keys are *local dates* (`YYYY-MM-DD` in the channel's
 * time zone), computed by the caller, so the store never needs a time-zone database and a
 * daylight-saving change can neither skip nor double a day.
 */
import type { Question } from '../quiz/types.ts';
import type { ChannelKey, Locale, Platform } from '../shared/channel.ts';
import type { Weekday } from '../shared/weekday.ts';
import type { LearningStore } from './learning-types.ts';
import type { PlayerStore } from './player-types.ts';

export type { ChannelKey } from '../shared/channel.ts';
export type { Weekday } from '../shared/weekday.ts';

/** A channel's quiz settings. */
export interface ChannelSettings extends ChannelKey {
  /** Local time of the daily post, `HH:MM` (24 h). */
  time: string;
  /** Days the quiz runs, sorted; all seven = daily. */
  days: Weekday[];
  /** IANA time zone, e.g. `Asia/Tokyo`. */
  timezone: string;
  locale: Locale;
  /** False after `/quiz schedule off`. */
  enabled: boolean;
  /** How long a post stays open unless the next post closes it first. */
  answerWindowMinutes: number;
  /** `auto`: reveal when the post closes. `manual`: only on `/quiz close`. */
  revealMode: 'auto' | 'manual';
  /** Set when the platform refused a post (channel gone, no permission); null when running. */
  pausedReason: string | null;
  /** Who last set the schedule (to tell them when it is paused). */
  updatedBy: string | null;
  /** When the current schedule was set (epoch ms): slots before it are never caught up. */
  scheduleSince: number | null;
}

/** A question posted in a channel (or a practice question, see {@link PostRecord.kind}). */
export interface PostRecord extends ChannelKey {
  id: number;
  /** `daily`: the scheduled/admin post that counts for scores. */
  kind: 'daily';
  /** Local date of the post in the channel's time zone; UNIQUE with the channel. */
  localDate: string;
  /** 1, 2, 3… per channel: consecutive posts, for streaks. */
  seq: number;
  questionId: string;
  conceptId: string;
  /** Index of the correct choice, in the order posted. */
  correctIndex: number;
  choiceCount: number;
  seasonId: number | null;
  /** Platform message id once posted, else null (a failed post is retried). */
  messageId: string | null;
  openedAt: number;
  closesAt: number;
  closedAt: number | null;
  revealedAt: number | null;
  /**
   * The question as it was asked: prompt, options in the order shown, key, explanation, concept
   * name. Everything that shows or scores the post reads this, never the current notes. Null only
   * for a post made before it was kept (migration 0006) whose question had left the notes.
   */
  question: Question | null;
  /** Set while the post's question is voided in the team: its answers do not count. */
  void: QuestionVoid | null;
}

/** Which message of a post a delivery is: the question, or its reveal. */
export type DeliveryKind = 'question' | 'reveal';

/** The record of sending one message of a post (see {@link QuizStore.beginDelivery}). */
export interface Delivery {
  postId: number;
  kind: DeliveryKind;
  /** The idempotency key the message carries (≤ 25 characters). */
  key: string;
  /** Attempts started; above 1, an earlier one may have gone out without being confirmed. */
  attempts: number;
  firstAt: number;
  lastAt: number;
  /** The platform's message once confirmed, else null. */
  messageId: string | null;
  confirmedAt: number | null;
}

/** A question voided in a team (`/quiz void`). */
export interface QuestionVoid {
  questionId: string;
  reason: string | null;
  /** Who voided it. */
  by: string;
  at: number;
}

/**
 * What {@link QuizStore.voidQuestion} / {@link QuizStore.unvoidQuestion} did, with the team's posts
 * of the question as they are now. `already`: it was voided before (nothing changed);
 * `not_voided`: there was nothing to lift.
 */
export type VoidResult =
  | { status: 'voided' | 'unvoided' | 'already'; void: QuestionVoid; posts: PostRecord[] }
  | { status: 'not_voided'; posts: PostRecord[] };

/** "This question is wrong", from anyone. */
export interface Flag extends ChannelKey {
  id: number;
  questionId: string;
  userId: string;
  reason: string;
  at: number;
}

export type NewFlag = Omit<Flag, 'id'>;

/** Input of {@link QuizStore.createPost}. */
export interface NewPost extends ChannelKey {
  localDate: string;
  questionId: string;
  conceptId: string;
  correctIndex: number;
  choiceCount: number;
  openedAt: number;
  closesAt: number;
  /**
   * The question as shown (the bot always gives it). It must be the post's question: same id and
   * concept, `choiceCount` options with the key at `correctIndex`.
   */
  question?: Question;
}

/** Input of {@link QuizStore.recordAnswer}. */
export interface NewAnswer {
  postId: number;
  userId: string;
  userName: string;
  choiceIndex: number;
  /** The option text as shown, so stats can name the misconceptions people pick. */
  choiceText: string;
  at: number;
}

/**
 * What happened to a click. `counted`: this call recorded it (`streak` is the run after it, 0 when
 * wrong; `points` what it earned). `already`: the user's earlier answer stands (their locked choice).
 * `closed`: the post is closed — by {@link QuizStore.closePost}, by a newer post of the channel, or
 * (channels in `auto` reveal mode) because the click is at or after its `closesAt`; a `manual`
 * channel's post stays open until closed. `no_such_post`: unknown post id.
 */
export type AnswerResult =
  | { status: 'counted'; choiceIndex: number; correct: boolean; streak: number; points: number }
  | { status: 'already'; choiceIndex: number; correct: boolean }
  | { status: 'closed' }
  | { status: 'no_such_post' };

/** The post a click landed on, as the click's transaction read it (the one read of it per click). */
export interface ClickedPost extends ChannelKey {
  id: number;
  questionId: string;
  conceptId: string;
  /** The channel's language and time zone, for the reply. */
  locale: Locale;
  timezone: string;
  /** The question as the post asked it (null for an old post whose question is gone). */
  question: Question | null;
}

/** Input of {@link QuizStore.recordClick}: someone clicked an option of a daily post. */
export interface AnswerClick {
  /** Where the click came from: it counts only on a post of that very channel. */
  channel: ChannelKey;
  postId: number;
  userId: string;
  userName: string;
  choiceIndex: number;
  at: number;
  /**
   * The delivery's idempotency key, claimed in the same transaction: a repeated delivery of a
   * click already handled is a `duplicate` and changes nothing.
   */
  eventKey?: { key: string; ttlMs: number };
}

/**
 * What the click's transaction asks the caller halfway through, so the caller needs no read of its
 * own first. Both run synchronously inside the transaction and must do no I/O.
 */
export interface AnswerHooks {
  /** The option's text as shown, from the post's question; null when unknown (the click is then `refused`). */
  choiceText(post: ClickedPost, choiceIndex: number): string | null;
  /**
   * The clicker's spaced-repetition card for the post's concept after a counted answer, from the
   * stored one (null when none yet); written in the same transaction as the answer, so a crash
   * keeps both or neither. Null leaves the card as it is.
   */
  reviewCard?(
    card: string | null,
    post: ClickedPost,
    correct: boolean,
  ): { state: string; dueAt: number } | null;
}

/**
 * What happened to a click ({@link AnswerResult}, with the post it landed on), or `duplicate` for a
 * repeated delivery, `no_such_post` (unknown id, another channel's post, an option it does not
 * have), `voided` (the post's question is voided in the team: nothing is written), or `refused`
 * (the option has no text: {@link AnswerHooks.choiceText} said null).
 */
export type ClickOutcome =
  | { status: 'duplicate' }
  | { status: 'no_such_post' }
  | { status: 'refused'; post: ClickedPost }
  | { status: 'voided'; post: ClickedPost }
  | (Exclude<AnswerResult, { status: 'no_such_post' }> & { post: ClickedPost });

export type Period = 'week' | 'month' | 'season' | 'all';

/** Whose board: one channel, or every channel of a workspace/guild. */
export type BoardScope =
  | { kind: 'channel'; channel: ChannelKey }
  | { kind: 'team'; platform: Platform; teamId: string };

/**
 * One line of a board. Ranking (total, deterministic): points desc, then correct desc, then
 * answered asc (same points with fewer attempts ranks higher), then who reached the score first
 * (the `at` of their latest point-earning answer on the board; at 0 points, of their earliest
 * answer), then user id asc (binary order; platform ids are ASCII).
 */
export interface LeaderboardRow {
  /** 1-based position in the ranking above; no shared ranks. */
  rank: number;
  userId: string;
  userName: string;
  points: number;
  correct: number;
  answered: number;
  /** correct / answered, 0 when nothing answered. */
  accuracy: number;
  /** Current streak in the scope (for a team: the best current streak over its channels). */
  streak: number;
}

export interface LeaderboardQuery {
  scope: BoardScope;
  period: Period;
  /** Today's local date in the board's time zone; picks the week and month. */
  today: string;
  limit: number;
  /** Also return this user's row, even outside the top `limit`. */
  userId?: string;
  /** For `period: 'season'`: a past (or the current) season's id; default the team's current season. */
  seasonId?: number;
}

export interface Leaderboard {
  period: Period;
  /** E.g. `2026-W48`, `2026-11`, the season's name, `all`. */
  label: string;
  rows: LeaderboardRow[];
  /** The asking user's row (null when they have not answered in this period). */
  me: LeaderboardRow | null;
}

export interface Season {
  id: number;
  platform: Platform;
  teamId: string;
  name: string;
  startedAt: number;
  endedAt: number | null;
}

export interface UserStats {
  userId: string;
  userName: string | null;
  answered: number;
  correct: number;
  accuracy: number;
  streak: number;
  bestStreak: number;
  /** Wrong options this user picked most, most first. */
  topMisconceptions: { conceptId: string; choiceText: string; count: number }[];
  /** Concepts with the lowest accuracy for this user (answered at least once), weakest first. */
  weakestConcepts: { conceptId: string; answered: number; correct: number; accuracy: number }[];
}

export interface ChannelStats {
  concepts: { conceptId: string; answered: number; correct: number; accuracy: number }[];
  wrongChoices: { conceptId: string; questionId: string; choiceText: string; count: number }[];
}

/**
 * Everything the core asks of the database. One implementation: SQLite (better-sqlite3). The learning
 * engine's part (spaced repetition, adaptive question, weekly report) is declared in
 * learning-types.ts, a player's home and reminders in player-types.ts; neither imports this file.
 */
export interface QuizStore extends LearningStore, PlayerStore {
  // channels
  getChannel(key: ChannelKey): ChannelSettings | null;
  /**
   * Creates the channel with defaults where missing, applies `patch`, returns the result.
   * Throws a `StoreError` (`bad_input`) naming a bad value (time, days, time zone…); nothing changes.
   */
  upsertChannel(
    key: ChannelKey,
    patch: Partial<Omit<ChannelSettings, keyof ChannelKey>>,
  ): ChannelSettings;
  listChannels(filter?: { enabled?: boolean }): ChannelSettings[];

  // posts
  /**
   * Inserts the day's post (creating the channel with defaults if unknown); if the channel already
   * has one for that local date, returns it instead. `seq` is the channel's previous seq + 1; the
   * post records the team's current season.
   */
  createPost(post: NewPost): { created: boolean; post: PostRecord };
  getPost(id: number): PostRecord | null;
  setPostMessage(postId: number, messageId: string): void;
  /** The channel's most recent daily post, open or closed. */
  latestPost(key: ChannelKey): PostRecord | null;
  /** Posts not yet closed (all channels). */
  openPosts(): PostRecord[];
  /** Posts closed but not yet revealed (a reveal that failed or was interrupted). */
  unrevealedPosts(): PostRecord[];
  /** Closes the post. True only for the one call that closed it (two processes may race). */
  closePost(postId: number, at: number): boolean;
  markRevealed(postId: number, at: number): void;

  // deliveries (exactly one question and one reveal per post)
  /**
   * Records that an attempt to send the post's question or reveal starts now. The first call
   * stores `key` (the idempotency key the message will carry); later calls keep it and count the
   * attempt. A delivery already confirmed is returned unchanged.
   */
  beginDelivery(postId: number, kind: DeliveryKind, key: string, now: number): Delivery;
  /** Records the platform's message id; true only for the call that confirmed it. */
  confirmDelivery(postId: number, kind: DeliveryKind, messageId: string, now: number): boolean;
  getDelivery(postId: number, kind: DeliveryKind): Delivery | null;
  /** Question ids already posted in the channel, oldest first. */
  postedQuestionIds(key: ChannelKey): string[];
  /** Posts that have no stored question (made before it was kept), oldest first. */
  postsWithoutQuestion(): PostRecord[];
  /**
   * Stores the question of a post made before questions were kept with posts. False (nothing
   * stored) when the post already has one, or when `question` is not what the post asked: another
   * id, key position or number of options, or an option text other than one someone answered.
   */
  attachPostQuestion(postId: number, question: Question): boolean;
  /** The question as last asked in any channel of the team, or null when never posted there. */
  askedQuestion(platform: Platform, teamId: string, questionId: string): Question | null;
  /** Every question asked in the channel, as last asked (newest first). */
  askedQuestions(key: ChannelKey): Question[];

  // voids and flags
  /**
   * Voids a question in the team: never asked there again; its posts close (an open one is not
   * revealed: the bot edits it) and their answers stop counting on every board, in streaks and
   * in stats; open flags on it are resolved. One transaction, recount included.
   */
  voidQuestion(input: {
    platform: Platform;
    teamId: string;
    questionId: string;
    reason: string | null;
    by: string;
    at: number;
  }): VoidResult;
  /** Lifts the void: the answers count again (the posts stay closed). */
  unvoidQuestion(input: {
    platform: Platform;
    teamId: string;
    questionId: string;
    by: string;
    at: number;
  }): VoidResult;
  /** The team's voided questions, oldest void first. */
  questionVoids(platform: Platform, teamId: string): QuestionVoid[];
  addFlag(flag: NewFlag): Flag;
  /** The notes titles the channel draws from (empty: all loaded notes). */
  channelNotes(key: ChannelKey): string[];
  /** Limits the channel to these notes titles; empty: all. The channel must exist. */
  setChannelNotes(key: ChannelKey, titles: readonly string[]): void;
  /** The team's flags whose question is not voided yet, oldest first. */
  openFlags(platform: Platform, teamId: string): Flag[];

  // answers
  /** One atomic, idempotent call: a repeated or concurrent click counts once. */
  recordAnswer(answer: NewAnswer): AnswerResult;
  /**
   * A click, in one `BEGIN IMMEDIATE` transaction: the delivery's idempotency key, one read of the
   * post with its channel, the answer with its points and streak, the user's name and the user's
   * spaced-repetition card ({@link AnswerHooks.reviewCard}). Idempotent like {@link recordAnswer}.
   */
  recordClick(click: AnswerClick, hooks: AnswerHooks): ClickOutcome;
  /** Per choice index, how many picked it. */
  answerDistribution(postId: number): number[];
  answerCount(postId: number): number;
  answersForPost(
    postId: number,
  ): { userId: string; userName: string; choiceIndex: number; correct: boolean; at: number }[];
  /** The user's locked answer on a post, if any. */
  findAnswer(postId: number, userId: string): { choiceIndex: number; correct: boolean } | null;

  // boards, streaks, seasons, stats
  /**
   * Adds the answers recorded since the last fold to the leaderboard rows (in transactions of at
   * most 20,000 answers; safe from any number of processes at once) and returns how many it added.
   * Reads of boards fold first, so calling this is never needed for correctness: it keeps the
   * backlog, and so the work a read might do, small. Call it from the scheduler tick.
   */
  foldBoards(): number;
  /**
   * An indexed top-`limit` read of maintained rows (`limit` 1 to 1000). Empty rows for an unknown
   * scope; for `season` without a season, empty rows and label `''`.
   */
  leaderboard(query: LeaderboardQuery): Leaderboard;
  streak(key: ChannelKey, userId: string): { current: number; best: number };
  startSeason(platform: Platform, teamId: string, name: string, at: number): Season;
  currentSeason(platform: Platform, teamId: string): Season | null;
  listSeasons(platform: Platform, teamId: string): Season[];
  /** Top 5 misconceptions and 5 weakest concepts. */
  userStats(scope: BoardScope, userId: string): UserStats;
  /** Every concept answered in the channel (weakest first) and the 10 most chosen wrong options. */
  channelStats(key: ChannelKey): ChannelStats;

  // practice (private questions; never on a leaderboard)
  recordPracticeAnswer(input: {
    platform: Platform;
    userId: string;
    questionId: string;
    conceptId: string;
    correct: boolean;
    at: number;
  }): void;
  /** Opaque per-user, per-concept state for spaced repetition (JSON). */
  getPracticeState(platform: Platform, userId: string, conceptId: string): string | null;
  setPracticeState(
    platform: Platform,
    userId: string,
    conceptId: string,
    state: string,
    dueAt: number,
  ): void;
  /** Concept ids whose practice is due for the user at `now`, most overdue first. */
  duePracticeConcepts(platform: Platform, userId: string, now: number): string[];

  // idempotency
  /** True the first time `key` is seen (kept for `ttlMs`); false for a repeat. */
  claimEvent(key: string, now: number, ttlMs: number): boolean;
  /** Extends a claim that is held (a lease whose holder is still at work). */
  renewEvent(key: string, now: number, ttlMs: number): void;
  /** Gives a claim up before it expires (a lease whose work is done, so a retry need not wait). */
  releaseEvent(key: string): void;

  /**
   * Runs `work` (store calls) in one `BEGIN IMMEDIATE` transaction, a savepoint when nested: its
   * writes commit together, or not at all when it throws. The core's write queue groups the writes
   * of one round of input this way, so they share one commit.
   */
  transaction<T>(work: () => T): T;

  /** A consistent online copy (SQLite backup API), safe while the bot runs. */
  backup(path: string): Promise<void>;
  /**
   * Closes every connection this store opened, the bot's last: the WAL checkpoint worker's first,
   * then, once it has closed, the bot's own, whose close checkpoints the WAL and removes the `-wal`
   * file. Resolves when all are closed; a process that exits before then may leave a `-wal` file
   * behind (harmless, replayed on next open). Without a worker the connection closes at once.
   */
  close(): Promise<void>;
}
