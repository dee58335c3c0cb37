/**
 * What `GET /healthz` reports: each adapter's connection, whether the database takes a write, and
 * the next scheduled post of every running channel. `ok` is false when anything is down. While
 * the question bank is still being built at start-up, `bank` is `loading` and `ok` says only
 * whether the database takes a write (loading is not down).
 */
import type { Bot } from '../bot/create-bot.ts';
import { nextSlot } from '../bot/schedule/slots.ts';
import type { ChatAdapter } from '../bot/types.ts';
import type { QuizStore } from '../store/types.ts';

export interface HealthStatus {
  ok: boolean;
  /** `loading` while the question bank builds at start-up (the adapters start once it is ready). */
  bank: 'loading' | 'ready';
  adapters: { platform: string; connected: boolean }[];
  database: { writable: boolean; error?: string };
  channels: {
    platform: string;
    teamId: string;
    channelId: string;
    nextPostAt: string | null;
    paused: string | null;
  }[];
}

function databaseStatus(store: QuizStore, now: number): HealthStatus['database'] {
  try {
    store.claimEvent(`health:${now}:${Math.random()}`, now, 1_000);
    return { writable: true };
  } catch (error) {
    return { writable: false, error: (error as Error).message };
  }
}

/** The status before the bot exists: the bank is still being built; no adapter runs yet. */
export function loadingStatus(store: QuizStore, now: number): HealthStatus {
  const database = databaseStatus(store, now);
  return { ok: database.writable, bank: 'loading', adapters: [], database, channels: [] };
}

export function healthStatus(bot: Bot, adapters: readonly ChatAdapter[]): HealthStatus {
  const { store, clock } = bot.deps;
  const now = clock();
  const database = databaseStatus(store, now);
  const adapterStates = adapters.map((a) => ({ platform: a.platform, connected: a.isConnected() }));
  const channels = database.writable
    ? store.listChannels({ enabled: true }).map((c) => {
        const next = c.pausedReason ? null : nextSlot(c, now);
        return {
          platform: c.platform,
          teamId: c.teamId,
          channelId: c.channelId,
          nextPostAt: next ? new Date(next.at).toISOString() : null,
          paused: c.pausedReason,
        };
      })
    : [];
  return {
    ok: database.writable && adapterStates.every((a) => a.connected),
    bank: 'ready',
    adapters: adapterStates,
    database,
    channels,
  };
}
