/**
 * Drives {@link tick} with node-cron: once a minute, plus once at start (catch-up). node-cron
 * never replays runs missed while the process was down; the store-driven tick is what catches up.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { BotDeps } from '../bot-deps.ts';
import { tick } from './tick.ts';

export interface Scheduler {
  /** Runs one tick now (start-up catch-up, tests). Ticks never overlap. */
  runNow(): Promise<void>;
  stop(): Promise<void>;
}

export function startScheduler(deps: BotDeps): Scheduler {
  let running: Promise<void> | null = null;
  let stopped = false;
  const runNow = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (!running) {
      running = tick(deps)
        .catch((error: unknown) => deps.logger.error({ err: error }, 'scheduler tick failed'))
        .finally(() => {
          running = null;
        });
    }
    return running;
  };
  const task: ScheduledTask = cron.schedule('* * * * *', () => runNow(), {
    name: 'quizbot-tick',
    noOverlap: true,
  });
  return {
    runNow,
    async stop() {
      stopped = true;
      await task.stop();
      await task.destroy();
      if (running) await running;
    },
  };
}
