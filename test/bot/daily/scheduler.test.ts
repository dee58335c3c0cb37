import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Bot, createBot } from '../../../src/bot/create-bot.ts';
import { DeliveryError } from '../../../src/bot/errors.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import type { CommandEvent } from '../../../src/bot/types.ts';
import { silentLogger } from '../../../src/logger.ts';
import { seededRandom } from '../../../src/quiz/text/seeded-random.ts';
import { localDateTime } from '../../../src/quiz/zoned-time.ts';
import { openStore } from '../../../src/store/index.ts';
import type { QuizStore } from '../../../src/store/types.ts';
import { testBank } from '../fixtures/test-bank.ts';
import { RecordingTransport } from './recording-transport.ts';

const CHANNEL = { platform: 'console' as const, teamId: 'T1', channelId: 'C1' };
const HOUR = 3_600_000;
/**
 * A test that lets the fake clock run for days drives the real scheduler through every minute of
 * them: 7,200 node-cron firings for five days, each a whole tick (time-zone arithmetic for every
 * slot, the store's queries, one real event-loop turn between timers). That is about 7 s of CPU and
 * nothing to wait out; on a busy machine its wall time grows with the load (past 20 s at load 11 on
 * 2 cores), while what it asserts (which local dates and hours got a post) does not depend on it.
 */
const DAYS_OF_TICKS_TIMEOUT_MS = 120_000;
const m = messages('ja');

let dir: string;
let dbPath: string;
const running: { bot: Bot; store: QuizStore }[] = [];

function startBot(transport = new RecordingTransport(), seed = 1) {
  const store = openStore(dbPath);
  const bot = createBot({
    bank: testBank(),
    store,
    logger: silentLogger(),
    settings: { locale: 'ja', defaultTimezone: 'Asia/Tokyo', answerWindowMinutes: 24 * 60 },
    random: seededRandom(seed),
  });
  bot.attach(transport);
  running.push({ bot, store });
  return { bot, store, transport };
}

async function stopAll() {
  for (const { bot, store } of running.splice(0)) {
    await bot.stop();
    store.close();
  }
}

function command(bot: Bot, name: string, args: string[], userId = 'UADMIN'): Promise<unknown> {
  const event: CommandEvent = {
    ...CHANNEL,
    userId,
    userName: userId,
    isAdmin: async () => userId === 'UADMIN',
    name,
    args,
  };
  return bot.handleCommand(event);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'quizbot-scheduler-'));
  dbPath = join(dir, 'quizbot.db');
});

afterEach(async () => {
  await stopAll();
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

describe('daily scheduler', () => {
  it('posts at the channel time, and the next post closes and reveals the previous one', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-29T23:00:00Z') }); // Mon 08:00 Tokyo
    const { bot, transport } = startBot();
    await command(bot, 'schedule', ['09:00', 'daily', 'Asia/Tokyo']);
    await bot.startScheduler();
    expect(transport.questionPosts()).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(HOUR + 30_000);
    expect(transport.questionPosts()).toHaveLength(1);
    expect(transport.questionPosts()[0]!.reply.title).toBe(m.questionTitle('2026-11-30'));

    await vi.advanceTimersByTimeAsync(24 * HOUR);
    expect(transport.questionPosts()).toHaveLength(2);
    const reveal = transport.calls.filter(
      (c) => c.kind === 'post' && c.reply.title === m.revealTitle('2026-11-30'),
    );
    expect(reveal).toHaveLength(1);
    expect(
      transport.calls.some(
        (c) => c.kind === 'update' && (c.reply.buttons ?? []).every((b) => b.disabled),
      ),
    ).toBe(true);
  });

  it('catches up a slot missed during downtime once, and never posts twice after a restart', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-29T22:00:00Z') });
    const first = startBot();
    await command(first.bot, 'schedule', ['09:00', 'daily']);
    await stopAll(); // down from 07:00 to 11:00 Tokyo

    vi.setSystemTime(Date.parse('2026-11-30T02:00:00Z'));
    const second = startBot();
    await second.bot.startScheduler();
    expect(second.transport.questionPosts()).toHaveLength(1);
    await stopAll();

    vi.setSystemTime(Date.parse('2026-11-30T02:05:00Z'));
    const third = startBot();
    await third.bot.startScheduler();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(third.transport.questionPosts()).toHaveLength(0);
  });

  it('never posts twice for one local date with two processes on one database file', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-29T23:59:00Z') });
    const shared = new RecordingTransport();
    const a = startBot(shared, 1);
    const b = startBot(shared, 2);
    await command(a.bot, 'schedule', ['09:00', 'daily']);
    await Promise.all([a.bot.startScheduler(), b.bot.startScheduler()]);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    await Promise.all([a.bot.tick(), b.bot.tick()]);
    expect(shared.questionPosts()).toHaveLength(1);
  });

  it('posts once per local date at 09:00 local across the end of daylight saving time in New York', {
    timeout: DAYS_OF_TICKS_TIMEOUT_MS,
  }, async () => {
    vi.useFakeTimers({ now: Date.parse('2026-10-30T12:00:00Z') });
    const { bot, transport } = startBot();
    await command(bot, 'schedule', ['09:00', 'daily', 'America/New_York']);
    await bot.startScheduler();
    await vi.advanceTimersByTimeAsync(5 * 24 * HOUR);
    const posts = transport.questionPosts();
    const local = posts.map((p) => localDateTime(p.at, 'America/New_York'));
    expect(local.map((l) => l.date)).toEqual(
      ['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04'].slice(
        0,
        posts.length,
      ),
    );
    expect(posts.length).toBe(5);
    expect(local.every((l) => l.hour === 9 && l.minute <= 1)).toBe(true);
  });

  it('pauses a channel the platform refuses, tells the admin, and does not retry', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-29T23:59:30Z') });
    const { bot, store, transport } = startBot();
    await command(bot, 'schedule', ['09:00', 'daily']);
    transport.failWith = new DeliveryError('channel_unavailable', 'not_in_channel', {
      detail: 'not_in_channel',
    });
    await bot.startScheduler();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(store.getChannel(CHANNEL)?.pausedReason).toContain('not_in_channel');
    expect(
      transport.calls.filter((c) => c.kind === 'private' && c.userId === 'UADMIN'),
    ).toHaveLength(1);
    transport.failWith = null;
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(transport.questionPosts()).toHaveLength(0);
  });

  it('retries a post that failed for a passing reason, without losing or doubling it', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-29T23:59:30Z') });
    const { bot, store, transport } = startBot();
    await command(bot, 'schedule', ['09:00', 'daily']);
    transport.failWith = new DeliveryError('transient', 'HTTP 503');
    await bot.startScheduler();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.latestPost(CHANNEL)?.messageId).toBeNull();
    transport.failWith = null;
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(transport.questionPosts()).toHaveLength(1);
    expect(store.latestPost(CHANNEL)?.messageId).toBe(transport.questionPosts()[0]!.messageId);
  });

  it('still reveals when the question post was deleted', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-29T23:59:30Z') });
    const { bot, store, transport } = startBot();
    await command(bot, 'schedule', ['09:00', 'daily']);
    await bot.startScheduler();
    await vi.advanceTimersByTimeAsync(60_000);
    const post = store.latestPost(CHANNEL)!;
    transport.failUpdatesWith = new DeliveryError('message_unavailable', 'Unknown Message');
    await command(bot, 'close', []);
    expect(store.getPost(post.id)?.revealedAt).not.toBeNull();
    expect(
      transport.calls.filter(
        (c) => c.kind === 'post' && c.reply.title === m.revealTitle('2026-11-30'),
      ),
    ).toHaveLength(1);
  });
});
