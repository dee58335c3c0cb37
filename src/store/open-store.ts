/**
 * `openStore(path)`: the one way to get a {@link QuizStore}. Creates the folder when missing, opens
 * the file (or `:memory:`), sets WAL, `synchronous=NORMAL`, `busy_timeout` and foreign keys, and
 * applies the migrations (refusing a database from a newer quizbot).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { BUILTIN_CHANNEL_DEFAULTS, type ChannelDefaults } from './channels.ts';
import { StoreError } from './errors.ts';
import { loadMigrations, migrate } from './migrations.ts';
import { SqliteQuizStore } from './sqlite-store.ts';
import { startWalCheckpointer } from './wal-checkpointer.ts';

export interface OpenStoreOptions {
  /** How long a write waits for another connection's lock before failing (default 5000 ms). */
  busyTimeoutMs?: number;
  /** Settings of channels that have not set their own (default: 09:00 Mon–Fri UTC, ja, 24 h, auto). */
  channelDefaults?: Partial<ChannelDefaults>;
  /**
   * Checkpoint the WAL from a worker thread instead of inside this connection's commits (the bot:
   * see wal-checkpointer.ts). Ignored for `:memory:`. Default false (tools, tests).
   */
  checkpointInBackground?: boolean;
  /** Told when the checkpoint worker failed (the connection then checkpoints in its commits again). */
  onCheckpointError?: (error: Error) => void;
}

export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * The bot's busy timeout: the longest a write holds up the event loop waiting for another
 * process's lock (a backup, a second bot, a `sqlite3` shell). After that the core's write queue
 * retries asynchronously (src/bot/write-queue.ts), so acks and `/healthz` keep flowing. Tools that
 * own their process (the CLI, tests) keep {@link DEFAULT_BUSY_TIMEOUT_MS}.
 */
export const EVENT_LOOP_BUSY_TIMEOUT_MS = 25;

/** Opens a connection with the store's pragmas, without migrating (tools, tests). */
export function openDatabase(
  path: string,
  busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS,
): Database.Database {
  const memory = path === ':memory:' || path === '';
  if (!memory) mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path, { timeout: busyTimeoutMs });
  } catch (error) {
    throw new StoreError(
      'cannot_open',
      `cannot open the database ${path}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (!memory && mode !== 'wal') throw new Error(`journal_mode is ${String(mode)}, expected wal`);
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
  } catch (error) {
    db.close();
    throw new StoreError(
      'cannot_open',
      `cannot use ${path} as a quizbot database: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return db;
}

/**
 * Opens (creating if needed) and migrates the database at `path`; `':memory:'` for a private one.
 * @throws StoreError `unknown_migration` for a database written by a newer quizbot, `cannot_open`
 *   for a file that is not a SQLite database, `migration_failed` when a migration fails.
 */
export function openStore(path: string, options: OpenStoreOptions = {}): SqliteQuizStore {
  const db = openDatabase(path, options.busyTimeoutMs);
  try {
    migrate(db, loadMigrations(), path);
    const store = new SqliteQuizStore(db, {
      ...BUILTIN_CHANNEL_DEFAULTS,
      ...options.channelDefaults,
    });
    if (options.checkpointInBackground && path !== ':memory:' && path !== '')
      store.checkpointWith(
        startWalCheckpointer(db, path, {
          ...(options.onCheckpointError ? { onError: options.onCheckpointError } : {}),
        }),
      );
    return store;
  } catch (error) {
    db.close();
    throw error;
  }
}
