/**
 * {@link QuizStore} on better-sqlite3: composes one module per table family. Build it with
 * `openStore` (open-store.ts), which opens the file, sets the pragmas and migrates first.
 */
import type Database from 'better-sqlite3';
import type { Question } from '../quiz/types.ts';
import type { Platform } from '../shared/channel.ts';
import { createAnswerRepo } from './answers.ts';
import { type BackupResult, backupDatabase } from './backup.ts';
import { createBoardFold } from './board-fold.ts';
import { createChannelNotesRepo } from './channel-notes.ts';
import { type ChannelDefaults, createChannelRepo } from './channels.ts';
import { createDeliveryRepo } from './deliveries.ts';
import { createEventRepo } from './events.ts';
import { createFlagRepo } from './flags.ts';
import { createBoardRepo } from './leaderboard.ts';
import { createLearningQueries } from './learning-queries.ts';
import type {
  ConceptTallyRow,
  LearningQueries,
  LearningStore,
  LocalDateRange,
  MemberCardRow,
  ReportSchedule,
  ReportStore,
  WeeklyReportRecord,
  WeekTallyRow,
  WrongPickRow,
} from './learning-types.ts';
import { createPlayerRepo } from './player-repo.ts';
import type { PlayerStore, ReminderSetting } from './player-types.ts';
import { createPostRepo } from './posts.ts';
import { createPracticeRepo } from './practice.ts';
import { createReportRepo } from './report-repo.ts';
import { createSeasonRepo } from './seasons.ts';
import { createStatsRepo } from './stats.ts';
import { createStreakRepo } from './streaks.ts';
import type {
  AnswerClick,
  AnswerHooks,
  AnswerResult,
  BoardScope,
  ChannelKey,
  ChannelSettings,
  ChannelStats,
  ClickOutcome,
  Delivery,
  DeliveryKind,
  Flag,
  Leaderboard,
  LeaderboardQuery,
  NewAnswer,
  NewFlag,
  NewPost,
  PostRecord,
  QuestionVoid,
  QuizStore,
  Season,
  UserStats,
  VoidResult,
} from './types.ts';
import { createVoidRepo } from './voids.ts';
import type { WalCheckpointer } from './wal-checkpointer.ts';

export class SqliteQuizStore implements QuizStore, LearningStore {
  private readonly channels;
  private readonly seasons;
  private readonly posts;
  private readonly streaks;
  private readonly answers;
  private readonly fold;
  private readonly boards;
  private readonly stats;
  private readonly practice;
  private readonly events;
  private readonly deliveries;
  private readonly learning: LearningQueries;
  private readonly reports: ReportStore;
  private readonly voids;
  private readonly flags;
  private readonly channelNotesRepo;
  private readonly players: PlayerStore;
  private checkpointer: WalCheckpointer | null = null;
  private closing: Promise<void> | null = null;
  private readonly inTransaction: Database.Transaction<(work: () => unknown) => unknown>;

  /** @param db an open, migrated connection (the store closes it in {@link close}). */
  constructor(
    readonly db: Database.Database,
    channelDefaults: ChannelDefaults,
  ) {
    this.channels = createChannelRepo(db, channelDefaults);
    this.seasons = createSeasonRepo(db, this.channels);
    this.posts = createPostRepo(db, this.channels, this.seasons);
    this.streaks = createStreakRepo(db);
    this.practice = createPracticeRepo(db);
    this.events = createEventRepo(db);
    this.answers = createAnswerRepo(db, this.streaks, this.events, this.practice);
    this.fold = createBoardFold(db);
    this.boards = createBoardRepo(db, this.channels, this.seasons, this.streaks, this.fold);
    this.stats = createStatsRepo(db, this.channels, this.streaks, this.fold);
    this.deliveries = createDeliveryRepo(db);
    this.learning = createLearningQueries(db, this.channels);
    this.reports = createReportRepo(db, this.channels);
    this.voids = createVoidRepo(db, this.channels, this.posts, this.fold);
    this.flags = createFlagRepo(db, this.channels);
    this.channelNotesRepo = createChannelNotesRepo(db, this.channels);
    this.players = createPlayerRepo(db, this.channels);
    this.inTransaction = db.transaction((work: () => unknown) => work());
  }

  transaction<T>(work: () => T): T {
    return this.inTransaction.immediate(work) as T;
  }

  getChannel(key: ChannelKey): ChannelSettings | null {
    return this.channels.get(key);
  }
  upsertChannel(
    key: ChannelKey,
    patch: Partial<Omit<ChannelSettings, keyof ChannelKey>>,
  ): ChannelSettings {
    return this.channels.upsert(key, patch);
  }
  listChannels(filter?: { enabled?: boolean }): ChannelSettings[] {
    return this.channels.list(filter);
  }

  createPost(post: NewPost): { created: boolean; post: PostRecord } {
    return this.posts.create(post);
  }
  getPost(id: number): PostRecord | null {
    return this.posts.get(id);
  }
  setPostMessage(postId: number, messageId: string): void {
    this.posts.setMessage(postId, messageId);
  }
  latestPost(key: ChannelKey): PostRecord | null {
    return this.posts.latest(key);
  }
  openPosts(): PostRecord[] {
    return this.posts.open();
  }
  unrevealedPosts(): PostRecord[] {
    return this.posts.unrevealed();
  }
  closePost(postId: number, at: number): boolean {
    return this.posts.close(postId, at);
  }
  markRevealed(postId: number, at: number): void {
    this.posts.markRevealed(postId, at);
  }
  beginDelivery(postId: number, kind: DeliveryKind, key: string, now: number): Delivery {
    return this.deliveries.begin(postId, kind, key, now);
  }
  confirmDelivery(postId: number, kind: DeliveryKind, messageId: string, now: number): boolean {
    return this.deliveries.confirm(postId, kind, messageId, now);
  }
  getDelivery(postId: number, kind: DeliveryKind): Delivery | null {
    return this.deliveries.get(postId, kind);
  }
  postedQuestionIds(key: ChannelKey): string[] {
    return this.posts.questionIds(key);
  }
  postsWithoutQuestion(): PostRecord[] {
    return this.posts.withoutQuestion();
  }
  attachPostQuestion(postId: number, question: Question): boolean {
    return this.posts.attachQuestion(postId, question);
  }
  askedQuestion(platform: Platform, teamId: string, questionId: string): Question | null {
    return this.posts.askedInTeam(platform, teamId, questionId);
  }
  askedQuestions(key: ChannelKey): Question[] {
    return this.posts.askedInChannel(key);
  }

  voidQuestion(input: Parameters<QuizStore['voidQuestion']>[0]): VoidResult {
    return this.voids.voidQuestion(input);
  }
  unvoidQuestion(input: Parameters<QuizStore['unvoidQuestion']>[0]): VoidResult {
    return this.voids.unvoidQuestion(input);
  }
  questionVoids(platform: Platform, teamId: string): QuestionVoid[] {
    return this.voids.voids(platform, teamId);
  }
  addFlag(flag: NewFlag): Flag {
    return this.flags.add(flag);
  }
  openFlags(platform: Platform, teamId: string): Flag[] {
    return this.flags.open(platform, teamId);
  }
  channelNotes(key: ChannelKey): string[] {
    return this.channelNotesRepo.get(key);
  }
  setChannelNotes(key: ChannelKey, titles: readonly string[]): void {
    this.channelNotesRepo.set(key, titles);
  }

  recordAnswer(answer: NewAnswer): AnswerResult {
    return this.answers.record(answer);
  }
  recordClick(click: AnswerClick, hooks: AnswerHooks): ClickOutcome {
    return this.answers.recordClick(click, hooks);
  }
  answerDistribution(postId: number): number[] {
    return this.answers.distribution(postId);
  }
  answerCount(postId: number): number {
    return this.answers.count(postId);
  }
  answersForPost(postId: number) {
    return this.answers.forPost(postId);
  }
  findAnswer(postId: number, userId: string): { choiceIndex: number; correct: boolean } | null {
    return this.answers.find(postId, userId);
  }

  foldBoards(): number {
    return this.fold.catchUp();
  }
  /** Answers recorded but not yet folded into the boards. */
  boardBacklog(): number {
    return this.fold.backlog();
  }
  leaderboard(query: LeaderboardQuery): Leaderboard {
    return this.boards.leaderboard(query);
  }
  streak(key: ChannelKey, userId: string): { current: number; best: number } {
    const channel = this.channels.find(key);
    return channel ? this.streaks.inChannel(userId, channel.ref) : { current: 0, best: 0 };
  }
  startSeason(platform: Platform, teamId: string, name: string, at: number): Season {
    return this.seasons.start(platform, teamId, name, at);
  }
  currentSeason(platform: Platform, teamId: string): Season | null {
    return this.seasons.current(platform, teamId);
  }
  listSeasons(platform: Platform, teamId: string): Season[] {
    return this.seasons.list(platform, teamId);
  }
  userStats(scope: BoardScope, userId: string): UserStats {
    return this.stats.user(scope, userId);
  }
  channelStats(key: ChannelKey): ChannelStats {
    return this.stats.channel(key);
  }

  recordPracticeAnswer(input: {
    platform: Platform;
    userId: string;
    questionId: string;
    conceptId: string;
    correct: boolean;
    at: number;
  }): void {
    this.practice.recordAnswer(input);
  }
  getPracticeState(platform: Platform, userId: string, conceptId: string): string | null {
    return this.practice.getState(platform, userId, conceptId);
  }
  setPracticeState(
    platform: Platform,
    userId: string,
    conceptId: string,
    state: string,
    dueAt: number,
  ): void {
    this.practice.setState(platform, userId, conceptId, state, dueAt);
  }
  duePracticeConcepts(platform: Platform, userId: string, now: number): string[] {
    return this.practice.dueConcepts(platform, userId, now);
  }

  claimEvent(key: string, now: number, ttlMs: number): boolean {
    return this.events.claim(key, now, ttlMs);
  }
  renewEvent(key: string, now: number, ttlMs: number): void {
    this.events.renew(key, now, ttlMs);
  }
  releaseEvent(key: string): void {
    this.events.release(key);
  }

  async backup(path: string): Promise<void> {
    await this.backupWithReport(path);
  }
  /** {@link backup}, telling how many pages were copied and how often the copy restarted. */
  backupWithReport(path: string): Promise<BackupResult> {
    return backupDatabase(this.db, path);
  }

  /** Hands over the WAL checkpointer of this connection's file (openStore); stopped by {@link close}. */
  checkpointWith(checkpointer: WalCheckpointer): void {
    this.checkpointer = checkpointer;
  }

  /**
   * Closes the checkpoint worker's connection first and this one only once that has closed, so
   * this close is the last: SQLite checkpoints the WAL into the database and removes the `-wal`
   * file only in a close that finds no other connection open (an exclusive lock on the file). Two
   * closes at the same moment each see the other's lock, and neither removes it. Without a worker
   * the connection closes at once. Every call gets the same promise.
   */
  close(): Promise<void> {
    if (this.closing) return this.closing;
    const checkpointer = this.checkpointer;
    this.checkpointer = null;
    const closeConnection = (): void => {
      if (this.db.open) this.db.close();
    };
    if (checkpointer) this.closing = checkpointer.stop().then(closeConnection, closeConnection);
    else {
      closeConnection();
      this.closing = Promise.resolve();
    }
    return this.closing;
  }

  // The learning engine's part (learning-queries.ts, report-repo.ts).
  conceptTallies(key: ChannelKey, range?: LocalDateRange): ConceptTallyRow[] {
    return this.learning.conceptTallies(key, range);
  }
  wrongPicks(key: ChannelKey, range?: LocalDateRange): WrongPickRow[] {
    return this.learning.wrongPicks(key, range);
  }
  weekTallies(key: ChannelKey, weekKeys: readonly string[]): WeekTallyRow[] {
    return this.learning.weekTallies(key, weekKeys);
  }
  memberPracticeStates(key: ChannelKey, since: number): MemberCardRow[] {
    return this.learning.memberPracticeStates(key, since);
  }
  getReportSchedule(key: ChannelKey): ReportSchedule | null {
    return this.reports.getReportSchedule(key);
  }
  setReportSchedule(key: ChannelKey, schedule: ReportSchedule): ReportSchedule {
    return this.reports.setReportSchedule(key, schedule);
  }
  claimWeeklyReport(key: ChannelKey, weekKey: string, now: number, leaseMs: number): boolean {
    return this.reports.claimWeeklyReport(key, weekKey, now, leaseMs);
  }
  finishWeeklyReport(
    key: ChannelKey,
    weekKey: string,
    outcome: 'posted' | 'skipped',
    messageId: string | null,
    at: number,
  ): void {
    this.reports.finishWeeklyReport(key, weekKey, outcome, messageId, at);
  }
  getWeeklyReport(key: ChannelKey, weekKey: string): WeeklyReportRecord | null {
    return this.reports.getWeeklyReport(key, weekKey);
  }

  // A player's home and reminders (player-repo.ts).
  lastPlayedChannel(platform: Platform, teamId: string, userId: string): ChannelKey | null {
    return this.players.lastPlayedChannel(platform, teamId, userId);
  }
  getReminder(platform: Platform, userId: string): ReminderSetting | null {
    return this.players.getReminder(platform, userId);
  }
  setReminder(
    platform: Platform,
    userId: string,
    channel: ChannelKey,
    enabled: boolean,
    at: number,
  ): ReminderSetting {
    return this.players.setReminder(platform, userId, channel, enabled, at);
  }
  enabledReminders(): ReminderSetting[] {
    return this.players.enabledReminders();
  }
  claimReminder(platform: Platform, userId: string, localDate: string, at: number): boolean {
    return this.players.claimReminder(platform, userId, localDate, at);
  }
}
