/**
 * One queue for the core's writes on the event path, so the event loop never waits long on another
 * process's lock (a backup, a second bot, a `sqlite3` shell holding `BEGIN IMMEDIATE`).
 *
 * The store's connection waits at most its short busy timeout (tens of ms) for a lock. A write that
 * still finds the database locked is queued instead of failing: the queue tries its oldest write
 * again after a pause that doubles each time (up to {@link WriteQueueOptions.maxDelayMs}), and once
 * that goes through, runs the others in order. While writes wait, the event loop is free: acks,
 * replies and `/healthz` keep flowing. A write that has waited longer than
 * {@link WriteQueueOptions.maxWaitMs} is given up with the store's busy error, so its caller can
 * tell the user to try again.
 */

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
  since: number;
}

/** Serialises writes behind a lock; see the file comment. */
export class WriteQueue {
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
   * Runs `write` now when nothing is waiting (the usual case: no timer, no extra turn of the event
   * loop before the write), else after the writes queued before it.
   * @param onQueued called once, synchronously, when the write has to wait for a lock
   */
  run<T>(write: () => T, onQueued?: () => void): Promise<T> {
    if (this.waiting.length === 0) {
      try {
        return Promise.resolve(write());
      } catch (error) {
        if (!this.options.isBusy(error)) return Promise.reject(error);
      }
    }
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({
        write,
        resolve: resolve as (value: unknown) => void,
        reject,
        since: this.clock(),
      });
      if (this.lockedSince === null) {
        this.lockedSince = this.clock();
        this.options.onLocked?.(this.waiting.length);
      }
      onQueued?.();
      this.schedule();
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

  private schedule(): void {
    if (this.timer || this.waiting.length === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.drain();
    }, this.delayMs);
  }

  /** Runs waiting writes in order until one finds the lock again. */
  private drain(): void {
    let written = 0;
    while (this.waiting.length > 0) {
      const head = this.waiting[0]!;
      try {
        const value = head.write();
        this.waiting.shift();
        written += 1;
        head.resolve(value);
      } catch (error) {
        if (!this.options.isBusy(error)) {
          this.waiting.shift();
          head.reject(error);
          continue;
        }
        this.giveUpOld(error);
        if (this.waiting.length === 0) break;
        this.delayMs = Math.min(this.delayMs * 2, this.maxDelayMs);
        this.schedule();
        return;
      }
    }
    const since = this.lockedSince;
    this.lockedSince = null;
    this.delayMs = this.firstDelayMs;
    if (since !== null) this.options.onUnlocked?.(this.clock() - since, written);
  }

  /** Rejects the writes that have waited longer than allowed (they are at the front: FIFO). */
  private giveUpOld(error: unknown): void {
    const now = this.clock();
    while (this.waiting.length > 0 && now - this.waiting[0]!.since >= this.maxWaitMs)
      this.waiting.shift()!.reject(error);
  }
}
