/**
 * The core speaking first through the real adapter: posts, the reveal edit, DMs, and every way
 * Discord refuses them, mapped to DeliveryError; rate limits; a gateway drop.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryError } from '../../../src/bot/errors.ts';
import type { ChannelRef, Reply } from '../../../src/bot/types.ts';
import { type CapturedLogger, captureLogger } from './capture-logger.ts';
import {
  type DiscordHarness,
  type DiscordHarnessOptions,
  startDiscordHarness,
} from './discord-harness.ts';
import { questionCard, ScriptedCore } from './scripted-core.ts';
import { IDS, loadFixture } from './stubs/fixtures.ts';

const CHANNEL_MESSAGES = /^\/channels\/\d+\/messages$/;
const card: Reply = { ...questionCard('answer', 0), visibility: 'channel' };
const note: Reply = {
  visibility: 'ephemeral',
  text: '#daily-quiz の出題を一時停止しました: 権限がありません。',
  tone: 'error',
};

let harness: DiscordHarness | undefined;
let log: CapturedLogger;
let channel: ChannelRef;

async function start(options: DiscordHarnessOptions = {}): Promise<DiscordHarness> {
  log = captureLogger();
  const core = new ScriptedCore();
  harness = await startDiscordHarness(core, { logger: log.logger, ...options });
  core.attach(harness.adapter);
  channel = harness.channel;
  return harness;
}

async function deliveryError(promise: Promise<unknown>): Promise<DeliveryError> {
  const error = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(error instanceof DeliveryError))
    throw new Error(`expected a DeliveryError, got ${String(error)}`);
  return error;
}

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

describe('postMessage and updateMessage', () => {
  it('posts a card and edits it in place at the reveal', async () => {
    const h = await start();
    const ref = await h.adapter.postMessage(channel, card);
    expect(ref).toEqual({ ...channel, messageId: expect.stringMatching(/^\d+$/) });
    expect(h.channelMessages()[0]?.buttons).toHaveLength(4);

    await h.adapter.updateMessage(ref, {
      visibility: 'channel',
      title: '結果',
      text: '正解: A',
      tone: 'correct',
    });
    const [revealed] = h.channelMessages();
    expect(revealed?.ref).toEqual(ref);
    expect(revealed?.text).toBe('結果\n正解: A');
    expect(revealed?.buttons).toEqual([]);
  });

  it('uploads an attachment with the card', async () => {
    const h = await start();
    await h.adapter.postMessage(channel, {
      visibility: 'channel',
      title: '週間レポート',
      text: '',
      attachments: [
        {
          filename: 'weekly.png',
          mimeType: 'image/png',
          data: new Uint8Array([1, 2, 3]),
          altText: 'Accuracy chart',
        },
      ],
    });
    const [request] = h.rest.requestsTo('POST', CHANNEL_MESSAGES);
    expect(request?.files).toEqual([{ name: 'weekly.png', size: 3, type: 'image/png' }]);
    expect(request?.body.attachments).toEqual([
      { id: 0, filename: 'weekly.png', description: 'Accuracy chart' },
    ]);
    expect(request?.body.embeds).toEqual([
      { title: '週間レポート', image: { url: 'attachment://weekly.png' } },
    ]);
  });

  it('posts an ephemeral reply publicly, with a warning (Discord has no ephemeral messages outside interactions)', async () => {
    const h = await start();
    await h.adapter.postMessage(channel, note);
    expect(h.channelMessages()).toHaveLength(1);
    expect(log.find(/ephemeral reply was posted/)).toHaveLength(1);
  });
});

describe('refusals become DeliveryErrors', () => {
  it('missing permission to post → missing_permission naming what to grant, logged', async () => {
    const h = await start();
    h.rest.fail({
      method: 'POST',
      path: CHANNEL_MESSAGES,
      status: 403,
      body: loadFixture('errors/403-missing-permissions.json'),
    });
    const error = await deliveryError(h.adapter.postMessage(channel, card));
    expect(error).toMatchObject({ failure: 'missing_permission', pausesChannel: true });
    expect(error.options.detail).toBe('View Channel, Send Messages, Embed Links, Attach Files');
    expect(log.find(/missing permission/)[0]).toMatchObject({
      channelId: IDS.channel,
      failure: 'missing_permission',
    });
  });

  it('no access to view the channel → missing_permission (View Channel)', async () => {
    const h = await start();
    h.rest.fail({
      method: 'POST',
      path: CHANNEL_MESSAGES,
      status: 403,
      body: loadFixture('errors/403-missing-access.json'),
    });
    const error = await deliveryError(h.adapter.postMessage(channel, card));
    expect(error).toMatchObject({ failure: 'missing_permission' });
    expect(error.options.detail).toBe('View Channel');
  });

  it('unknown channel → channel_unavailable', async () => {
    const h = await start();
    const error = await deliveryError(
      h.adapter.postMessage({ ...channel, channelId: '1100000000000000999' }, card),
    );
    expect(error).toMatchObject({ failure: 'channel_unavailable', pausesChannel: true });
  });

  it('editing a deleted post → transient with detail unknown_message (nothing to pause)', async () => {
    const h = await start();
    const error = await deliveryError(
      h.adapter.updateMessage({ ...channel, messageId: '1400000000000000999' }, card),
    );
    expect(error).toMatchObject({ failure: 'transient', pausesChannel: false });
    expect(error.options.detail).toBe('unknown_message');
  });

  it('a server error → transient', async () => {
    const h = await start();
    h.rest.fail({
      method: 'POST',
      path: CHANNEL_MESSAGES,
      status: 503,
      body: { message: 'upstream connect error', code: 0 },
    });
    expect(await deliveryError(h.adapter.postMessage(channel, card))).toMatchObject({
      failure: 'transient',
    });
  });
});

describe('rate limits', () => {
  const limited = (resetAfterSeconds: number) => ({
    method: 'POST',
    path: CHANNEL_MESSAGES,
    status: 429,
    body: loadFixture('errors/429-rate-limited.json'),
    headers: {
      'retry-after': String(resetAfterSeconds),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset-after': String(resetAfterSeconds),
      'x-ratelimit-bucket': 'stub-bucket',
      'x-ratelimit-scope': 'user',
    },
  });

  it('waits out a short rate limit (discord.js queues the request) and logs the wait', async () => {
    const h = await start();
    h.rest.fail(limited(0.05));
    const ref = await h.adapter.postMessage(channel, card);
    expect(ref.messageId).toMatch(/^\d+$/);
    expect(h.rest.requestsTo('POST', CHANNEL_MESSAGES)).toHaveLength(2);
    expect(log.find(/rate limited, request queued/)[0]).toMatchObject({
      level: 40,
      route: '/channels/:id/messages',
    });
  });

  it('gives up on a long one with rate_limited and the time to wait', async () => {
    const h = await start({ maxRateLimitWaitMs: 1000 });
    h.rest.fail(limited(60));
    const error = await deliveryError(h.adapter.postMessage(channel, card));
    expect(error.failure).toBe('rate_limited');
    // Discord's 60 s plus discord.js's small safety offset.
    expect(error.options.retryAfterMs).toBeGreaterThan(59_000);
    expect(error.options.retryAfterMs).toBeLessThanOrEqual(61_000);
  });
});

describe('sendPrivate', () => {
  const admin = '1300000000000000001';

  it('sends a DM, opening the DM channel once', async () => {
    const h = await start();
    await h.adapter.sendPrivate(channel, admin, note);
    await h.adapter.sendPrivate(channel, admin, note);
    expect(h.rest.requestsTo('POST', /^\/users\/@me\/channels$/)).toHaveLength(1);
    const dms = h.rest.allMessages().filter((m) => h.rest.dmChannels.get(m.channelId) === admin);
    expect(dms.map((m) => m.embeds[0]?.description)).toEqual([note.text, note.text]);
    expect(h.channelMessages()).toEqual([]);
  });

  it('resolves, and logs, when the user takes no DMs (a refused DM must not pause the channel)', async () => {
    const h = await start();
    h.rest.dmClosed.add(admin);
    await expect(h.adapter.sendPrivate(channel, admin, note)).resolves.toBeUndefined();
    expect(log.find(/private message not delivered/)[0]).toMatchObject({
      userId: admin,
      channelId: IDS.channel,
    });
  });

  it('still throws on an outage, so the core can retry', async () => {
    const h = await start();
    h.rest.fail({
      method: 'POST',
      path: /^\/users\/@me\/channels$/,
      status: 502,
      body: { message: 'Bad Gateway', code: 0 },
    });
    expect(await deliveryError(h.adapter.sendPrivate(channel, admin, note))).toMatchObject({
      failure: 'transient',
    });
  });
});

describe('gateway reconnects', () => {
  it('resumes after the gateway drops, and a post during the outage still goes out', async () => {
    const h = await start();
    h.gateway.drop(4000);
    const posted = await h.adapter.postMessage(channel, card);
    await h.gateway.waitFor('resume', 1);
    expect(h.channelMessages().map((m) => m.ref?.messageId)).toEqual([posted.messageId]);
    expect(log.find(/gateway connection lost/)).toHaveLength(1);

    const [reply] = await h.command({ id: '1300000000000000002', name: 'Hanako' }, 'help');
    expect(reply?.text).toContain('/quiz help');
    expect(h.adapter.isConnected()).toBe(true);
    expect(h.gateway.identifies).toBe(1);
  });
});
