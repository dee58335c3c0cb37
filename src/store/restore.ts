/**
 * Restoring a backup: the database must not be open in another process (a running bot); the backup
 * is copied beside it and the copy checked (`PRAGMA integrity_check`, and that it is a quizbot
 * database); the current database is backed up first (with its `-wal`, through SQLite), and only
 * then is the copy renamed into place — so nothing is half-copied and no stale `-wal` is replayed.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { backupFile } from './backup.ts';
import { StoreError } from './errors.ts';

export interface RestoreResult {
  /** The database that was restored. */
  path: string;
  /** Where the database was saved before it was overwritten; null when there was none. */
  previous: string | null;
}

/** Checks that `path` is a whole quizbot database. @throws StoreError `cannot_open` */
function checkBackup(path: string, shownAs: string): void {
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true });
  } catch (error) {
    throw new StoreError('cannot_open', `cannot open ${shownAs}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`integrity check: ${String(integrity)}`);
    const migrations = db
      .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`)
      .get();
    if (!migrations) throw new Error('it is not a quizbot database (no schema_migrations table)');
  } catch (error) {
    const message = (error as Error).message;
    throw new StoreError(
      'cannot_open',
      `${shownAs} cannot be restored: ${message === 'file is not a database' ? 'it is not a SQLite database' : message}`,
      { cause: error },
    );
  } finally {
    db.close();
  }
}

/**
 * Throws `in_use` when another connection has the database open. A connection in WAL mode keeps a
 * lock for as long as it is open, so an exclusive lock is refused even while that bot is idle.
 */
function checkNotInUse(path: string): void {
  if (!existsSync(path)) return;
  const db = new Database(path, { fileMustExist: true, timeout: 200 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_BUSY'))
      throw new StoreError(
        'in_use',
        `${path} is in use by another process (is quizbot running?): stop it first`,
        { cause: error },
      );
    throw error;
  } finally {
    db.close();
  }
}

/** Removes a database file and its -wal / -shm companions, if present. */
function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    rmSync(`${path}${suffix}`, { force: true });
}

/**
 * Puts the backup `from` in place of the database at `to`, after saving the current one as
 * `saveAs`. The backup itself is only read (it may sit on a read-only mount): it is copied beside
 * the database first, and the copy is checked and renamed into place.
 * @throws StoreError `cannot_open` (a bad backup), `in_use` (the bot is running), `backup_failed`.
 */
export async function restoreFile(
  from: string,
  to: string,
  saveAs: string,
): Promise<RestoreResult> {
  if (!existsSync(from)) throw new StoreError('cannot_open', `there is no backup at ${from}`);
  checkNotInUse(to);
  const incoming = `${to}.restoring`;
  removeDatabaseFiles(incoming);
  try {
    mkdirSync(dirname(resolve(to)), { recursive: true });
    copyFileSync(from, incoming);
  } catch (error) {
    removeDatabaseFiles(incoming);
    throw new StoreError(
      'backup_failed',
      `cannot copy ${from} to ${incoming}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  try {
    checkBackup(incoming, from);
  } catch (error) {
    removeDatabaseFiles(incoming);
    throw error;
  }
  const previous = existsSync(to) ? (await backupFile(to, saveAs)).path : null;
  removeDatabaseFiles(to);
  renameSync(incoming, to);
  return { path: to, previous };
}
