/**
 * Channels are independent (issue 15 #11): one channel rate limited for 5 minutes, or one whose
 * platform call hangs, never delays another channel's post or reveal in the same slot; the long
 * wait is rescheduled (the channel is retried after Retry-After, not before, not awaited) and
 * logged at warn with the channel.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Bot } from '../../../src/bot/create-bot.ts';
import { DeliveryError } from '../../../src/bot/errors.ts';
import type { ChannelRef, MessageRef, Reply } from '../../../src/bot/types.ts';
import { createLogger } from '../../../src/logger.ts';
import { openStore } from '../../../src/store/index.ts';
import type { QuizStore } from '../../../src/store/types.ts';
import { createTestBot } from '../fixtures/test-bot.ts';
import { RecordingTransport } from './recording-transport.ts';

const A = { platform: 'console' as const, teamId: 'T1', channelId: 'CA' };
const B = { platform: 'console' as const, teamId: 'T1', channelId: 'CB' };

/** Fails or holds the posts of one channel; every other channel goes through. */
class OneBadChannel extends RecordingTransport {
  rateLimitMs = 0;
  hang = false;
  attempts = 0;
  private hung: ((error: Error) => void)[] = [];
  /** Lets a hung call fail (as a timeout would) so the test can stop the bot. */
  release(): void {
    for (const fail of this.hung.splice(0)) fail(new DeliveryError('transient', 'timed out'));
  }
  override async postMessage(channel: ChannelRef, reply: Reply): Promise<MessageRef> {
    if (channel.channelId === A.channelId) {
      this.attempts += 1;
      if (this.hang) return new Promise<MessageRef>((_, reject) => this.hung.push(reject));
      if (this.rateLimitMs > 0)
        throw new DeliveryError('rate_limited', 'slow down', { retryAfterMs: this.rateLimitMs });
    }
    return super.postMessage(channel, reply);
  }
}

let bot: Bot;
let store: QuizStore;
afterEach(async () => {
  vi.useRealTimers();
  await bot?.stop();
  store?.close();
});

function setUp(transport: OneBadChannel): { lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('info', { write: (l: string) => void lines.push(JSON.parse(l)) });
  ({ bot, store } = createTestBot({ store: openStore(':memory:') }));
  // The test bot is silent; a capturing logger shows what an operator would read.
  (bot.deps as { logger: unknown }).logger = logger;
  bot.attach(transport);
  for (const key of [A, B])
    store.upsertChannel(key, {
      time: '09:00',
      days: [0, 1, 2, 3, 4, 5, 6],
      timezone: 'UTC',
      enabled: true,
      scheduleSince: Date.parse('2026-11-01T00:00:00Z'),
    });
  return { lines };
}

const postsIn = (t: RecordingTransport, key: ChannelRef) =>
  t.questionPosts().filter((c) => c.channel.channelId === key.channelId);

describe('channels are independent', () => {
  it("a 5-minute Retry-After on one channel delays neither the other channel's post nor itself beyond it", async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-30T08:59:30Z') });
    const transport = new OneBadChannel();
    transport.rateLimitMs = 5 * 60_000;
    const { lines } = setUp(transport);
    await bot.startScheduler();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(postsIn(transport, B)).toHaveLength(1);
    expect(postsIn(transport, A)).toHaveLength(0);
    const warned = lines.find((l) => String(l.msg).startsWith('rate limited: this channel waits'));
    expect(warned).toMatchObject({ level: 40, channel: A, retryAfterMs: 300_000 });
    // Not retried before Retry-After has passed…
    const triedOnce = transport.attempts;
    transport.rateLimitMs = 0;
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    expect(transport.attempts).toBe(triedOnce);
    // …and posted once it has.
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    expect(postsIn(transport, A)).toHaveLength(1);
  });

  it('a channel whose post hangs holds up no other channel, minute after minute', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-30T08:59:30Z') });
    const transport = new OneBadChannel();
    transport.hang = true;
    setUp(transport);
    void bot.startScheduler();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(postsIn(transport, B)).toHaveLength(1);
    // Later ticks run too: the next day's post goes out while the hung channel is left alone
    // (not started twice).
    await vi.advanceTimersByTimeAsync(24 * 60 * 60_000);
    expect(postsIn(transport, B)).toHaveLength(2);
    expect(transport.attempts).toBe(1);
    transport.release();
  });
});
