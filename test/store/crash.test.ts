/**
 * Crash safety: a second process records answers as fast as it can and is killed with SIGKILL in
 * the middle. The file must open, pass `PRAGMA integrity_check`, hold every answer whose call had
 * returned (the child prints each after the call), and its boards must equal the raw answers.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.ts';
import { tempDir } from './helpers.ts';
import { startWorker } from './processes.ts';
import { verifyDatabase } from './verify-db.ts';

describe('crash safety', () => {
  it('keeps every returned answer when the writer is killed with SIGKILL', async () => {
    const path = join(tempDir(), 'crash.db');
    const worker = startWorker(['record-forever', path]);
    await worker.waitFor(3000);
    worker.child.kill('SIGKILL');
    await worker.exited;
    const returned = worker.lines.filter((l) => /^\d+ U\d+$/.test(l));
    expect(returned.length).toBeGreaterThanOrEqual(3000);

    const { answers } = verifyDatabase(path);
    const stored = new Set(answers.map((a) => `${a.postId} ${a.userId}`));
    const missing = returned.filter((line) => !stored.has(line));
    expect(missing).toEqual([]);
    // At most the one call in flight can be in the file without having been printed.
    expect(answers.length - returned.length).toBeLessThanOrEqual(1);

    const store = openStore(path);
    const board = store.leaderboard({
      scope: { kind: 'team', platform: 'slack', teamId: 'T1' },
      period: 'all',
      today: '2030-01-01',
      limit: 100,
    });
    expect(board.rows.reduce((sum, r) => sum + r.answered, 0)).toBe(answers.length);
    store.close();
  });
});
