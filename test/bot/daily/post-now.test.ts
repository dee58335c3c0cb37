/**
 * Replies tell the truth (issue 15 #14): `/quiz post` says "posted" only once the platform took
 * the message; otherwise what failed and what to do. A second `/quiz post` after a failure sends
 * the day's post again instead of calling it "already posted". A channel that was never scheduled
 * still has someone to tell when it is paused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bot } from '../../../src/bot/create-bot.ts';
import { DeliveryError } from '../../../src/bot/errors.ts';
import { messages } from '../../../src/bot/i18n/catalog.ts';
import type { Reply } from '../../../src/bot/types.ts';
import type { QuizStore } from '../../../src/store/types.ts';
import { createTestBot } from '../fixtures/test-bot.ts';
import { RecordingTransport } from './recording-transport.ts';

const CHANNEL = { platform: 'console' as const, teamId: 'T1', channelId: 'C1' };
const m = messages('en');
let bot: Bot;
let store: QuizStore;
let transport: RecordingTransport;

beforeEach(() => {
  ({ bot, store } = createTestBot({ locale: 'en' }));
  transport = new RecordingTransport();
  bot.attach(transport);
});
afterEach(async () => {
  await bot.stop();
  store.close();
});

async function command(name: string, userId = 'UADMIN'): Promise<Reply> {
  const [reply] = await bot.handleCommand({
    ...CHANNEL,
    userId,
    userName: userId,
    isAdmin: async () => true,
    name,
    args: [],
  });
  return reply!;
}

describe('/quiz post tells the truth', () => {
  it.each([
    [
      'the bot lacks a permission',
      new DeliveryError('missing_permission', '403', { detail: 'Send Messages' }),
      m.postFailedPermission('Send Messages'),
    ],
    [
      'the bot is not in the channel',
      new DeliveryError('channel_unavailable', 'not_in_channel'),
      m.postFailedChannel,
    ],
    [
      'the platform asks to wait',
      new DeliveryError('rate_limited', '429', { retryAfterMs: 30_000 }),
      m.postFailedWait(30),
    ],
    ['the platform does not answer', new DeliveryError('transient', '503'), m.postFailedRetry],
  ])('%s: no "posted", but what failed and what to do', async (_name, error, expected) => {
    transport.failWith = error;
    const reply = await command('post');
    expect(reply.text).toBe(expected);
    expect(reply.tone).toBe('error');
    expect(reply.text).not.toBe(m.posted(store.latestPost(CHANNEL)!.questionId));
  });

  it('a second /quiz post sends the day’s post that never went out, and then says posted', async () => {
    transport.failWith = new DeliveryError('missing_permission', '403', {
      detail: 'Send Messages',
    });
    await command('post');
    transport.failWith = null;
    const again = await command('post');
    const post = store.latestPost(CHANNEL)!;
    expect(again.text).toBe(m.posted(post.questionId));
    expect(post.messageId).not.toBeNull();
    expect(transport.questionPosts()).toHaveLength(1);
    // And only now is it "already posted" (shown again to the asker, not sent again).
    const shown = await command('post');
    expect(shown.visibility).toBe('ephemeral');
    expect(shown.text).toContain(m.alreadyPostedShownAgain(m.alreadyPostedAnswerHere));
    expect(transport.questionPosts()).toHaveLength(1);
  });

  it('a channel never scheduled tells the admin who posted when it gets paused later', async () => {
    expect((await command('post', 'UBOSS')).text).toMatch(/./);
    transport.failWith = new DeliveryError('channel_unavailable', 'channel_not_found', {
      detail: 'channel_not_found',
    });
    transport.failUpdatesWith = transport.failWith;
    await command('close', 'UBOSS');
    expect(store.getChannel(CHANNEL)?.pausedReason).toContain('channel_unavailable');
    const told = transport.calls.filter((c) => c.kind === 'private' && c.userId === 'UBOSS');
    expect(told).toHaveLength(1);
  });
});
