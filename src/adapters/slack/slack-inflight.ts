/**
 * Book-keeping for event handlers: which are still running (so `stop()` can wait for them) and
 * which deliveries were seen lately (so a retried delivery runs once in this process; the core
 * also claims the idempotency key in its store, which covers restarts and other processes).
 */

/** Counts running handlers; `idle()` resolves when none is running. */
export class InflightTracker {
  private running = 0;
  private waiters: (() => void)[] = [];

  get size(): number {
    return this.running;
  }

  async run<T>(handler: () => Promise<T>): Promise<T> {
    this.running += 1;
    try {
      return await handler();
    } finally {
      this.running -= 1;
      if (this.running === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  }

  idle(): Promise<void> {
    return this.running === 0
      ? Promise.resolve()
      : new Promise((resolve) => this.waiters.push(resolve));
  }
}

/** Idempotency keys claimed in the last `ttlMs`, at most `max` of them. */
export class RecentKeys {
  private readonly claimed = new Map<string, number>();

  constructor(
    private readonly ttlMs = 10 * 60 * 1000,
    private readonly max = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time a key is seen (within the window), false for a repeat. */
  claim(key: string): boolean {
    const at = this.now();
    const seen = this.claimed.get(key);
    if (seen !== undefined && at - seen < this.ttlMs) return false;
    this.claimed.delete(key);
    this.claimed.set(key, at);
    this.prune(at);
    return true;
  }

  /** Forgets a key, so a redelivery can try again (used when handling failed). */
  release(key: string): void {
    this.claimed.delete(key);
  }

  private prune(at: number): void {
    for (const [key, seen] of this.claimed) {
      if (this.claimed.size <= this.max && at - seen < this.ttlMs) break;
      this.claimed.delete(key);
    }
  }
}
