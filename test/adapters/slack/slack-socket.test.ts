/**
 * Socket Mode: the real Bolt SocketModeReceiver against a local WebSocket server playing Slack, the
 * REAL core behind the adapter.
 */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../../src/adapters/slack/slack-adapter.ts';
import { silentLogger } from '../../../src/logger.ts';
import { createTestBot } from '../../bot/fixtures/test-bot.ts';
import type { CoreSpy } from '../core-spy.ts';
import type { HarnessUser } from '../harness.ts';
import { FakeSlackApi } from './fake-slack-api.ts';
import { FakeSocketServer } from './fake-socket-server.ts';
import {
  APP_TOKEN,
  BOT_TOKEN,
  type SlackHarness,
  type SlackWithCore,
  startSlackWithCore,
} from './slack-harness.ts';
import { blockActions, fixture } from './slack-payloads.ts';

const anna: HarnessUser = { id: 'U0111ANNA', name: 'anna', admin: true };
const ben: HarnessUser = { id: 'U0222BEN', name: 'ben' };

let running: SlackWithCore | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

async function start(
  options: Parameters<typeof startSlackWithCore>[1] = {},
): Promise<SlackWithCore & { core: CoreSpy; h: SlackHarness; socket: FakeSocketServer }> {
  running = await startSlackWithCore('socket', options);
  const socket = running.h.socket;
  if (!socket) throw new Error('no socket server');
  return { ...running, socket };
}

/** Polls a condition the adapter reaches asynchronously (bounded, not a timing assertion). */
async function eventually(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`never happened: ${what}`);
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('Slack Socket Mode', () => {
  it('opens the connection with the app token and is ready after hello', async () => {
    const { h, socket } = await start();
    const [open] = h.api.callsOf('apps.connections.open');
    expect(open?.token).toBe(APP_TOKEN);
    expect(socket.connections).toBe(1);
    expect(h.adapter.isConnected()).toBe(true);
    expect(h.adapter.boundPort()).toBeNull();
  });

  it('runs a slash command, then acks its envelope by id', async () => {
    const { core, h, socket, store } = await start();
    h.api.users.set(anna.id, { id: anna.id, name: anna.name, admin: true });
    const payload = h.commandPayload(anna, 'schedule 09:00');
    const ack = await socket.deliver('slash_commands', payload, { envelopeId: 'env-slash-1' });
    expect(ack.envelope_id).toBe('env-slash-1');
    // Write, then ack: the schedule is saved when Slack hears back.
    expect(store.listChannels().map((c) => [c.channelId, c.time, c.enabled])).toEqual([
      ['C0123DAILY', '09:00', true],
    ]);
    await h.adapter.settled();
    expect(core.commandEvents[0]).toMatchObject({
      name: 'schedule',
      args: ['09:00'],
      userId: anna.id,
      idempotencyKey: `slack:T0001QUIZ:command:${payload.trigger_id}`,
    });
    expect(h.api.callsOf('chat.postMessage')[0]?.args).toMatchObject({ channel: 'C0123DAILY' });
  });

  it('acks an interactive envelope once the core has recorded the click', async () => {
    const { core, h, socket, store } = await start();
    await h.command(anna, 'post');
    const question = h.channelMessages().find((s) => s.buttons.length > 0)!;
    const ref = question.ref!;
    const recorded = fixture<{
      payload: Parameters<typeof blockActions>[0] & Record<string, unknown>;
    }>('socket-envelope-interactive.json').payload;
    const payload = blockActions({
      teamId: 'T0001QUIZ',
      channelId: 'C0123DAILY',
      userId: ben.id,
      userName: ben.name,
      message: {
        ts: ref.messageId,
        text: '今日の問題',
        blocks: h.api.findMessage(ref.channelId, ref.messageId)!.blocks,
        ephemeral: false,
      },
      // The recorded envelope's button, pointing at the real post's first option.
      button: {
        ...(
          recorded as unknown as {
            actions: [
              {
                action_id: string;
                block_id: string;
                value: string;
                text: { type: 'plain_text'; text: string };
              },
            ];
          }
        ).actions[0],
        value: question.buttons[0]!.value,
      },
      responseUrl: h.api.responseUrl({ userId: ben.id, channel: 'C0123DAILY' }),
    });
    const postId = Number(question.buttons[0]!.value.split(':')[0]);
    const before = h.api.responses.length;
    const ack = await socket.deliver('interactive', payload);
    expect(ack.envelope_id).toBeTruthy();
    expect(store.answerCount(postId)).toBe(1);
    await h.adapter.settled();
    expect(core.actionEvents[0]).toMatchObject({
      actionId: 'answer',
      value: `${postId}:0`,
      userId: ben.id,
      message: ref,
    });
    expect(h.api.responses.slice(before)).toEqual([
      expect.objectContaining({
        body: expect.objectContaining({ response_type: 'ephemeral', replace_original: false }),
      }),
    ]);
  });

  it('runs a redelivered envelope (retry_attempt) once: the core drops the repeat', async () => {
    const { core, h, socket } = await start();
    const payload = h.commandPayload(anna, 'help');
    await socket.deliver('slash_commands', payload, { envelopeId: 'env-1' });
    await socket.deliver('slash_commands', payload, { envelopeId: 'env-1', retryAttempt: 1 });
    await h.adapter.settled();
    expect(socket.acks.filter((a) => a.envelope_id === 'env-1')).toHaveLength(2);
    expect(core.commandEvents).toHaveLength(2);
    expect(h.api.responses).toHaveLength(1);
  });

  it('acks at the deadline when the core is slow, and replies when it has answered', async () => {
    const { core, h, socket } = await start({ ackDeadlineMs: 50 });
    const release = core.hold();
    await socket.deliver('slash_commands', h.commandPayload(anna, 'help'));
    expect(h.api.responses).toHaveLength(0);
    release();
    await h.adapter.settled();
    expect(h.api.responses).toHaveLength(1);
  });

  it('reconnects when Slack asks it to, and keeps working', async () => {
    const { core, h, socket } = await start({ socketPingTimeoutMs: 200 });
    socket.sendDisconnect();
    await socket.waitForConnections(2);
    await eventually(() => h.adapter.isConnected(), 'connected again');
    expect(h.api.callsOf('apps.connections.open')).toHaveLength(2);
    await h.command(anna, 'help');
    expect(core.commandEvents.map((e) => e.name)).toEqual(['help']);
  });

  it('leaves the port alone in Socket Mode, even when custom routes are given', async () => {
    const port = await freePort();
    const { h } = await start({
      port,
      customRoutes: [
        { path: '/healthz', method: 'GET', handler: (_req, res) => res.writeHead(200).end('ok') },
      ],
    });
    expect(h.adapter.isConnected()).toBe(true);
    const other = createServer();
    await new Promise<void>((resolve, reject) => {
      other.once('error', reject);
      other.listen(port, '127.0.0.1', resolve);
    });
    await new Promise<void>((resolve) => other.close(() => resolve()));
  });

  it('is no longer connected after stop()', async () => {
    const { h } = await start();
    await h.adapter.stop();
    expect(h.adapter.isConnected()).toBe(false);
  });
});

describe('Slack Socket Mode: start-up failures', () => {
  it('rejects an app token Slack does not know, naming SLACK_APP_TOKEN', async () => {
    const api = await FakeSlackApi.start({ botToken: BOT_TOKEN, appToken: 'xapp-the-real-one' });
    const socket = await FakeSocketServer.start();
    api.socketUrl = socket.url;
    const adapter = createSlackAdapter({
      botToken: BOT_TOKEN,
      appToken: 'xapp-wrong',
      signingSecret: null,
      apiUrl: api.apiUrl,
      port: 0,
      admins: [],
      logger: silentLogger(),
      botId: 'B1',
      botUserId: 'U1',
      apiRetries: 0,
    });
    const { bot, store } = createTestBot();
    try {
      await expect(adapter.start(bot)).rejects.toThrow(
        /could not start in socket mode \(apps\.connections\.open: invalid_auth; check SLACK_APP_TOKEN/,
      );
      expect(socket.connections).toBe(0);
      expect(adapter.isConnected()).toBe(false);
    } finally {
      await socket.close();
      await api.close();
      store.close();
    }
  });
});
