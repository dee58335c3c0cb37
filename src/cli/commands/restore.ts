/**
 * `quizbot restore BACKUP` — puts a backup made by `quizbot backup` back as the database
 * (`QUIZBOT_DB`). The backup is checked first; the bot must be stopped (a database another
 * process has open is refused); the database being replaced is saved first as
 * `backups/quizbot-before-restore-<time>.db` beside it, so a restore can itself be undone.
 *
 * Exit 0 when restored; 1 when it could not be (nothing changed); 2 for a bad environment.
 */
import { join, resolve } from 'node:path';
import { ConfigError, loadConfig, loadDotEnv } from '../../config.ts';
import { StoreError } from '../../store/errors.ts';
import { restoreFile } from '../../store/restore.ts';
import { parseArgs } from '../cli-args.ts';
import { backupFileName, defaultBackupFolder } from './backup.ts';

const USAGE = `usage: quizbot restore BACKUP

Replaces the database (QUIZBOT_DB, default data/quizbot.db) with BACKUP, a file written by
quizbot backup. Stop quizbot first. The database being replaced is kept as
backups/quizbot-before-restore-<time>.db beside it. Newer migrations are applied at the next start.
`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { flags: ['help'] });
  if (parsed.flags.has('help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.errors.length > 0 || parsed.positional.length !== 1) {
    const problem =
      parsed.errors.join('; ') ||
      (parsed.positional.length === 0 ? 'name the backup to restore' : 'name exactly one backup');
    process.stderr.write(`quizbot restore: ${problem}\n\n${USAGE}`);
    return 1;
  }
  loadDotEnv();
  let databasePath: string;
  try {
    databasePath = loadConfig().databasePath;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`quizbot restore: ${error.message}\n`);
    return 2;
  }
  const from = parsed.positional[0]!;
  const saveAs = join(
    defaultBackupFolder(databasePath),
    backupFileName(new Date()).replace(/^quizbot-/, 'quizbot-before-restore-'),
  );
  try {
    const result = await restoreFile(from, databasePath, saveAs);
    const kept = result.previous
      ? ` (the database it replaced is kept as ${resolve(result.previous)})`
      : '';
    process.stdout.write(`restored ${resolve(result.path)} from ${from}${kept}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    process.stderr.write(`quizbot restore: ${error.message}\n`);
    return 1;
  }
}
