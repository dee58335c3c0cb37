/**
 * `quizbot backup PATH`: the database named by QUIZBOT_DB is copied with the backup API — beside a
 * running writer too (the real CLI in a child process) — and bad paths or settings are named.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFileName, run } from '../../src/cli/commands/backup.ts';
import { openStore } from '../../src/store/index.ts';
import { startWorker } from '../store/processes.ts';
import { verifyDatabase } from '../store/verify-db.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let dir: string;
let out: string;
let err: string;
const savedDb = process.env.QUIZBOT_DB;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quizbot-cli-backup-'));
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  if (savedDb === undefined) delete process.env.QUIZBOT_DB;
  else process.env.QUIZBOT_DB = savedDb;
  rmSync(dir, { recursive: true, force: true });
});

function makeDatabase(): string {
  const path = join(dir, 'data', 'quizbot.db');
  const store = openStore(path);
  const { post } = store.createPost({
    platform: 'console',
    teamId: 'local',
    channelId: 'terminal',
    localDate: '2026-11-27',
    questionId: 'q',
    conceptId: 'c',
    correctIndex: 0,
    choiceCount: 3,
    openedAt: 0,
    closesAt: 10,
  });
  store.recordAnswer({
    postId: post.id,
    userId: 'me',
    userName: 'me',
    choiceIndex: 0,
    choiceText: 'A',
    at: 1,
  });
  store.close();
  process.env.QUIZBOT_DB = path;
  return path;
}

describe('quizbot backup', () => {
  it('copies the database to PATH and checks the copy', async () => {
    const source = makeDatabase();
    const target = join(dir, 'out', 'copy.db');
    expect(await run([target])).toBe(0);
    expect(out).toMatch(
      new RegExp(`^backed up ${source} to .*copy\\.db \\(\\d+ pages; integrity ok\\)\\n$`),
    );
    expect(verifyDatabase(target).answers).toEqual([{ postId: 1, userId: 'me' }]);
  });

  it('names the copy after the time when PATH is a folder', async () => {
    makeDatabase();
    const folder = join(dir, 'backups');
    mkdirSync(folder);
    expect(await run([folder])).toBe(0);
    expect(readdirSync(folder)).toEqual([
      expect.stringMatching(/^quizbot-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.db$/),
    ]);
    expect(await run([`${join(dir, 'new-folder')}/`])).toBe(0);
    expect(readdirSync(join(dir, 'new-folder'))).toHaveLength(1);
    expect(backupFileName(new Date(Date.UTC(2026, 10, 28, 7, 30, 5, 123)))).toBe(
      'quizbot-2026-11-28T07-30-05Z.db',
    );
  });

  it('overwrites an existing file only with --force', async () => {
    makeDatabase();
    const target = join(dir, 'copy.db');
    writeFileSync(target, 'keep me');
    expect(await run([target])).toBe(1);
    expect(err).toBe(`quizbot backup: ${target} already exists; pass --force to overwrite it\n`);
    expect(await run([target, '--force'])).toBe(0);
    expect(verifyDatabase(target).answers).toHaveLength(1);
  });

  it('names a missing database instead of creating an empty one', async () => {
    process.env.QUIZBOT_DB = join(dir, 'nowhere', 'quizbot.db');
    expect(await run([join(dir, 'copy.db')])).toBe(1);
    expect(err).toBe(
      `quizbot backup: there is no database at ${join(dir, 'nowhere', 'quizbot.db')} (set QUIZBOT_DB to the bot's database)\n`,
    );
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
    expect(existsSync(join(dir, 'copy.db'))).toBe(false);
  });

  it('refuses a file that is not a database and leaves no copy that looks good', async () => {
    const notDb = join(dir, 'notes.txt');
    writeFileSync(notDb, 'plain text, not SQLite '.repeat(50));
    process.env.QUIZBOT_DB = notDb;
    expect(await run([join(dir, 'copy.db')])).toBe(1);
    expect(err).toMatch(
      /^quizbot backup: cannot open the database .*notes\.txt: file is not a database\n$/,
    );
    expect(existsSync(join(dir, 'copy.db'))).toBe(false);
  });

  it('refuses the database itself as the target', async () => {
    const source = makeDatabase();
    expect(await run([source, '--force'])).toBe(1);
    expect(err).toMatch(/is the database itself: choose another path for the backup/);
  });

  it.each([[['a.db', 'b.db']], [['a.db', '--fast']]])('explains its usage for %j', async (args) => {
    expect(await run(args)).toBe(1);
    expect(err).toMatch(/^quizbot backup: .+\nusage: quizbot backup \[PATH\] \[--force\]/);
  });

  it('writes to the backups folder beside the database when no PATH is given', async () => {
    makeDatabase();
    expect(await run([])).toBe(0);
    expect(readdirSync(join(dir, 'data', 'backups'))).toEqual([
      expect.stringMatching(/^quizbot-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.db$/),
    ]);
  });

  it('says in one line why a folder cannot be written (no stack trace)', async () => {
    makeDatabase();
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    expect(await run([`${file}/backups/`])).toBe(1);
    expect(err).toMatch(/^quizbot backup: cannot write to .*a-file\/backups: .+\n$/);
    expect(err.split('\n')).toHaveLength(2);
  });

  it('reports a bad environment with exit 2', async () => {
    vi.stubEnv('QUIZBOT_LOCALE', 'fr');
    try {
      expect(await run([join(dir, 'copy.db')])).toBe(2);
      expect(err).toMatch(/QUIZBOT_LOCALE="fr" is not valid/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('works from the real command line while another process writes', async () => {
    const live = join(dir, 'live.db');
    const worker = startWorker(['record-forever', live]);
    try {
      await worker.waitFor(500);
      const target = join(dir, 'cli-copy.db');
      const cli = spawn(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'backup', target],
        {
          cwd: ROOT,
          env: { ...process.env, QUIZBOT_DB: live },
        },
      );
      let stdout = '';
      cli.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      const code = await new Promise<number | null>((resolve) => cli.on('exit', resolve));
      expect(code).toBe(0);
      expect(stdout).toMatch(/^backed up .*live\.db to .*cli-copy\.db/);
      expect(verifyDatabase(target).answers.length).toBeGreaterThanOrEqual(500);
    } finally {
      worker.child.kill('SIGKILL');
      await worker.exited;
    }
  });
});
