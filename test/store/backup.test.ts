/**
 * A backup taken while another process keeps writing restores (copy the file back) to a database
 * that passes the same checks as after a crash: integrity, and boards equal to the raw answers.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, StoreError } from '../../src/store/index.ts';
import { createPost, openTestStore, SLACK, tempDir } from './helpers.ts';
import { startWorker } from './processes.ts';
import { verifyDatabase } from './verify-db.ts';

describe('backup', () => {
  it('copies a database that another process is writing to, and the copy restores', async () => {
    const dir = tempDir();
    const live = join(dir, 'live.db');
    const worker = startWorker(['record-forever', live]);
    try {
      await worker.waitFor(800);
      const store = openStore(live);
      const before = worker.lines.length;
      const result = await store.backupWithReport(join(dir, 'backups', 'copy.db'));
      // Lines the worker printed before the copy was taken may still wait in the pipe: read them.
      for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
      const after = worker.lines.length;
      store.close();
      await worker.waitFor(after + 200); // the writer kept going
      expect(result.pages).toBeGreaterThan(0);

      const { answers } = verifyDatabase(result.path);
      expect(answers.length).toBeGreaterThanOrEqual(before);
      expect(answers.length).toBeLessThanOrEqual(after + 1);

      // Restore = copy the file back (with the bot stopped), then open it.
      const restored = join(dir, 'restored.db');
      copyFileSync(result.path, restored);
      expect(verifyDatabase(restored).answers).toEqual(answers);
      const back = openStore(restored);
      expect(
        back.leaderboard({
          scope: { kind: 'channel', channel: SLACK },
          period: 'all',
          today: '2030-01-01',
          limit: 50,
        }).rows.length,
      ).toBe(40);
      back.close();
    } finally {
      worker.child.kill('SIGKILL');
      await worker.exited;
    }
  });

  it('backs up a private in-memory store too', async () => {
    const dir = tempDir();
    const store = openStore(':memory:');
    const post = createPost(store, SLACK, '2026-11-27');
    store.recordAnswer({
      postId: post.id,
      userId: 'U1',
      userName: 'A',
      choiceIndex: 1,
      choiceText: 'B',
      at: post.openedAt + 1,
    });
    await store.backup(join(dir, 'mem.db'));
    store.close();
    expect(verifyDatabase(join(dir, 'mem.db')).answers).toEqual([
      { postId: post.id, userId: 'U1' },
    ]);
  });

  it('refuses to back a database up onto itself', async () => {
    const dir = tempDir();
    const store = openTestStore(dir);
    await expect(store.backup(join(dir, 'quizbot.db'))).rejects.toThrow(
      /is the database itself: choose another path/,
    );
    await expect(store.backup('  ')).rejects.toBeInstanceOf(StoreError);
  });
});
