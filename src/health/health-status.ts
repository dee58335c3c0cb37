/**
 * What `GET /healthz` reports: each adapter's connection, whether the database takes a write, and
 * the next scheduled post of every running channel. `ok` is false when anything is down.
 */
import type { Bot } from '../bot/create-bot.ts';
import { nextSlot } from '../bot/schedule/slots.ts';
import type { ChatAdapter } from '../bot/types.ts';

export interface HealthStatus {
  ok: boolean;
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

export function healthStatus(bot: Bot, adapters: readonly ChatAdapter[]): HealthStatus {
  const { store, clock } = bot.deps;
  const now = clock();
  let database: HealthStatus['database'];
  try {
    store.claimEvent(`health:${now}:${Math.random()}`, now, 1_000);
    database = { writable: true };
  } catch (error) {
    database = { writable: false, error: (error as Error).message };
  }
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
    adapters: adapterStates,
    database,
    channels,
  };
}
