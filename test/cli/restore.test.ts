/**
 * `quizbot restore BACKUP`: the backup is checked, the bot must be stopped (an idle process that
 * has the database open is enough to refuse), the database it replaces is kept, and the restored
 * database is whole — with the real migrations and SQLite files.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run as backup } from '../../src/cli/commands/backup.ts';
import { run as restore } from '../../src/cli/commands/restore.ts';
import { openStore } from '../../src/store/index.ts';
import { verifyDatabase } from '../store/verify-db.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let out: string;
let err: string;
const savedDb = process.env.QUIZBOT_DB;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quizbot-cli-restore-'));
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  process.env.QUIZBOT_DB = join(dir, 'data', 'quizbot.db');
});
afterEach(() => {
  vi.restoreAllMocks();
  if (savedDb === undefined) delete process.env.QUIZBOT_DB;
  else process.env.QUIZBOT_DB = savedDb;
  rmSync(dir, { recursive: true, force: true });
});

/** Records one answer by `user` on a post of `date` in the database QUIZBOT_DB names. */
function answer(user: string, date: string): void {
  const store = openStore(process.env.QUIZBOT_DB!);
  const { post } = store.createPost({
    platform: 'console',
    teamId: 'local',
    channelId: 'terminal',
    localDate: date,
    questionId: 'q',
    conceptId: 'c',
    correctIndex: 0,
    choiceCount: 3,
    openedAt: 0,
    closesAt: 10,
  });
  store.recordAnswer({
    postId: post.id,
    userId: user,
    userName: user,
    choiceIndex: 0,
    choiceText: 'A',
    at: 1,
  });
  store.close();
}

const users = (path: string) =>
  verifyDatabase(path)
    .answers.map((a) => a.userId)
    .sort();

describe('quizbot restore', () => {
  it('puts the backup back and keeps the database it replaced', async () => {
    answer('alice', '2026-11-27');
    const copy = join(dir, 'copy.db');
    expect(await backup([copy])).toBe(0);
    answer('bob', '2026-11-28');
    out = '';
    expect(await restore([copy])).toBe(0);
    expect(users(process.env.QUIZBOT_DB!)).toEqual(['alice']);
    const kept = readdirSync(join(dir, 'data', 'backups'));
    expect(kept).toEqual([expect.stringMatching(/^quizbot-before-restore-.*Z\.db$/)]);
    expect(users(join(dir, 'data', 'backups', kept[0]!))).toEqual(['alice', 'bob']);
    expect(out).toMatch(
      /^restored .*quizbot\.db from .*copy\.db \(the database it replaced is kept as .*quizbot-before-restore-/,
    );
    // The backup is only read: nothing is written beside it (it may be on a read-only mount).
    expect(readdirSync(dir).filter((n) => n.startsWith('copy.db'))).toEqual(['copy.db']);
    expect(readdirSync(join(dir, 'data')).filter((n) => n.includes('restoring'))).toEqual([]);
    // The bot starts on it as usual.
    openStore(process.env.QUIZBOT_DB!).close();
  });

  it('restores into an empty place too', async () => {
    answer('alice', '2026-11-27');
    const copy = join(dir, 'copy.db');
    expect(await backup([copy])).toBe(0);
    rmSync(join(dir, 'data'), { recursive: true });
    expect(await restore([copy])).toBe(0);
    expect(users(process.env.QUIZBOT_DB!)).toEqual(['alice']);
  });

  it('refuses while another process has the database open, even an idle one, and changes nothing', async () => {
    answer('alice', '2026-11-27');
    const copy = join(dir, 'copy.db');
    expect(await backup([copy])).toBe(0);
    answer('bob', '2026-11-28');
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const db = new D(process.argv[1]);
         db.pragma('journal_mode = WAL'); db.prepare('SELECT 1').get();
         process.stdout.write('open\\n'); setInterval(() => {}, 1000);`,
        process.env.QUIZBOT_DB!,
      ],
      { cwd: ROOT },
    );
    try {
      await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
      expect(await restore([copy])).toBe(1);
      expect(err).toMatch(
        /^quizbot restore: .*quizbot\.db is in use by another process \(is quizbot running\?\): stop it first\n$/,
      );
    } finally {
      holder.kill('SIGKILL');
      await new Promise((resolve) => holder.on('exit', resolve));
    }
    expect(users(process.env.QUIZBOT_DB!)).toEqual(['alice', 'bob']);
    expect(existsSync(join(dir, 'data', 'backups'))).toBe(false);
  });

  it('refuses what is not a quizbot backup, and a missing one, and changes nothing', async () => {
    answer('alice', '2026-11-27');
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'not a database '.repeat(100));
    expect(await restore([text])).toBe(1);
    expect(err).toMatch(/^quizbot restore: .*notes\.txt cannot be restored: /);
    err = '';
    expect(await restore([join(dir, 'missing.db')])).toBe(1);
    expect(err).toMatch(/^quizbot restore: there is no backup at .*missing\.db\n$/);
    expect(users(process.env.QUIZBOT_DB!)).toEqual(['alice']);
  });

  it.each([[[]], [['a.db', 'b.db']], [['a.db', '--fast']]])(
    'explains its usage for %j',
    async (args) => {
      expect(await restore(args)).toBe(1);
      expect(err).toMatch(/^quizbot restore: .+\n\nusage: quizbot restore BACKUP/);
    },
  );
});
