/**
 * One queue for the core's writes on the event path: it groups them into shared transactions, and
 * it never lets the event loop wait long on another process's lock (a backup, a second bot, a
 * `sqlite3` shell holding `BEGIN IMMEDIATE`).
 *
 * - Grouped (when given {@link WriteQueueOptions.transaction}): the writes asked for while the event
 *   loop handles one round of network input run together at the end of that round, each in its
 *   own savepoint inside one transaction, so they share one commit. Each caller still learns only
 *   its own write's result, and each write still commits whole or not at all.
 * - Locked: the store's connection waits at most its short busy timeout (tens of ms). Writes that
 *   still find the database locked are queued instead of failing: the queue tries them again after
 *   a pause that doubles each time (up to {@link WriteQueueOptions.maxDelayMs}), in order, and once
 *   the lock is gone writes them all in one transaction. Meanwhile acks, replies and `/healthz` keep
 *   flowing. A write that waited longer than {@link WriteQueueOptions.maxWaitMs} is given up with
 *   the store's busy error, so its caller can tell the user to try again.
 */

// The end of a round of input. Taken from node:timers, not the global: grouping is about when the
// event loop has read its input, so a test's fake clock must not hold writes back.
import { setImmediate as afterThisRound } from 'node:timers';

/** Why a waiting write was given up without having been tried to the end (see {@link WriteQueue.abandon}). */
export class LockWaitAbandoned extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockWaitAbandoned';
  }
}

export interface WriteQueueOptions {
  /** Whether an error means "locked by someone else; try again later". */
  isBusy: (error: unknown) => boolean;
  /**
   * Runs `work` in one write transaction (a savepoint when nested). With it, writes are grouped;
   * without it, each write runs on its own, at once.
   */
  transaction?: <T>(work: () => T) => T;
  /** Epoch ms. */
  clock?: () => number;
  /** First pause before a locked write is tried again (default 20 ms). */
  firstDelayMs?: number;
  /** Longest pause between tries (default 500 ms). */
  maxDelayMs?: number;
  /** Give a write up after waiting this long (default 60 s). */
  maxWaitMs?: number;
  /** Told when the database was found locked and when it took writes again. */
  onLocked?: (queued: number) => void;
  onUnlocked?: (waitedMs: number, written: number) => void;
}

interface Waiting {
  write: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  onQueued: (() => void) | undefined;
  since: number;
}

/** Groups writes and waits out locks; see the file comment. */
export class WriteQueue {
  /** Writes of this round of input, to run together at its end. */
  private readonly group: Waiting[] = [];
  private groupScheduled = false;
  /** Writes waiting for a lock to go, oldest first. */
  private readonly waiting: Waiting[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private delayMs: number;
  private lockedSince: number | null = null;
  private readonly clock: () => number;
  private readonly firstDelayMs: number;
  private readonly maxDelayMs: number;
  private readonly maxWaitMs: number;

  constructor(private readonly options: WriteQueueOptions) {
    this.clock = options.clock ?? Date.now;
    this.firstDelayMs = options.firstDelayMs ?? 20;
    this.maxDelayMs = options.maxDelayMs ?? 500;
    this.maxWaitMs = options.maxWaitMs ?? 60_000;
    this.delayMs = this.firstDelayMs;
  }

  /** Writes waiting for the lock. */
  get size(): number {
    return this.waiting.length;
  }

  /**
   * Runs `write` — with the others of this round when grouping, else at once — or, while the
   * database is locked, after the writes queued before it.
   * @param onQueued called once, synchronously, when the write has to wait for a lock
   */
  run<T>(write: () => T, onQueued?: () => void): Promise<T> {
    if (!this.options.transaction && this.waiting.length === 0) {
      try {
        return Promise.resolve(write());
      } catch (error) {
        if (!this.options.isBusy(error)) return Promise.reject(error);
      }
    }
    return new Promise<T>((resolve, reject) => {
      const item: Waiting = {
        write,
        resolve: resolve as (value: unknown) => void,
        reject,
        onQueued,
        since: this.clock(),
      };
      if (this.options.transaction && this.lockedSince === null) {
        this.group.push(item);
        if (!this.groupScheduled) {
          this.groupScheduled = true;
          afterThisRound(() => this.writeGroup());
        }
        return;
      }
      this.wait([item]);
    });
  }

  /** Gives up every waiting write with a {@link LockWaitAbandoned} (at shutdown, when the lock outlives the process). */
  abandon(reason: string): void {
    const error = new LockWaitAbandoned(reason);
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const w of this.waiting.splice(0)) w.reject(error);
    this.lockedSince = null;
    this.delayMs = this.firstDelayMs;
  }

  private writeGroup(): void {
    this.groupScheduled = false;
    const items = this.group.splice(0);
    if (this.lockedSince !== null) this.wait(items);
    else if (!this.writeAll(items)) this.wait(items);
  }

  /** Queues `items` behind the lock, telling each of them. */
  private wait(items: Waiting[]): void {
    if (items.length === 0) return;
    this.waiting.push(...items);
    if (this.lockedSince === null) {
      this.lockedSince = this.clock();
      this.options.onLocked?.(this.waiting.length);
    }
    for (const item of items) item.onQueued?.();
    this.schedule();
  }

  /**
   * Writes `items` and settles each: all in one transaction when grouping (each in its own
   * savepoint), else the one item alone. False, settling none, when the database is locked.
   */
  private writeAll(items: readonly Waiting[]): boolean {
    const tx = this.options.transaction;
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      if (tx) {
        tx(() => {
          for (const item of items) {
            try {
              outcomes.push({ ok: true, value: tx(item.write) });
            } catch (error) {
              outcomes.push({ ok: false, value: error });
            }
          }
        });
      } else {
        for (const item of items) outcomes.push({ ok: true, value: item.write() });
      }
    } catch (error) {
      if (this.options.isBusy(error)) return false;
      // Without grouping: this one write failed. Grouped: the shared commit failed, none is written.
      for (const item of items) item.reject(error);
      return true;
    }
    items.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.value);
    });
    return true;
  }

  private schedule(): void {
    if (this.timer || this.waiting.length === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.drain();
    }, this.delayMs);
  }

  /** Tries the waiting writes again, in order: all together when grouping, else one by one. */
  private drain(): void {
    let written = 0;
    while (this.waiting.length > 0) {
      const batch = this.options.transaction ? [...this.waiting] : this.waiting.slice(0, 1);
      if (!this.writeAll(batch)) {
        this.giveUpOld();
        if (this.waiting.length === 0) break;
        this.delayMs = Math.min(this.delayMs * 2, this.maxDelayMs);
        this.schedule();
        return;
      }
      this.waiting.splice(0, batch.length);
      written += batch.length;
    }
    const since = this.lockedSince;
    this.lockedSince = null;
    this.delayMs = this.firstDelayMs;
    if (since !== null && written > 0) this.options.onUnlocked?.(this.clock() - since, written);
  }

  /** Rejects the writes that have waited longer than allowed (they are at the front: FIFO). */
  private giveUpOld(): void {
    const now = this.clock();
    const error = Object.assign(new Error('the database stayed locked by another process'), {
      code: 'SQLITE_BUSY',
    });
    while (this.waiting.length > 0 && now - this.waiting[0]!.since >= this.maxWaitMs)
      this.waiting.shift()!.reject(error);
  }
}
