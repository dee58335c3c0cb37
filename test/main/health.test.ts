/**
 * What /healthz reports and when it is not 200: an adapter down, a database that takes no write.
 * The real bot core and store (`:memory:`), stand-in adapters, the real node:http server.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type Bot, createBot } from '../../src/bot/create-bot.ts';
import type { ChatAdapter } from '../../src/bot/types.ts';
import { type HealthServer, startHealthServer } from '../../src/health/health-server.ts';
import { healthStatus, loadingStatus } from '../../src/health/health-status.ts';
import { silentLogger } from '../../src/logger.ts';
import { openStore, type SqliteQuizStore } from '../../src/store/index.ts';
import { testBank } from '../bot/fixtures/test-bank.ts';
import { getJson } from './spawn-main.ts';

/** Monday 2026-11-30 08:00 UTC. */
const NOW = Date.parse('2026-11-30T08:00:00Z');

function adapter(platform: 'slack' | 'discord', connected: () => boolean): ChatAdapter {
  return {
    platform,
    start: async () => undefined,
    stop: async () => undefined,
    isConnected: connected,
    postMessage: async (channel) => ({ ...channel, messageId: '1' }),
    updateMessage: async () => undefined,
    sendPrivate: async () => undefined,
  } as ChatAdapter;
}

let store: SqliteQuizStore;
let bot: Bot;
let server: HealthServer | null = null;

function setUp(): void {
  store = openStore(':memory:');
  bot = createBot({
    bank: testBank(),
    store,
    logger: silentLogger(),
    settings: { locale: 'en', defaultTimezone: 'UTC', answerWindowMinutes: 60 },
    clock: () => NOW,
  });
}

afterEach(async () => {
  await server?.close();
  server = null;
  await bot.stop();
  try {
    store.close();
  } catch {
    // closed by the test
  }
});

describe('health status', () => {
  it('is ok with every adapter connected and a writable database, listing the next post of each running channel', () => {
    setUp();
    store.upsertChannel({ platform: 'slack', teamId: 'T1', channelId: 'C1' }, { enabled: true });
    store.upsertChannel(
      { platform: 'slack', teamId: 'T1', channelId: 'C2' },
      { enabled: true, pausedReason: 'channel_unavailable: channel_not_found' },
    );
    store.upsertChannel({ platform: 'slack', teamId: 'T1', channelId: 'C3' }, { enabled: false });
    const status = healthStatus(bot, [
      adapter('slack', () => true),
      adapter('discord', () => true),
    ]);
    expect(status.ok).toBe(true);
    expect(status.adapters).toEqual([
      { platform: 'slack', connected: true },
      { platform: 'discord', connected: true },
    ]);
    expect(status.database).toEqual({ writable: true });
    expect(status.channels.map((c) => c.channelId)).toEqual(['C1', 'C2']);
    const c1 = status.channels.find((c) => c.channelId === 'C1')!;
    expect(c1.paused).toBeNull();
    expect(Date.parse(c1.nextPostAt!)).toBeGreaterThan(NOW);
    expect(status.channels.find((c) => c.channelId === 'C2')).toMatchObject({
      nextPostAt: null,
      paused: 'channel_unavailable: channel_not_found',
    });
  });

  it('says "loading" (ok, not down) before the bank is built, and "ready" after', () => {
    setUp();
    expect(loadingStatus(store, NOW)).toEqual({
      ok: true,
      bank: 'loading',
      adapters: [],
      database: { writable: true },
      channels: [],
    });
    expect(healthStatus(bot, []).bank).toBe('ready');
    store.close();
    expect(loadingStatus(store, NOW)).toMatchObject({ ok: false, bank: 'loading' });
  });

  it('is not ok when an adapter is disconnected', () => {
    setUp();
    const status = healthStatus(bot, [
      adapter('slack', () => true),
      adapter('discord', () => false),
    ]);
    expect(status.ok).toBe(false);
    expect(status.adapters).toContainEqual({ platform: 'discord', connected: false });
  });

  it('is not ok when the database takes no write, and says why', () => {
    setUp();
    store.close();
    const status = healthStatus(bot, [adapter('slack', () => true)]);
    expect(status.ok).toBe(false);
    expect(status.database.writable).toBe(false);
    expect(status.database.error).toMatch(/not open|closed/i);
    expect(status.channels).toEqual([]);
  });
});

describe('GET /healthz', () => {
  it('answers 200 with the status as JSON when ok, 503 when not, 404 elsewhere', async () => {
    setUp();
    let up = true;
    server = await startHealthServer(
      0,
      () => healthStatus(bot, [adapter('slack', () => up)]),
      '127.0.0.1',
    );
    const url = `http://127.0.0.1:${server.port}`;
    const ok = await getJson(`${url}/healthz`);
    expect(ok).toMatchObject({
      status: 200,
      body: { ok: true, adapters: [{ platform: 'slack', connected: true }] },
    });
    up = false;
    expect(await getJson(`${url}/healthz?verbose=1`)).toMatchObject({
      status: 503,
      body: { ok: false },
    });
    expect((await getJson(`${url}/other`)).status).toBe(404);
    const res = await fetch(`${url}/healthz`);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('fails to start on a port in use, with the port in the error', async () => {
    setUp();
    server = await startHealthServer(0, () => healthStatus(bot, []), '127.0.0.1');
    await expect(
      startHealthServer(server.port, () => healthStatus(bot, []), '127.0.0.1'),
    ).rejects.toThrow(String(server.port));
  });
});
