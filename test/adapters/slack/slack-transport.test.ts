import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toBoltLogger } from '../../../src/adapters/slack/slack-logger.ts';
import { createSlackTransport } from '../../../src/adapters/slack/slack-transport.ts';
import { DeliveryError } from '../../../src/bot/errors.ts';
import type { ChannelRef, ChatTransport, Reply } from '../../../src/bot/types.ts';
import { FakeSlackApi } from './fake-slack-api.ts';
import { type CapturedLog, captureLogs } from './log-capture.ts';

const TOKEN = 'xoxb-1-transport-test';
const channel: ChannelRef = { platform: 'slack', teamId: 'T0001QUIZ', channelId: 'C0123DAILY' };
const card: Reply = {
  visibility: 'channel',
  title: '今日の問題',
  text: 'SAGA とは？',
  buttons: [{ actionId: 'answer', label: '1. 補償', value: '1:0' }],
};

let api: FakeSlackApi;
let transport: ChatTransport;
let lines: CapturedLog[];

beforeEach(async () => {
  api = await FakeSlackApi.start({ botToken: TOKEN });
  const logs = captureLogs();
  lines = logs.lines;
  const client = new webApi.WebClient(TOKEN, {
    slackApiUrl: api.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    logger: toBoltLogger(logs.logger),
  });
  transport = createSlackTransport({ client, logger: logs.logger });
});

afterEach(async () => {
  await api.close();
});

async function failureOf(run: Promise<unknown>): Promise<DeliveryError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DeliveryError))
    throw new Error(`expected a DeliveryError, got ${String(error)}`);
  return error;
}

describe('Slack transport', () => {
  it('posts with chat.postMessage and returns the ts as the message id', async () => {
    const ref = await transport.postMessage(channel, card);
    const [call] = api.callsOf('chat.postMessage');
    expect(call?.token).toBe(TOKEN);
    expect(call?.args).toMatchObject({
      channel: 'C0123DAILY',
      text: '今日の問題\nSAGA とは？',
      unfurl_links: 'false',
    });
    expect((call?.args.blocks as { type: string }[]).map((b) => b.type)).toEqual([
      'header',
      'section',
      'actions',
    ]);
    expect(ref).toEqual({ ...channel, messageId: api.messages[0]?.ts });
  });

  it('edits with chat.update', async () => {
    const ref = await transport.postMessage(channel, card);
    await transport.updateMessage(ref, { ...card, footer: '締め切り' });
    expect(api.callsOf('chat.update')[0]?.args).toMatchObject({
      channel: 'C0123DAILY',
      ts: ref.messageId,
    });
    expect(api.messages[0]?.edits).toBe(1);
  });

  it('sends a private message with chat.postEphemeral', async () => {
    await transport.sendPrivate(channel, 'U0111ANNA', { visibility: 'ephemeral', text: 'paused' });
    expect(api.callsOf('chat.postEphemeral')[0]?.args).toMatchObject({
      channel: 'C0123DAILY',
      user: 'U0111ANNA',
      text: 'paused',
    });
  });

  it.each(['channel_not_found', 'is_archived', 'not_in_channel'])(
    'sends the private message as a DM when the channel fails with %s',
    async (error) => {
      api.failNext('chat.postEphemeral', { error });
      await transport.sendPrivate(channel, 'U0111ANNA', {
        visibility: 'ephemeral',
        text: 'このチャンネルを一時停止しました',
      });
      expect(api.callsOf('conversations.open')[0]?.args).toMatchObject({ users: 'U0111ANNA' });
      expect(api.callsOf('chat.postMessage')[0]?.args).toMatchObject({
        channel: 'D0111ANNA',
        text: 'このチャンネルを一時停止しました',
      });
    },
  );

  it.each([
    ['channel_not_found', 'channel_unavailable'],
    ['not_in_channel', 'channel_unavailable'],
    ['is_archived', 'channel_unavailable'],
  ])('throws %s as %s', async (error, failure) => {
    api.failNext('chat.postMessage', { error });
    const thrown = await failureOf(transport.postMessage(channel, card));
    expect(thrown.failure).toBe(failure);
    expect(thrown.pausesChannel).toBe(true);
    expect(lines.some((l) => l.slackError === error && l.msg.includes('cannot take posts'))).toBe(
      true,
    );
  });

  it('throws a missing scope as missing_permission and logs a line naming the scope', async () => {
    api.failNext('chat.postMessage', { error: 'missing_scope', needed: 'chat:write.public' });
    const thrown = await failureOf(transport.postMessage(channel, card));
    expect(thrown).toMatchObject({
      failure: 'missing_permission',
      options: { detail: 'chat:write.public' },
    });
    const line = lines.find((l) => l.scope === 'chat:write.public');
    expect(line?.msg).toContain('lacks chat:write.public');
    expect(line?.level).toBe(50);
  });

  it('throws a rate limit with the Retry-After in milliseconds', async () => {
    api.failNext('chat.update', { status: 429, retryAfter: 7 });
    const thrown = await failureOf(
      transport.updateMessage({ ...channel, messageId: '1.000100' }, card),
    );
    expect(thrown).toMatchObject({ failure: 'rate_limited', options: { retryAfterMs: 7_000 } });
    expect(api.callsOf('chat.update')).toHaveLength(1);
  });

  it('throws server errors and an unreachable Slack as transient', async () => {
    api.failNext('chat.postMessage', { status: 503 });
    expect((await failureOf(transport.postMessage(channel, card))).failure).toBe('transient');
    await api.close();
    expect((await failureOf(transport.postMessage(channel, card))).failure).toBe('transient');
    api = await FakeSlackApi.start({ botToken: TOKEN });
  });

  it('sends plain text once when Slack refuses the blocks', async () => {
    api.failNext('chat.postMessage', { error: 'invalid_blocks' });
    const ref = await transport.postMessage(channel, card);
    const [first, second] = api.callsOf('chat.postMessage');
    expect(first?.args.blocks).toBeDefined();
    expect(second?.args.blocks).toEqual([]);
    expect(second?.args.text).toBe('今日の問題\nSAGA とは？');
    expect(ref.messageId).toBe(api.messages[0]?.ts);
    expect(lines.some((l) => l.slackError === 'invalid_blocks' && l.level === 50)).toBe(true);
  });

  it('uploads attachments to the channel after the message', async () => {
    const chart = {
      filename: 'weekly.png',
      mimeType: 'image/png',
      data: new Uint8Array([137, 80, 78, 71, 1, 2, 3]),
      altText: '週間レポートのグラフ。',
    };
    await transport.postMessage(channel, { ...card, attachments: [chart] });
    expect(api.callsOf('files.getUploadURLExternal')[0]?.args).toMatchObject({
      filename: 'weekly.png',
      length: '7',
      alt_text: '週間レポートのグラフ。', // for screen readers
    });
    expect(api.uploads).toHaveLength(1);
    expect(api.callsOf('files.completeUploadExternal')[0]?.args).toMatchObject({
      channel_id: 'C0123DAILY',
    });
  });

  it('does not fail a posted message when only the attachment upload fails', async () => {
    api.failNext('files.getUploadURLExternal', { error: 'missing_scope', needed: 'files:write' });
    const chart = { filename: 'weekly.png', mimeType: 'image/png', data: new Uint8Array([1]) };
    const ref = await transport.postMessage(channel, { ...card, attachments: [chart] });
    expect(ref.messageId).toBe(api.messages[0]?.ts);
    expect(lines.some((l) => l.scope === 'files:write')).toBe(true);
  });
});
