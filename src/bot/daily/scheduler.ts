/**
 * Drives {@link tick} with node-cron: once a minute, plus once at start (catch-up). node-cron
 * never replays runs missed while the process was down; the store-driven tick is what catches up.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { BotDeps } from '../bot-deps.ts';
import { tick } from './tick.ts';

export interface Scheduler {
  /** Runs one tick now (start-up catch-up, tests); while one such tick runs, returns that one. */
  runNow(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Every minute starts a tick even if an earlier one is still busy with a slow channel: the tick
 * leaves channels that are still busy alone (tick.ts), so the others are never held up.
 */
export function startScheduler(deps: BotDeps): Scheduler {
  let explicit: Promise<void> | null = null;
  const running = new Set<Promise<void>>();
  let stopped = false;
  const start = (): Promise<void> => {
    const run = tick(deps)
      .catch((error: unknown) => deps.logger.error({ err: error }, 'scheduler tick failed'))
      .finally(() => running.delete(run));
    running.add(run);
    return run;
  };
  const runNow = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    explicit ??= start().finally(() => {
      explicit = null;
    });
    return explicit;
  };
  const task: ScheduledTask = cron.schedule(
    '* * * * *',
    () => {
      if (!stopped) void start();
    },
    { name: 'quizbot-tick' },
  );
  return {
    runNow,
    async stop() {
      stopped = true;
      await task.stop();
      await task.destroy();
      await Promise.allSettled([...running]);
    },
  };
}
