/**
 * The migration runner: numbered plain-SQL files (`migrations/0001_init.sql` …) applied in order,
 * each in its own `BEGIN IMMEDIATE` transaction and recorded in `schema_migrations`. Two processes
 * starting at once are safe: each migration is re-checked inside its transaction. A database that
 * holds a migration this code does not know is refused before anything is changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { StoreError } from './errors.ts';

export interface Migration {
  version: number;
  /** File name without number and extension, e.g. `init`. */
  name: string;
  sql: string;
}

/** `migrations/` at the root of the project. */
export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

const FILE_NAME = /^(\d{4})_([a-z0-9][a-z0-9_]*)\.sql$/;

const label = (m: { version: number; name: string }): string =>
  `${String(m.version).padStart(4, '0')}_${m.name}`;

/** Reads and checks the migration files: `NNNN_name.sql`, numbered 1, 2, 3… without gaps. */
export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const migrations = files.map((file, i): Migration => {
    const match = FILE_NAME.exec(file);
    if (!match) {
      throw new StoreError(
        'bad_migrations',
        `${join(dir, file)}: a migration file must be named NNNN_name.sql (four digits, lower-case name)`,
      );
    }
    const version = Number(match[1]);
    if (version !== i + 1) {
      throw new StoreError(
        'bad_migrations',
        `${join(dir, file)}: expected migration number ${String(i + 1).padStart(4, '0')} here (numbers start at 0001 and have no gaps or repeats)`,
      );
    }
    return { version, name: match[2]!, sql: readFileSync(join(dir, file), 'utf8') };
  });
  return migrations;
}

/** Migrations recorded in the database, oldest first (empty for a new database). */
export function appliedMigrations(db: Database.Database): { version: number; name: string }[] {
  const table = db
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`)
    .get();
  if (!table) return [];
  return db
    .prepare<[], { version: number; name: string }>(
      'SELECT version, name FROM schema_migrations ORDER BY version',
    )
    .all();
}

function refuseUnknown(db: Database.Database, known: Migration[], where: string): void {
  const byVersion = new Map(known.map((m) => [m.version, m]));
  for (const applied of appliedMigrations(db)) {
    const mine = byVersion.get(applied.version);
    if (mine && mine.name === applied.name) continue;
    const knows =
      known.length > 0 ? `${label(known[0]!)} to ${label(known[known.length - 1]!)}` : 'none';
    throw new StoreError(
      'unknown_migration',
      `${where}: the database holds migration ${label(applied)}, which this version of quizbot does not know ` +
        `(it knows ${knows}). It was written by another (probably newer) quizbot: run that version, ` +
        `or restore a backup taken before it. Nothing was changed.`,
    );
  }
}

/**
 * Brings the database up to the last of `migrations`.
 * @param where the database path, for messages.
 * @returns the versions applied by this call.
 */
export function migrate(
  db: Database.Database,
  migrations: Migration[],
  where = 'database',
): number[] {
  refuseUnknown(db, migrations, where);
  const applied: number[] = [];
  for (const migration of migrations) {
    const apply = db.transaction(() => {
      db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`);
      const done = db
        .prepare('SELECT 1 FROM schema_migrations WHERE version = ?')
        .get(migration.version);
      if (done) return false;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        Date.now(),
      );
      return true;
    });
    try {
      if (apply.immediate()) applied.push(migration.version);
    } catch (error) {
      throw new StoreError(
        'migration_failed',
        `${where}: migration ${label(migration)} failed and was rolled back: ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
  // Another process may have raced ahead with newer code between the check and now.
  refuseUnknown(db, migrations, where);
  return applied;
}
