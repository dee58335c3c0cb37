/**
 * Restoring a backup: the backup is checked (`PRAGMA integrity_check`, and that it is a quizbot
 * database), the database must not be open in another process (a running bot), the current
 * database is first backed up beside it, and the backup is then written over it with SQLite's
 * backup API — so its `-wal` and `-shm` files stay consistent and nothing is half-copied.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { backupDatabase, backupFile } from './backup.ts';
import { StoreError } from './errors.ts';

export interface RestoreResult {
  /** The database that was restored. */
  path: string;
  /** Where the database was saved before it was overwritten; null when there was none. */
  previous: string | null;
}

/** Checks that `path` is a whole quizbot database. @throws StoreError `cannot_open` */
function checkBackup(path: string): void {
  if (!existsSync(path)) throw new StoreError('cannot_open', `there is no backup at ${path}`);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new StoreError('cannot_open', `cannot open ${path}: ${(error as Error).message}`, {
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
    throw new StoreError(
      'cannot_open',
      `${path} cannot be restored: ${(error as Error).message.replace(/^file is not a database$/, 'it is not a SQLite database')}`,
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

/**
 * Writes the backup `from` over the database at `to`, after saving the current one as `saveAs`.
 * @throws StoreError `cannot_open` (a bad backup), `in_use` (the bot is running), `backup_failed`.
 */
export async function restoreFile(
  from: string,
  to: string,
  saveAs: string,
): Promise<RestoreResult> {
  checkBackup(from);
  checkNotInUse(to);
  const previous = existsSync(to) ? (await backupFile(to, saveAs)).path : null;
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    await backupDatabase(source, to);
  } finally {
    source.close();
  }
  return { path: to, previous };
}
