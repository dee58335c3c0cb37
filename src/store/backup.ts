/**
 * Online backup with SQLite's backup API (better-sqlite3 `db.backup`): a consistent copy of the
 * database as of one moment, safe while the bot keeps writing. Writes from another connection make
 * SQLite restart the copy; each restart doubles the pages copied per step, so a busy database is
 * still copied in a bounded number of steps. The copy is written beside the destination, checked
 * with `PRAGMA integrity_check`, then renamed into place: a failed or interrupted backup never
 * leaves a half-written file under the destination's name.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { StoreError } from './errors.ts';

const FIRST_STEP_PAGES = 1024;

export interface BackupResult {
  path: string;
  pages: number;
  /** How many times writes from another connection made SQLite start the copy again. */
  restarts: number;
}

/** Copies the open database `source` to `destination` (overwritten if present) and checks the copy. */
export async function backupDatabase(
  source: Database.Database,
  destination: string,
): Promise<BackupResult> {
  const target = destination.trim();
  if (target === '' || target === ':memory:')
    throw new StoreError('bad_input', 'a backup needs a file path');
  if (
    source.name !== ':memory:' &&
    source.name !== '' &&
    resolve(source.name) === resolve(target)
  ) {
    throw new StoreError(
      'bad_input',
      `${target} is the database itself: choose another path for the backup`,
    );
  }
  const folder = dirname(resolve(target));
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new StoreError('backup_failed', `cannot write to ${folder}: ${reason(error)}`, {
      cause: error,
    });
  }
  const partial = `${target}.partial`;
  removeDatabaseFiles(partial);

  let rate = FIRST_STEP_PAGES;
  let lastRemaining = Number.POSITIVE_INFINITY;
  let restarts = 0;
  let done: Database.BackupMetadata;
  try {
    done = await source.backup(partial, {
      progress: ({ remainingPages }) => {
        if (remainingPages > lastRemaining) {
          restarts += 1;
          rate = Math.min(rate * 2, 0x7fffffff);
        }
        lastRemaining = remainingPages;
        return rate;
      },
    });
    const copy = new Database(partial, { fileMustExist: true });
    try {
      const result = copy.pragma('integrity_check', { simple: true });
      if (result !== 'ok')
        throw new StoreError(
          'backup_failed',
          `the backup failed its integrity check: ${String(result)}`,
        );
    } finally {
      copy.close();
    }
  } catch (error) {
    removeDatabaseFiles(partial);
    if (error instanceof StoreError) throw error;
    throw new StoreError('backup_failed', `cannot back up to ${target}: ${reason(error)}`, {
      cause: error,
    });
  }
  // A stale -wal beside the old file would be replayed onto the new one: remove it first.
  removeDatabaseFiles(target);
  renameSync(partial, target);
  return { path: target, pages: done.totalPages, restarts };
}

/** A file-system error as a person reads it (`permission denied`), else its message. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOSPC') return 'no space left on the device';
  return (error as Error).message;
}

/** Removes a database file and its -wal / -shm companions, if present. */
function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    rmSync(`${path}${suffix}`, { force: true });
}

/**
 * Backs up the database file at `sourcePath` (which must exist) from a connection of its own, as
 * the `quizbot backup` command does beside a running bot. Migrations are not run: the copy is of
 * the file as it is.
 */
export async function backupFile(
  sourcePath: string,
  destination: string,
  busyTimeoutMs = 5000,
): Promise<BackupResult> {
  if (!existsSync(sourcePath))
    throw new StoreError('cannot_open', `there is no database at ${sourcePath}`);
  let source: Database.Database;
  try {
    source = new Database(sourcePath, { fileMustExist: true, timeout: busyTimeoutMs });
  } catch (error) {
    throw new StoreError(
      'cannot_open',
      `cannot open the database ${sourcePath}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  try {
    source.pragma('schema_version');
  } catch (error) {
    source.close();
    throw new StoreError(
      'cannot_open',
      `cannot open the database ${sourcePath}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  try {
    return await backupDatabase(source, destination);
  } finally {
    source.close();
  }
}
