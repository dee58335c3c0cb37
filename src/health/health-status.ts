/**
 * What `GET /healthz` reports: each adapter's connection, whether the database takes a write (a
 * probe at most every 30 s, a read on every call), and the next scheduled post of every running
 * channel. `ok` is false when anything is down. While the question bank is still being built at
 * start-up, `bank` is `loading` and `ok` says only whether the database takes a write (loading is
 * not down).
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

/**
 * How often a health check writes to the database to learn that it still takes a write. Between
 * two probes the last good answer is reused (a read still runs on every call), so a monitor that
 * asks every second costs no write per call.
 */
export const WRITE_PROBE_EVERY_MS = 30_000;

/** One row, rewritten by each probe (the key of an event that expires at once). */
const PROBE_KEY = 'health:write-probe';

const lastProbe = new WeakMap<QuizStore, { at: number }>();

function probeWrite(store: QuizStore, now: number): HealthStatus['database'] {
  const last = lastProbe.get(store);
  if (last && now - last.at < WRITE_PROBE_EVERY_MS && now >= last.at) return { writable: true };
  try {
    store.claimEvent(PROBE_KEY, now, 1);
    lastProbe.set(store, { at: now });
    return { writable: true };
  } catch (error) {
    lastProbe.delete(store);
    return { writable: false, error: (error as Error).message };
  }
}

/** The status before the bot exists: the bank is still being built; no adapter runs yet. */
export function loadingStatus(store: QuizStore, now: number): HealthStatus {
  let database = probeWrite(store, now);
  if (database.writable) {
    try {
      store.listChannels({ enabled: true }); // the read every call makes
    } catch (error) {
      lastProbe.delete(store);
      database = { writable: false, error: (error as Error).message };
    }
  }
  return { ok: database.writable, bank: 'loading', adapters: [], database, channels: [] };
}

export function healthStatus(bot: Bot, adapters: readonly ChatAdapter[]): HealthStatus {
  const { store, clock } = bot.deps;
  const now = clock();
  let database = probeWrite(store, now);
  const adapterStates = adapters.map((a) => ({ platform: a.platform, connected: a.isConnected() }));
  let channels: HealthStatus['channels'] = [];
  if (database.writable) {
    try {
      channels = store.listChannels({ enabled: true }).map((c) => {
        const next = c.pausedReason ? null : nextSlot(c, now);
        return {
          platform: c.platform,
          teamId: c.teamId,
          channelId: c.channelId,
          nextPostAt: next ? new Date(next.at).toISOString() : null,
          paused: c.pausedReason,
        };
      });
    } catch (error) {
      lastProbe.delete(store);
      database = { writable: false, error: (error as Error).message };
    }
  }
  return {
    ok: database.writable && adapterStates.every((a) => a.connected),
    bank: 'ready',
    adapters: adapterStates,
    database,
    channels,
  };
}
