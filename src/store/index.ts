/** The SQLite store: `openStore(path)` gives the {@link QuizStore} the core uses. */

export { type BackupResult, backupDatabase, backupFile } from './backup.ts';
export { BUILTIN_CHANNEL_DEFAULTS, type ChannelDefaults } from './channels.ts';
export { StoreError, type StoreErrorCode } from './errors.ts';
export { MAX_BOARD_LIMIT } from './leaderboard.ts';
export {
  appliedMigrations,
  loadMigrations,
  MIGRATIONS_DIR,
  type Migration,
  migrate,
} from './migrations.ts';
export {
  DEFAULT_BUSY_TIMEOUT_MS,
  type OpenStoreOptions,
  openDatabase,
  openStore,
} from './open-store.ts';
export type * from './player-types.ts';
export { SqliteQuizStore } from './sqlite-store.ts';
export { STATS_LIMITS } from './stats.ts';
export type * from './types.ts';
