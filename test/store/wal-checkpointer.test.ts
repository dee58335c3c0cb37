/**
 * WAL checkpoints from a worker thread: the bot's connection never checkpoints inside a commit,
 * the worker's checkpoints keep the WAL from growing, nothing written is lost, and a failed
 * worker hands checkpoints back to the connection.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, openStore } from '../../src/store/index.ts';
import { type CheckpointReport, startWalCheckpointer } from '../../src/store/wal-checkpointer.ts';
import { tempDir } from './helpers.ts';

const until = async (done: () => boolean, what: string): Promise<void> => {
  const deadline = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

/** Writes about 2,000 pages (8 MB) of WAL in 200 commits. */
function writeMuch(db: ReturnType<typeof openDatabase>): void {
  db.exec('CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, body TEXT)');
  const insert = db.prepare('INSERT INTO filler (body) VALUES (?)');
  const commit = db.transaction((n: number) => {
    for (let i = 0; i < 10; i++) insert.run(`${n}:${i}:${'x'.repeat(4000)}`);
  });
  for (let n = 0; n < 200; n++) commit(n);
}

describe('startWalCheckpointer', () => {
  it('turns off the connection’s own checkpoints and checkpoints from the worker, losing nothing', async () => {
    const path = join(tempDir(), 'quizbot.db');
    const db = openDatabase(path);
    const reports: CheckpointReport[] = [];
    const checkpointer = startWalCheckpointer(db, path, {
      intervalMs: 50,
      onReport: (r) => reports.push(r),
    });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    writeMuch(db);
    // Past SQLite's 1,000-page threshold, no commit checkpointed: the WAL holds every page.
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(1000 * 4096);
    // A checkpoint of every frame written so far (one the worker ran during the writes covers
    // only part of them): a WAL file is a 32-byte header and frames of 24 bytes + a page.
    const frames = (statSync(`${path}-wal`).size - 32) / (24 + 4096);
    await until(
      () => reports.some((r) => r.checkpointed === r.log && r.log >= frames),
      'a full checkpoint',
    );
    // Checkpointed, the next commit starts the WAL over from its beginning. (The worker stops
    // first: a checkpoint it were running would hold a read mark and keep the WAL from restarting.)
    await checkpointer.stop();
    writeMuch(db);
    const walAfter = statSync(`${path}-wal`).size;
    db.close();
    expect(walAfter).toBeLessThan(2 * 2100 * 4096);
    const again = openDatabase(path);
    expect(again.prepare('SELECT count(*) AS n FROM filler').get()).toEqual({ n: 4000 });
    again.close();
  });

  it('gives checkpoints back to the connection when the worker fails', async () => {
    const path = join(tempDir(), 'quizbot.db');
    const db = openDatabase(path);
    const errors: Error[] = [];
    // A folder is no database: the worker fails at once.
    startWalCheckpointer(db, tempDir(), { onError: (e) => errors.push(e) });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await until(() => errors.length > 0, 'the worker to fail');
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    db.close();
  });

  it('runs for the bot’s store (openStore with checkpointInBackground) and stops with it', async () => {
    const path = join(tempDir(), 'quizbot.db');
    const store = openStore(path, { checkpointInBackground: true });
    expect(store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await store.close();
    const plain = openStore(path);
    expect(plain.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    plain.close();
  });

  it('leaves no -wal file once close() resolves, however soon after opening it is called', async () => {
    // Closed before the worker has opened its connection, and after. Only the last connection to
    // close removes the WAL; close() used to return before the worker's had, and a process exiting
    // at once (the bot's quick exit when Slack refuses its token) left a -wal file behind about
    // once in a few hundred runs (test/main/shutdown.test.ts). main.ts awaits it before exiting;
    // the order of the two closes is the next test's.
    for (const waitMs of [0, 20, 300]) {
      const path = join(tempDir(), 'quizbot.db');
      const store = openStore(path, { checkpointInBackground: true });
      store.db.exec('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)');
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      await store.close();
      expect(existsSync(`${path}-wal`)).toBe(false);
    }
  });

  it('closes the worker’s connection before the bot’s, so the bot’s close is the last and removes the WAL', async () => {
    // SQLite removes the -wal file only in a close that gets an exclusive lock on the database
    // file, i.e. finds no other connection open. close() used to post 'stop' to the worker and
    // close the bot's connection in the same tick; the worker closed its own on its thread at the
    // same moment, each close saw the other's lock, and neither removed the WAL (a -wal file left
    // after a clean exit 0, test/main/shutdown.test.ts under load). So the order is the contract:
    // the worker has exited, the bot's connection still open, and only then does that one close.
    const path = join(tempDir(), 'quizbot.db');
    const store = openStore(path);
    let checkpointed = false;
    const worker = startWalCheckpointer(store.db, path, {
      intervalMs: 10,
      onReport: () => {
        checkpointed = true;
      },
    });
    let botOpenWhenWorkerClosed: boolean | null = null;
    store.checkpointWith({
      async stop() {
        await worker.stop();
        botOpenWhenWorkerClosed = store.db.open;
      },
    });
    store.db.exec('CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1)');
    // The worker's connection has the WAL open (and holds its lock) once it has checkpointed.
    await until(() => checkpointed, 'a checkpoint by the worker');
    store.db.exec('INSERT INTO t VALUES (2)'); // written just before the close: kept
    const closing = store.close();
    expect(store.close()).toBe(closing); // every call gets the same wait
    await closing;
    expect(botOpenWhenWorkerClosed).toBe(true);
    expect(store.db.open).toBe(false);
    expect(existsSync(`${path}-wal`)).toBe(false);
    const again = openDatabase(path);
    expect(again.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 2 });
    again.close();
  });

  it('resolves stop() at once for a worker that already failed, and again for a second call', async () => {
    const path = join(tempDir(), 'quizbot.db');
    const db = openDatabase(path);
    const errors: Error[] = [];
    const checkpointer = startWalCheckpointer(db, tempDir(), { onError: (e) => errors.push(e) });
    await until(() => errors.length > 0, 'the worker to fail');
    await checkpointer.stop();
    await checkpointer.stop();
    db.close();
  });
});
