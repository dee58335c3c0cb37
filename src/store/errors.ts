/**
 * Failures of the store the caller can act on. Anything else (a disk error, a bug) is a plain
 * SQLite error and propagates unchanged.
 */
export type StoreErrorCode =
  /** An argument the store refuses (bad date, choice out of range…); the message names it. */
  | 'bad_input'
  /** The row the call refers to does not exist. */
  | 'not_found'
  /** The migration files themselves are wrong (numbering, names). */
  | 'bad_migrations'
  /** The database holds a migration this code does not know (written by a newer quizbot). */
  | 'unknown_migration'
  /** A migration failed; the database is left as it was before that migration. */
  | 'migration_failed'
  /** The database file cannot be opened or is missing where it must exist. */
  | 'cannot_open'
  /** A backup could not be written or its copy failed the integrity check (nothing was left behind). */
  | 'backup_failed'
  /** Another process (a running quizbot) has the database open: stop it first. */
  | 'in_use';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

/** Throws a `bad_input` {@link StoreError} unless `ok`. */
export function check(ok: boolean, message: string): asserts ok {
  if (!ok) throw new StoreError('bad_input', message);
}
