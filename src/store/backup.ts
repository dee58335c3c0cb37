/**
 * Online backup with SQLite's backup API (better-sqlite3 `db.backup`): a consistent copy of the
 * database as of one moment, safe while the bot keeps writing. Writes from another connection make
 * SQLite restart the copy; each restart doubles the pages copied per step, so a busy database is
 * still copied in a bounded number of steps. The copy is checked with `PRAGMA integrity_check`.
 */
import { existsSync, mkdirSync } from 'node:fs';
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
export async function backupDatabase(source: Database.Database, destination: string): Promise<BackupResult> {
  const target = destination.trim();
  if (target === '' || target === ':memory:') throw new StoreError('bad_input', 'a backup needs a file path');
  if (source.name !== ':memory:' && source.name !== '' && resolve(source.name) === resolve(target)) {
    throw new StoreError('bad_input', `${target} is the database itself: choose another path for the backup`);
  }
  mkdirSync(dirname(resolve(target)), { recursive: true });

  let rate = FIRST_STEP_PAGES;
  let lastRemaining = Number.POSITIVE_INFINITY;
  let restarts = 0;
  const done = await source.backup(target, {
    progress: ({ remainingPages }) => {
      if (remainingPages > lastRemaining) {
        restarts += 1;
        rate = Math.min(rate * 2, 0x7fffffff);
      }
      lastRemaining = remainingPages;
      return rate;
    },
  });

  const copy = new Database(target, { fileMustExist: true });
  try {
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') {
      throw new StoreError('cannot_open', `the backup at ${target} failed its integrity check: ${String(result)}`);
    }
  } finally {
    copy.close();
  }
  return { path: target, pages: done.totalPages, restarts };
}

/**
 * Backs up the database file at `sourcePath` (which must exist) from a connection of its own, as
 * the `quizbot backup` command does beside a running bot. Migrations are not run: the copy is of
 * the file as it is.
 */
export async function backupFile(sourcePath: string, destination: string, busyTimeoutMs = 5000): Promise<BackupResult> {
  if (!existsSync(sourcePath)) throw new StoreError('cannot_open', `there is no database at ${sourcePath}`);
  let source: Database.Database;
  try {
    source = new Database(sourcePath, { fileMustExist: true, timeout: busyTimeoutMs });
  } catch (error) {
    throw new StoreError('cannot_open', `cannot open the database ${sourcePath}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return await backupDatabase(source, destination);
  } finally {
    source.close();
  }
}
