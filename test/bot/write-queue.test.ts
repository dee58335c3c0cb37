/** The write queue: writes that find the database locked wait, in order, without blocking the loop. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LockWaitAbandoned, WriteQueue } from '../../src/bot/write-queue.ts';
import { isBusyError } from '../../src/store/errors.ts';

const busy = (): Error => Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });

/** A database stand-in: writes throw a busy error while `locked`. */
function fakeDb() {
  const state = { locked: false, written: [] as string[], tries: 0 };
  const write = (what: string) => () => {
    state.tries += 1;
    if (state.locked) throw busy();
    state.written.push(what);
    return what.toUpperCase();
  };
  return { state, write };
}

describe('WriteQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const queue = (options: Partial<ConstructorParameters<typeof WriteQueue>[0]> = {}) =>
    new WriteQueue({
      isBusy: (e) => (e as { code?: string }).code === 'SQLITE_BUSY',
      clock: () => Date.now(),
      ...options,
    });

  it('writes at once when the database is free (no timer, the same turn)', async () => {
    const { state, write } = fakeDb();
    const q = queue();
    const done = q.run(write('a'));
    expect(state.written).toEqual(['a']);
    expect(await done).toBe('A');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('queues locked writes, tells the caller once, and writes them in order when the lock goes', async () => {
    const { state, write } = fakeDb();
    const onLocked = vi.fn();
    const onUnlocked = vi.fn();
    const q = queue({ onLocked, onUnlocked, firstDelayMs: 20, maxDelayMs: 200 });
    state.locked = true;
    const told: string[] = [];
    const results = ['a', 'b', 'c'].map((w) => q.run(write(w), () => told.push(w)));
    expect(told).toEqual(['a', 'b', 'c']);
    expect(q.size).toBe(3);
    expect(onLocked).toHaveBeenCalledTimes(1);
    // Only the oldest write probes the lock, less and less often: 20, 40, 80, 160, 200, 200 ms.
    await vi.advanceTimersByTimeAsync(20 + 40 + 80 + 160 + 200 + 200);
    expect(state.tries).toBe(1 + 6);
    state.locked = false;
    await vi.advanceTimersByTimeAsync(200);
    expect(await Promise.all(results)).toEqual(['A', 'B', 'C']);
    expect(state.written).toEqual(['a', 'b', 'c']);
    expect(onUnlocked).toHaveBeenCalledWith(900, 3);
    // Free again: the next write goes straight through.
    expect(await q.run(write('d'))).toBe('D');
  });

  it('keeps the order: a write arriving while others wait queues behind them even if the lock is gone', async () => {
    const { state, write } = fakeDb();
    const q = queue({ firstDelayMs: 10 });
    state.locked = true;
    const first = q.run(write('first'));
    state.locked = false;
    const second = q.run(write('second'));
    expect(state.written).toEqual([]);
    await vi.advanceTimersByTimeAsync(10);
    expect(await Promise.all([first, second])).toEqual(['FIRST', 'SECOND']);
    expect(state.written).toEqual(['first', 'second']);
  });

  it('rejects a write that fails for another reason, and goes on with the next', async () => {
    const q = queue({ firstDelayMs: 10 });
    let locked = true;
    const broken = q.run(() => {
      if (locked) throw busy();
      throw new Error('constraint failed');
    });
    const brokenOutcome = broken.catch((e: unknown) => e);
    const fine = q.run(() => 'ok');
    locked = false;
    await vi.advanceTimersByTimeAsync(10);
    expect(await brokenOutcome).toMatchObject({ message: 'constraint failed' });
    expect(await fine).toBe('ok');
    await expect(q.run(() => JSON.parse('{'))).rejects.toThrow(SyntaxError);
  });

  it('gives a write up with the busy error after maxWaitMs', async () => {
    const { state, write } = fakeDb();
    const q = queue({ firstDelayMs: 100, maxDelayMs: 100, maxWaitMs: 1_000 });
    state.locked = true;
    const waiting = q.run(write('a'));
    const outcome = waiting.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await outcome).toMatchObject({ code: 'SQLITE_BUSY' });
    expect(q.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('abandons every waiting write at shutdown', async () => {
    const { state, write } = fakeDb();
    const q = queue();
    state.locked = true;
    const waiting = [q.run(write('a')), q.run(write('b'))].map((w) => w.catch((e: unknown) => e));
    q.abandon('stopping');
    for (const w of waiting) expect(await w).toBeInstanceOf(LockWaitAbandoned);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('WriteQueue, grouping writes into one transaction (real SQLite)', () => {
  function setup(path = ':memory:') {
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 10');
    db.exec('CREATE TABLE IF NOT EXISTS t (v TEXT NOT NULL UNIQUE)');
    const tx = db.transaction((work: () => unknown) => work());
    let commits = 0;
    const q = new WriteQueue({
      isBusy: isBusyError,
      firstDelayMs: 10,
      transaction: <T>(work: () => T): T => {
        const outer = !db.inTransaction;
        const result = tx.immediate(work) as T;
        if (outer) commits += 1;
        return result;
      },
    });
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    const put = (v: string) => () => insert.run(v).changes;
    const rows = () =>
      (db.prepare('SELECT v FROM t ORDER BY rowid').all() as { v: string }[]).map((r) => r.v);
    return { db, q, put, rows, commits: () => commits };
  }

  it('writes the writes of one turn in one commit, each settling on its own', async () => {
    const { db, q, put, rows, commits } = setup();
    const settled = await Promise.allSettled([
      q.run(put('a')),
      q.run(put('b')),
      q.run(put('a')), // breaks UNIQUE: only this one fails, its savepoint rolled back
      q.run(put('c')),
    ]);
    expect(settled.map((s) => s.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(rows()).toEqual(['a', 'b', 'c']);
    expect(commits()).toBe(1);
    await q.run(put('d'));
    expect(commits()).toBe(2);
    db.close();
  });

  it('queues the whole group behind another connection’s lock and writes it in one commit once free', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'quizbot-queue-'));
    try {
      const path = join(dir, 'q.db');
      const { db, q, put, rows, commits } = setup(path);
      const other = new Database(path);
      other.exec('BEGIN IMMEDIATE');
      const told: string[] = [];
      const results = ['a', 'b', 'c'].map((v) => q.run(put(v), () => told.push(v)));
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(told).toEqual(['a', 'b', 'c']);
      expect(q.size).toBe(3);
      expect(rows()).toEqual([]);
      other.exec('COMMIT');
      other.close();
      expect(await Promise.all(results)).toEqual([1, 1, 1]);
      expect(rows()).toEqual(['a', 'b', 'c']);
      expect(commits()).toBe(1);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
