/**
 * `quizbot backup [PATH] [--force]` — a consistent online copy of the database (`QUIZBOT_DB`,
 * default `data/quizbot.db`) made with SQLite's backup API, safe while the bot runs. PATH may be a
 * folder (existing, or written with a trailing `/`): the copy is then `quizbot-<UTC time>.db` in
 * it; without PATH it is the `backups/` folder beside the database (`/data/backups/` in Docker).
 * An existing file is only overwritten with `--force`. `quizbot restore` puts a copy back.
 *
 * Exit 0 when the copy passed its integrity check; 1 when it could not be made; 2 for a bad
 * environment.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { ConfigError, loadConfig, loadDotEnv } from '../../config.ts';
import { backupFile } from '../../store/backup.ts';
import { StoreError } from '../../store/errors.ts';
import { parseArgs } from '../cli-args.ts';

const USAGE = `usage: quizbot backup [PATH] [--force]

Copies the database (QUIZBOT_DB, default data/quizbot.db) while the bot runs, checked with
PRAGMA integrity_check. PATH is a file, or a folder for quizbot-<time>.db; without PATH, the
backups/ folder beside the database. --force overwrites an existing file.
`;

/** Where a backup goes when no PATH is given: `backups/` beside the database. */
export function defaultBackupFolder(databasePath: string): string {
  return join(dirname(databasePath), 'backups') + sep;
}

/** `quizbot-2026-11-28T07-30-05Z.db`: sortable, and valid on every file system. */
export function backupFileName(now: Date): string {
  return `quizbot-${now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-')}.db`;
}

function destinationFor(path: string, now: Date): string {
  const isFolder =
    path.endsWith('/') || path.endsWith(sep) || (existsSync(path) && statSync(path).isDirectory());
  return isFolder ? join(path, backupFileName(now)) : path;
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { flags: ['force', 'help'] });
  if (parsed.flags.has('help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.errors.length > 0 || parsed.positional.length > 1) {
    const problem = parsed.errors.join('; ') || 'name at most one backup path';
    process.stderr.write(`quizbot backup: ${problem}\n${USAGE}`);
    return 1;
  }

  loadDotEnv();
  let databasePath: string;
  try {
    databasePath = loadConfig().databasePath;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`quizbot backup: ${error.message}\n`);
    return 2;
  }

  const destination = destinationFor(
    parsed.positional[0] ?? defaultBackupFolder(databasePath),
    new Date(),
  );
  if (existsSync(destination) && !parsed.flags.has('force')) {
    process.stderr.write(
      `quizbot backup: ${destination} already exists; pass --force to overwrite it\n`,
    );
    return 1;
  }
  if (!existsSync(databasePath)) {
    process.stderr.write(
      `quizbot backup: there is no database at ${databasePath} (set QUIZBOT_DB to the bot's database)\n`,
    );
    return 1;
  }
  try {
    const result = await backupFile(databasePath, destination);
    const restarts =
      result.restarts > 0 ? `, restarted ${result.restarts}× by concurrent writes` : '';
    process.stdout.write(
      `backed up ${databasePath} to ${resolve(result.path)} (${result.pages} pages${restarts}; integrity ok)\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    process.stderr.write(`quizbot backup: ${error.message}\n`);
    return 1;
  }
}
