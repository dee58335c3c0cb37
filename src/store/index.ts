/** The SQLite store: `openStore(path)` gives the {@link QuizStore} the core uses. */
export {
  openStore,
  openDatabase,
  DEFAULT_BUSY_TIMEOUT_MS,
  type OpenStoreOptions,
} from './open-store.ts';
export { SqliteQuizStore } from './sqlite-store.ts';
export { BUILTIN_CHANNEL_DEFAULTS, type ChannelDefaults } from './channels.ts';
export { StoreError, type StoreErrorCode } from './errors.ts';
export {
  loadMigrations,
  migrate,
  appliedMigrations,
  MIGRATIONS_DIR,
  type Migration,
} from './migrations.ts';
export { backupDatabase, backupFile, type BackupResult } from './backup.ts';
export { STATS_LIMITS } from './stats.ts';
export { MAX_BOARD_LIMIT } from './leaderboard.ts';
export type * from './types.ts';
