/**
 * Book-keeping for event handlers: which are still running, so `stop()` can wait for them.
 * (Repeated deliveries are dropped by the core, which claims each event's idempotency key in the
 * store: across restarts and processes, in one place.)
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
